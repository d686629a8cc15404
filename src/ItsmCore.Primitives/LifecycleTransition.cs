using System;

namespace ItsmCore.Primitives;

/// <summary>One allowed step of a lifecycle: from a state, by a trigger, to a state, with the condition it needs.</summary>
/// <typeparam name="TState">The record's state enum.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
/// <param name="From">The state the step starts from.</param>
/// <param name="Trigger">What causes it.</param>
/// <param name="To">The state it leads to.</param>
/// <param name="Condition">What the step needs besides the state (e.g. <c>"reason required"</c>), for readers; null for nothing.</param>
public sealed record LifecycleTransition<TState, TTrigger>(TState From, TTrigger Trigger, TState To, string? Condition)
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <inheritdoc />
    public override string ToString() =>
        Condition is null ? $"{From} --{Trigger}--> {To}" : $"{From} --{Trigger} [{Condition}]--> {To}";
}
