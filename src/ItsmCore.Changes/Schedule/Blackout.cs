using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// A period [start, end) in which no change may run: over everything, or over listed CIs and services. Immutable.
/// </summary>
public sealed record Blackout
{
    private Blackout(string name, Interval period, EquatableArray<ConfigurationItemId> scope)
    {
        TextGuard.Check(name, nameof(name), Ids.MaxLength);
        Name = name;
        Period = period;
        Scope = scope;
    }

    /// <summary>The blackout's name (the other party of its conflicts).</summary>
    public string Name { get; }

    /// <summary>The period [start, end).</summary>
    public Interval Period { get; }

    /// <summary>The CIs and services it covers; empty when it covers everything.</summary>
    public EquatableArray<ConfigurationItemId> Scope { get; }

    /// <summary>Whether the blackout covers everything.</summary>
    public bool CoversEverything => Scope.IsEmpty;

    /// <summary>A blackout over everything.</summary>
    /// <param name="name">The name.</param>
    /// <param name="start">The start (inclusive).</param>
    /// <param name="end">The end (exclusive), after the start.</param>
    /// <exception cref="ArgumentException">The period is empty or reversed.</exception>
    public static Blackout Everything(string name, Instant start, Instant end) => new(name, CheckedPeriod(name, start, end), default);

    /// <summary>A blackout over the listed CIs or services (at least one, distinct).</summary>
    /// <param name="name">The name.</param>
    /// <param name="start">The start (inclusive).</param>
    /// <param name="end">The end (exclusive), after the start.</param>
    /// <param name="scope">The CIs or services covered.</param>
    /// <exception cref="ArgumentException">The period is empty or reversed, or the scope is empty or repeats a CI.</exception>
    public static Blackout For(string name, Instant start, Instant end, IEnumerable<ConfigurationItemId> scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var list = new List<ConfigurationItemId>();
        var seen = new HashSet<ConfigurationItemId>();
        foreach (ConfigurationItemId item in scope)
        {
            if (string.IsNullOrEmpty(item.Value) || !seen.Add(item))
            {
                throw new ArgumentException($"Blackout '{name}': the CI '{item}' is empty or given twice.", nameof(scope));
            }

            list.Add(item);
        }

        if (list.Count == 0)
        {
            throw new ArgumentException($"Blackout '{name}': the scope is empty (use Everything).", nameof(scope));
        }

        return new Blackout(name, CheckedPeriod(name, start, end), EquatableArray.From(list));
    }

    private static Interval CheckedPeriod(string name, Instant start, Instant end) => start < end
        ? new Interval(start, end)
        : throw new ArgumentException($"Blackout '{name}': the start {start} is not before the end {end}.", nameof(end));
}
