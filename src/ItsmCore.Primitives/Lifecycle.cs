using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ItsmCore.Primitives;

/// <summary>
/// A record's lifecycle as data: the initial state and every allowed transition (from, trigger, to, condition). The
/// aggregates consult it for every state change, so what the table says is exactly what the record allows; hosts
/// can inspect it (which buttons to show) and export it (<see cref="ToMermaid"/>). Immutable and thread-safe.
/// </summary>
/// <typeparam name="TState">The record's state enum.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
public sealed class Lifecycle<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState From, TTrigger Trigger), LifecycleTransition<TState, TTrigger>> byKey;

    internal Lifecycle(string recordType, TState initialState, IReadOnlyList<LifecycleTransition<TState, TTrigger>> transitions)
    {
        RecordType = recordType;
        InitialState = initialState;
        Transitions = transitions;
        byKey = transitions.ToDictionary(t => (t.From, t.Trigger));
        States = Enum.GetValues<TState>();
        FinalStates = States.Where(s => !transitions.Any(t => EqualityComparer<TState>.Default.Equals(t.From, s))).ToArray();
    }

    /// <summary>The kind of record, e.g. <c>"Incident"</c>; used in exception messages.</summary>
    public string RecordType { get; }

    /// <summary>The state a new record is in.</summary>
    public TState InitialState { get; }

    /// <summary>Every allowed transition, in the order they were declared.</summary>
    public IReadOnlyList<LifecycleTransition<TState, TTrigger>> Transitions { get; }

    /// <summary>Every state, in the enum's order.</summary>
    public IReadOnlyList<TState> States { get; }

    /// <summary>The states with no way out (e.g. Closed, Cancelled).</summary>
    public IReadOnlyList<TState> FinalStates { get; }

    /// <summary>Starts a lifecycle table.</summary>
    /// <param name="recordType">The kind of record, e.g. <c>"Incident"</c>.</param>
    /// <param name="initialState">The state a new record is in.</param>
    /// <returns>A builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is blank, or <paramref name="initialState"/> is not a defined value.</exception>
    public static LifecycleBuilder<TState, TTrigger> CreateBuilder(string recordType, TState initialState) => new(recordType, initialState);

    /// <summary>Whether <paramref name="trigger"/> is allowed in state <paramref name="from"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>True when the table has that transition.</returns>
    public bool CanFire(TState from, TTrigger trigger) => byKey.ContainsKey((from, trigger));

    /// <summary>The transitions allowed from a state, in declaration order.</summary>
    /// <param name="from">The state.</param>
    /// <returns>The transitions; empty for a final state.</returns>
    public IReadOnlyList<LifecycleTransition<TState, TTrigger>> TransitionsFrom(TState from) =>
        Transitions.Where(t => EqualityComparer<TState>.Default.Equals(t.From, from)).ToArray();

    /// <summary>Finds the transition for <paramref name="trigger"/> in state <paramref name="from"/>.</summary>
    /// <param name="from">The current state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="recordId">The record's id, for the exception message.</param>
    /// <returns>The transition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="from"/> or <paramref name="trigger"/> is not a defined enum value.</exception>
    /// <exception cref="InvalidTransitionException">The table has no such transition; the message lists what is allowed instead.</exception>
    public LifecycleTransition<TState, TTrigger> Fire(TState from, TTrigger trigger, string recordId)
    {
        ArgumentNullException.ThrowIfNull(recordId);
        if (!Enum.IsDefined(from))
        {
            throw new ArgumentException($"{from} is not a defined {typeof(TState).Name}.", nameof(from));
        }

        if (!Enum.IsDefined(trigger))
        {
            throw new ArgumentException($"{trigger} is not a defined {typeof(TTrigger).Name}.", nameof(trigger));
        }

        if (byKey.TryGetValue((from, trigger), out LifecycleTransition<TState, TTrigger>? transition))
        {
            return transition;
        }

        IReadOnlyList<LifecycleTransition<TState, TTrigger>> allowed = TransitionsFrom(from);
        string reason = allowed.Count == 0
            ? $"{from} is a final state; no transition leaves it"
            : $"the {RecordType} lifecycle has no {trigger} transition from {from}; allowed from {from}: "
              + string.Join(", ", allowed.Select(t => $"{t.Trigger} (to {t.To})"));
        throw new InvalidTransitionException(RecordType, recordId, from.ToString(), trigger.ToString(), reason);
    }

    /// <summary>
    /// The lifecycle as a Mermaid state diagram (<c>stateDiagram-v2</c>): the initial state, every transition labelled
    /// with its trigger (and condition), and every final state. Deterministic, for docs and approved-file tests.
    /// </summary>
    /// <returns>The diagram source, lines separated by <c>\n</c>.</returns>
    public string ToMermaid()
    {
        var text = new StringBuilder();
        text.Append("stateDiagram-v2\n");
        text.Append("    [*] --> ").Append(InitialState).Append('\n');
        foreach (LifecycleTransition<TState, TTrigger> t in Transitions)
        {
            text.Append("    ").Append(t.From).Append(" --> ").Append(t.To).Append(": ").Append(t.Trigger);
            if (t.Condition is not null)
            {
                text.Append(" [").Append(t.Condition).Append(']');
            }

            text.Append('\n');
        }

        foreach (TState final in FinalStates)
        {
            text.Append("    ").Append(final).Append(" --> [*]\n");
        }

        return text.ToString();
    }
}
