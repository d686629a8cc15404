using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Primitives;

/// <summary>Declares a <see cref="Lifecycle{TState, TTrigger}"/>; every problem is reported at once by <see cref="Build"/>.</summary>
/// <typeparam name="TState">The record's state enum.</typeparam>
/// <typeparam name="TTrigger">The record's trigger enum.</typeparam>
public sealed class LifecycleBuilder<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly string recordType;
    private readonly TState initialState;
    private readonly List<LifecycleTransition<TState, TTrigger>> transitions = new();

    internal LifecycleBuilder(string recordType, TState initialState)
    {
        TextGuard.Check(recordType, nameof(recordType), 100);
        if (!Enum.IsDefined(initialState))
        {
            throw new ArgumentException($"{initialState} is not a defined {typeof(TState).Name}.", nameof(initialState));
        }

        this.recordType = recordType;
        this.initialState = initialState;
    }

    /// <summary>Allows <paramref name="trigger"/> to move a record from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="from">The state the step starts from.</param>
    /// <param name="trigger">What causes it.</param>
    /// <param name="to">The state it leads to (may equal <paramref name="from"/>).</param>
    /// <param name="condition">What the step needs besides the state, for readers; null for nothing.</param>
    /// <returns>This builder.</returns>
    public LifecycleBuilder<TState, TTrigger> Permit(TState from, TTrigger trigger, TState to, string? condition = null)
    {
        transitions.Add(new LifecycleTransition<TState, TTrigger>(from, trigger, to, condition));
        return this;
    }

    /// <summary>Checks the table and builds the lifecycle.</summary>
    /// <returns>The lifecycle.</returns>
    /// <exception cref="ArgumentException">
    /// A state or trigger is not a defined enum value, a condition is blank, two transitions share a state and
    /// trigger, or a state is not reachable from the initial state; every problem is listed.
    /// </exception>
    public Lifecycle<TState, TTrigger> Build()
    {
        var problems = new List<string>();
        var seen = new HashSet<(TState, TTrigger)>();
        foreach (LifecycleTransition<TState, TTrigger> t in transitions)
        {
            if (!Enum.IsDefined(t.From) || !Enum.IsDefined(t.To) || !Enum.IsDefined(t.Trigger))
            {
                problems.Add($"{t} uses a value that is not defined.");
            }

            if (t.Condition is not null && string.IsNullOrWhiteSpace(t.Condition))
            {
                problems.Add($"{t} has a blank condition.");
            }

            if (!seen.Add((t.From, t.Trigger)))
            {
                problems.Add($"{t.Trigger} from {t.From} is declared more than once; a state and trigger lead to one state.");
            }
        }

        var reachable = new HashSet<TState> { initialState };
        var queue = new Queue<TState>();
        queue.Enqueue(initialState);
        while (queue.Count > 0)
        {
            TState state = queue.Dequeue();
            foreach (LifecycleTransition<TState, TTrigger> t in transitions.Where(t => EqualityComparer<TState>.Default.Equals(t.From, state)))
            {
                if (reachable.Add(t.To))
                {
                    queue.Enqueue(t.To);
                }
            }
        }

        problems.AddRange(Enum.GetValues<TState>().Where(s => !reachable.Contains(s)).Select(s => $"{s} cannot be reached from {initialState}."));
        if (problems.Count > 0)
        {
            throw new ArgumentException($"The {recordType} lifecycle is not valid: {string.Join(" ", problems)}", "transitions");
        }

        return new Lifecycle<TState, TTrigger>(recordType, initialState, transitions.ToArray());
    }
}
