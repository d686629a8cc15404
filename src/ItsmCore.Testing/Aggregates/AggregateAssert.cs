using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// The checks every aggregate's tests need: rebuilding an aggregate from its events gives the same observable state
/// (<see cref="AggregateState.Describe{T}(T)"/>, journal included) as the live aggregate that raised them. Thread-safe.
/// </summary>
public static class AggregateAssert
{
    /// <summary>
    /// Rebuilds <paramref name="live"/> from its events and checks that the result looks the same, has no uncommitted
    /// events and has the same version.
    /// </summary>
    /// <typeparam name="TAggregate">The aggregate type.</typeparam>
    /// <typeparam name="TEvent">Its event base type.</typeparam>
    /// <param name="live">The aggregate; when <paramref name="history"/> is null, every event must still be uncommitted (a new record).</param>
    /// <param name="rebuild">The aggregate's rebuild function (e.g. <c>h =&gt; Problem.Rebuild(h, rules)</c>).</param>
    /// <param name="history">Its whole history; null for <paramref name="live"/>'s uncommitted events.</param>
    /// <returns>The rebuilt aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="live"/> or <paramref name="rebuild"/> is null.</exception>
    /// <exception cref="AggregateAssertionException">The rebuilt aggregate differs; the message shows the first differing line.</exception>
    public static TAggregate RebuildEqualsLive<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] TAggregate, TEvent>(TAggregate live, Func<IReadOnlyList<TEvent>, TAggregate> rebuild, IReadOnlyList<TEvent>? history = null)
        where TAggregate : EventSourcedAggregate<TEvent>
        where TEvent : class, IDomainEvent
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(rebuild);
        IReadOnlyList<TEvent> events = history ?? live.UncommittedEvents;
        if (history is null && live.PersistedVersion != 0)
        {
            throw new ArgumentException("The aggregate was saved, so its uncommitted events are not its whole history; pass the history.", nameof(history));
        }

        TAggregate rebuilt = rebuild(events);
        if (rebuilt.UncommittedEvents.Count != 0 || rebuilt.Version != live.Version)
        {
            throw new AggregateAssertionException(
                $"The rebuilt {typeof(TAggregate).Name} has version {rebuilt.Version} and {rebuilt.UncommittedEvents.Count} uncommitted events; version {live.Version} and none were expected.");
        }

        string expected = AggregateState.Describe(live);
        string actual = AggregateState.Describe(rebuilt);
        if (expected != actual)
        {
            throw new AggregateAssertionException($"The {typeof(TAggregate).Name} rebuilt from its {events.Count} events differs from the live one: {FirstDifference(expected, actual, "live", "rebuilt")}");
        }

        return rebuilt;
    }

    /// <summary>The first line where two descriptions differ, as <c>{first}: ... / {second}: ...</c>.</summary>
    internal static string FirstDifference(string expected, string actual, string first, string second)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string x = i < a.Length ? a[i] : "(nothing)";
            string y = i < b.Length ? b[i] : "(nothing)";
            if (x != y)
            {
                return $"{first}: {x} / {second}: {y}";
            }
        }

        return "(no line differs)";
    }
}
