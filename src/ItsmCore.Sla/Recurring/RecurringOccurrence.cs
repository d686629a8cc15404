using System;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// One occurrence of a <see cref="RecurringObligation"/>: a report owed by <see cref="Due"/>, counted from
/// <see cref="Anchor"/>, and how it stands at the evaluation instant.
/// </summary>
/// <remarks>
/// Its window is (<see cref="Anchor"/>, <see cref="Due"/>]: open at the anchor, closed at the due instant.
/// <see cref="Due"/> is <c>calendar.Add(Anchor, interval)</c>, the earliest instant with one interval of working
/// time after the anchor. Values are immutable and thread-safe; equality compares every member.
/// </remarks>
public readonly struct RecurringOccurrence : IEquatable<RecurringOccurrence>
{
    internal RecurringOccurrence(int number, Instant anchor, Instant due, Instant? satisfiedBy, RecurringOccurrenceOutcome outcome)
    {
        Number = number;
        Anchor = anchor;
        Due = due;
        SatisfiedBy = satisfiedBy;
        Outcome = outcome;
    }

    /// <summary>The 1-based position of the occurrence in the evaluation.</summary>
    public int Number { get; }

    /// <summary>
    /// The instant the interval is counted from (exclusive start of the window): the start of the obligation for
    /// the first occurrence, then the previous due instant (<see cref="RecurrenceAnchoring.FixedSchedule"/>) or the
    /// report that met the previous occurrence, or its due instant when it was missed
    /// (<see cref="RecurrenceAnchoring.FromLastReport"/>). A report exactly at the anchor does not count here.
    /// </summary>
    public Instant Anchor { get; }

    /// <summary>The instant by which the report is owed (inclusive: a report exactly at this instant meets it).</summary>
    public Instant Due { get; }

    /// <summary>The report that met the occurrence: the earliest unused report in (<see cref="Anchor"/>, <see cref="Due"/>]; null unless <see cref="Outcome"/> is <see cref="RecurringOccurrenceOutcome.Met"/>.</summary>
    public Instant? SatisfiedBy { get; }

    /// <summary>Met, missed or pending at the evaluation instant.</summary>
    public RecurringOccurrenceOutcome Outcome { get; }

    /// <summary>Whether two occurrences are equal.</summary>
    /// <param name="left">The first occurrence.</param>
    /// <param name="right">The second occurrence.</param>
    /// <returns>True when every member is equal.</returns>
    public static bool operator ==(RecurringOccurrence left, RecurringOccurrence right) => left.Equals(right);

    /// <summary>Whether two occurrences differ.</summary>
    /// <param name="left">The first occurrence.</param>
    /// <param name="right">The second occurrence.</param>
    /// <returns>True when any member differs.</returns>
    public static bool operator !=(RecurringOccurrence left, RecurringOccurrence right) => !left.Equals(right);

    /// <summary>Whether <paramref name="other"/> has the same number, anchor, due instant, report and outcome.</summary>
    /// <param name="other">The other occurrence.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RecurringOccurrence other) =>
        Number == other.Number && Anchor == other.Anchor && Due == other.Due && SatisfiedBy == other.SatisfiedBy && Outcome == other.Outcome;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecurringOccurrence other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Anchor, Due, SatisfiedBy, Outcome);

    /// <summary>A short description in UTC, e.g. <c>#2 due 2026-11-24T06:30:00Z Met by 2026-11-24T06:00:00Z (from 2026-11-24T05:30:00Z)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => SatisfiedBy is { } report
        ? string.Create(CultureInfo.InvariantCulture, $"#{Number} due {Due} {Outcome} by {report} (from {Anchor})")
        : string.Create(CultureInfo.InvariantCulture, $"#{Number} due {Due} {Outcome} (from {Anchor})");
}
