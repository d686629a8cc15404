using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The state of a <see cref="RecurringObligation"/> at an evaluation instant, made by
/// <see cref="RecurringObligation.Evaluate"/>: each occurrence with its due instant, the report that met it and its
/// outcome, the counts, the next due instant for a host timer and whether a report is overdue.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class RecurringObligationEvaluation
{
    internal RecurringObligationEvaluation(
        RecurringObligation obligation,
        BusinessCalendar calendar,
        Instant start,
        Instant? end,
        Instant now,
        RecurringOccurrence[] occurrences,
        Instant[] unattributedReports)
    {
        Obligation = obligation;
        Calendar = calendar;
        Start = start;
        End = end;
        Now = now;
        Occurrences = new ReadOnlyCollection<RecurringOccurrence>(occurrences);
        UnattributedReports = new ReadOnlyCollection<Instant>(unattributedReports);
        Instant? overdueSince = null;
        foreach (RecurringOccurrence occurrence in occurrences)
        {
            switch (occurrence.Outcome)
            {
                case RecurringOccurrenceOutcome.Met:
                    MetCount++;
                    overdueSince = null;
                    break;
                case RecurringOccurrenceOutcome.Missed:
                    MissedCount++;
                    overdueSince ??= occurrence.Due;
                    break;
                default:
                    PendingCount++;
                    NextDue = occurrence.Due;
                    break;
            }
        }

        OverdueSince = end is null ? overdueSince : null;
    }

    /// <summary>The obligation evaluated.</summary>
    public RecurringObligation Obligation { get; }

    /// <summary>The calendar the interval was measured on.</summary>
    public BusinessCalendar Calendar { get; }

    /// <summary>When the obligation began.</summary>
    public Instant Start { get; }

    /// <summary>When the obligation ended, or null while it is running.</summary>
    public Instant? End { get; }

    /// <summary>The evaluation instant.</summary>
    public Instant Now { get; }

    /// <summary>Whether the obligation has ended (<see cref="End"/> is set; it is never after <see cref="Now"/>).</summary>
    public bool HasEnded => End.HasValue;

    /// <summary>
    /// The occurrences in order (<see cref="RecurringOccurrence.Number"/> 1, 2, ...): once ended, every occurrence due
    /// before <see cref="End"/>; while running, every occurrence due before <see cref="Now"/>, then those up to and
    /// including the first pending one. Empty when the obligation ended before its first due instant.
    /// </summary>
    public IReadOnlyList<RecurringOccurrence> Occurrences { get; }

    /// <summary>
    /// The reports, ascending and with duplicates kept, that met no occurrence (see the remarks of
    /// <see cref="RecurringObligation"/> for when that happens).
    /// </summary>
    public IReadOnlyList<Instant> UnattributedReports { get; }

    /// <summary>The number of occurrences met.</summary>
    public int MetCount { get; }

    /// <summary>The number of occurrences missed.</summary>
    public int MissedCount { get; }

    /// <summary>The number of occurrences pending: 1 while running, 0 once ended.</summary>
    public int PendingCount { get; }

    /// <summary>
    /// The due instant of the pending occurrence, at or after <see cref="Now"/>, for a host timer; null once ended.
    /// A report up to and including this instant meets it; it counts as missed from the next instant on.
    /// </summary>
    public Instant? NextDue { get; }

    /// <summary>
    /// While running, when the last occurrence due before <see cref="Now"/> was missed: the due instant of the first
    /// of the missed occurrences since the last report (no report has been made since); otherwise null, and always
    /// null once ended.
    /// </summary>
    public Instant? OverdueSince { get; }

    /// <summary>Whether a report is overdue now: <see cref="OverdueSince"/> is set.</summary>
    public bool IsOverdue => OverdueSince.HasValue;

    /// <summary>A readable summary with one line per occurrence, instants in UTC.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Obligation} from {Start} ");
        text.Append(End is { } end ? string.Create(CultureInfo.InvariantCulture, $"to {end}") : "(running)");
        text.Append(CultureInfo.InvariantCulture, $" at {Now}: {MetCount} met, {MissedCount} missed, {PendingCount} pending");
        if (NextDue is { } nextDue)
        {
            text.Append(CultureInfo.InvariantCulture, $"; next due {nextDue}");
        }

        if (OverdueSince is { } overdueSince)
        {
            text.Append(CultureInfo.InvariantCulture, $"; overdue since {overdueSince}");
        }

        foreach (RecurringOccurrence occurrence in Occurrences)
        {
            text.AppendLine();
            text.Append("  ").Append(occurrence.ToString());
        }

        if (UnattributedReports.Count > 0)
        {
            text.AppendLine();
            text.Append("  unattributed reports: ").Append(string.Join(", ", UnattributedReports));
        }

        return text.ToString();
    }
}
