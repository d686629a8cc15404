using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// An immutable change as the schedule sees it: id, class, affected CIs, window [start, end), expected outage and
/// implementer ids. The change request aggregate produces it; the schedule never changes it. Thread-safe.
/// </summary>
public sealed record ScheduledChange
{
    /// <summary>Creates a scheduled change, validating the window (start before end) and the lists.</summary>
    /// <param name="id">The change id.</param>
    /// <param name="changeClass">The class; null counts as <see cref="ChangeClass.Feature"/>.</param>
    /// <param name="affectedItems">The affected CIs (distinct; may include business services).</param>
    /// <param name="windowStart">The window start (inclusive).</param>
    /// <param name="windowEnd">The window end (exclusive); must be after the start.</param>
    /// <param name="expectedOutage">The expected outage: null or zero for none; never negative.</param>
    /// <param name="implementers">Implementer ids (ordinal, distinct); empty for an unassigned change.</param>
    /// <exception cref="ArgumentException">The window is empty or reversed (the message names the change), the outage is negative, or a list repeats an id.</exception>
    public ScheduledChange(
        ChangeId id,
        ChangeClass? changeClass,
        IEnumerable<ConfigurationItemId> affectedItems,
        Instant windowStart,
        Instant windowEnd,
        Duration? expectedOutage = null,
        IEnumerable<string>? implementers = null)
    {
        ArgumentNullException.ThrowIfNull(affectedItems);
        if (string.IsNullOrEmpty(id.Value))
        {
            throw new ArgumentException("The change id is empty.", nameof(id));
        }

        if (windowStart >= windowEnd)
        {
            throw new ArgumentException($"Change '{id}': the window start {windowStart} is not before its end {windowEnd}.", nameof(windowEnd));
        }

        Duration outage = expectedOutage ?? Duration.Zero;
        if (outage < Duration.Zero)
        {
            throw new ArgumentException($"Change '{id}': the expected outage is negative.", nameof(expectedOutage));
        }

        var seen = new HashSet<ConfigurationItemId>();
        foreach (ConfigurationItemId item in affectedItems)
        {
            if (string.IsNullOrEmpty(item.Value) || !seen.Add(item))
            {
                throw new ArgumentException($"Change '{id}': the affected CI '{item}' is empty or given twice.", nameof(affectedItems));
            }
        }

        Id = id;
        Class = changeClass ?? ChangeClass.Feature;
        AffectedItems = EquatableArray.From(affectedItems);
        Window = new Interval(windowStart, windowEnd);
        ExpectedOutage = outage;
        Implementers = Ids.Distinct(implementers, nameof(implementers));
    }

    /// <summary>The change id.</summary>
    public ChangeId Id { get; }

    /// <summary>The class (never null; unclassified is feature).</summary>
    public ChangeClass Class { get; }

    /// <summary>The affected CIs, in the order given.</summary>
    public EquatableArray<ConfigurationItemId> AffectedItems { get; }

    /// <summary>The window [start, end), start before end.</summary>
    public Interval Window { get; }

    /// <summary>The expected outage (zero for none).</summary>
    public Duration ExpectedOutage { get; }

    /// <summary>The implementer ids; empty when unassigned.</summary>
    public EquatableArray<string> Implementers { get; }
}
