using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A recurring obligation: a report owed every <see cref="Interval"/> of working time while a condition lasts,
/// such as "an interim report every 60 minutes while a service-affecting failure is unresolved" (on a 24x7
/// calendar) or "a customer update every 4 working hours" (on a business calendar).
/// </summary>
/// <remarks>
/// <para>
/// <b>Occurrences.</b> <see cref="Evaluate"/> lays out occurrences k = 1, 2, ... Occurrence k has an anchor
/// <c>A(k-1)</c>, with <c>A(0)</c> the start, and falls due at <c>D(k) = calendar.Add(A(k-1), Interval)</c>, the
/// earliest instant with <see cref="Interval"/> of working time after the anchor (so due instants skip
/// non-working time, and may be the close of a working day). The next anchor depends on <see cref="Anchoring"/>:
/// <see cref="RecurrenceAnchoring.FixedSchedule"/> uses <c>A(k) = D(k)</c>;
/// <see cref="RecurrenceAnchoring.FromLastReport"/> uses the report that met occurrence k, or <c>D(k)</c> when it
/// was missed.
/// </para>
/// <para>
/// <b>Which report meets which occurrence.</b> The reports are sorted and used at most once each. Occurrence k is
/// met by the earliest unused report in its window (<c>A(k-1)</c>, <c>D(k)</c>]: a report exactly at the due
/// instant meets it, a report exactly at the anchor does not (with <see cref="RecurrenceAnchoring.FixedSchedule"/>
/// that report belongs to the previous occurrence; a report exactly at the start meets nothing). A report after
/// <c>D(k)</c> never mends occurrence k. Reports that meet no occurrence (further reports in a period already met
/// under <see cref="RecurrenceAnchoring.FixedSchedule"/>, duplicates of a used instant, reports at the start,
/// reports at or after the end or in the stretch before the end where no further occurrence falls due) are listed
/// in <see cref="RecurringObligationEvaluation.UnattributedReports"/>, never silently dropped.
/// </para>
/// <para>
/// <b>Outcomes and the end.</b> An occurrence with a report is <see cref="RecurringOccurrenceOutcome.Met"/> (even
/// when its due instant is still ahead); without one it is <see cref="RecurringOccurrenceOutcome.Missed"/> when
/// <c>D(k) &lt; now</c> and <see cref="RecurringOccurrenceOutcome.Pending"/> when <c>D(k) &gt;= now</c>. The
/// obligation runs during [start, end): only occurrences with <c>D(k) &lt; end</c> exist, so a report due exactly
/// at the end is not owed (the resolution supersedes it). While unresolved (no end), the evaluation lists every
/// occurrence due before now and continues up to and including the first pending one, which gives
/// <see cref="RecurringObligationEvaluation.NextDue"/>.
/// </para>
/// <para>
/// <b>Limits.</b> One evaluation lays out at most <see cref="MaxOccurrences"/> occurrences and throws
/// <see cref="ArgumentException"/> beyond that, so no input loops for long. Calendar arithmetic may throw
/// <see cref="WorkingTimeNotFoundException"/> when the calendar runs out of working time.
/// </para>
/// <para>Instances are immutable and thread-safe; <see cref="Evaluate"/> is a pure function of its arguments.</para>
/// </remarks>
public sealed class RecurringObligation : IEquatable<RecurringObligation>
{
    /// <summary>The most occurrences one <see cref="Evaluate"/> call lays out (100,000: over 69 days at one per minute, over 11 years at one per hour).</summary>
    public const int MaxOccurrences = 100_000;

    private static readonly Duration MaxInterval = BusinessCalendar.MaxSupportedInstant - BusinessCalendar.MinSupportedInstant;

    /// <summary>Creates a recurring obligation.</summary>
    /// <param name="name">A name for messages and reports, such as <c>"Interim report"</c>; not empty or whitespace.</param>
    /// <param name="interval">
    /// The working time between due instants, measured on the calendar passed to <see cref="Evaluate"/>; positive and
    /// shorter than the calendar's supported range.
    /// </param>
    /// <param name="anchoring">How due instants follow one another; see <see cref="RecurrenceAnchoring"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty or whitespace.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="interval"/> is zero, negative or too long, or <paramref name="anchoring"/> is not a defined value.
    /// </exception>
    public RecurringObligation(string name, Duration interval, RecurrenceAnchoring anchoring)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("The name must not be empty or whitespace.", nameof(name));
        }

        if (interval <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, "The interval must be positive: an obligation due every zero or negative working time would never end.");
        }

        if (interval >= MaxInterval)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, $"The interval must be shorter than the supported calendar range ({MaxInterval}).");
        }

        if (anchoring is not (RecurrenceAnchoring.FixedSchedule or RecurrenceAnchoring.FromLastReport))
        {
            throw new ArgumentOutOfRangeException(nameof(anchoring), anchoring, "The anchoring must be FixedSchedule or FromLastReport.");
        }

        Name = name;
        Interval = interval;
        Anchoring = anchoring;
    }

    /// <summary>The name, such as <c>"Interim report"</c>.</summary>
    public string Name { get; }

    /// <summary>The working time between due instants (positive).</summary>
    public Duration Interval { get; }

    /// <summary>How due instants follow one another.</summary>
    public RecurrenceAnchoring Anchoring { get; }

    /// <summary>
    /// Evaluates the obligation at <paramref name="now"/>: the occurrences so far (and the next pending one), the
    /// report that met each, the counts, the next due instant and whether a report is overdue. See the type remarks
    /// for the exact rules.
    /// </summary>
    /// <param name="calendar">The calendar the interval is measured on (for example <see cref="BusinessCalendar.AlwaysOpen"/> for 24x7).</param>
    /// <param name="start">When the obligation began (for example when the failure was declared).</param>
    /// <param name="end">
    /// When it ended (for example when the failure was resolved), in [<paramref name="start"/>, <paramref name="now"/>];
    /// null while it is still running.
    /// </param>
    /// <param name="reports">
    /// The instants at which reports were made, in any order, duplicates allowed; each in
    /// [<paramref name="start"/>, <paramref name="now"/>]. Enumerated once.
    /// </param>
    /// <param name="now">The evaluation instant, not before <paramref name="start"/>.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> or <paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="start"/> or <paramref name="now"/> is outside the calendar's supported range;
    /// <paramref name="now"/> is before <paramref name="start"/>; or <paramref name="end"/> is before
    /// <paramref name="start"/> or after <paramref name="now"/>.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A report is before <paramref name="start"/> or after <paramref name="now"/> (the message gives its position and
    /// instant; parameter <paramref name="reports"/>), or the evaluation would need more than
    /// <see cref="MaxOccurrences"/> occurrences (parameter <paramref name="end"/>, or <paramref name="now"/> when
    /// there is no end).
    /// </exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time before a due instant.</exception>
    public RecurringObligationEvaluation Evaluate(BusinessCalendar calendar, Instant start, Instant? end, IEnumerable<Instant> reports, Instant now)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(reports);
        CheckSupported(start, nameof(start));
        CheckSupported(now, nameof(now));
        if (now < start)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The evaluation instant must not be before the start {start}.");
        }

        if (end is { } e)
        {
            if (e < start)
            {
                throw new ArgumentOutOfRangeException(nameof(end), e, $"The end must not be before the start {start}.");
            }

            if (e > now)
            {
                throw new ArgumentOutOfRangeException(nameof(end), e, $"The end must not be after the evaluation instant {now}; pass null while the obligation is still running.");
            }
        }

        Instant[] sorted = CopyReports(reports, start, now);
        return RecurringObligationEvaluator.Evaluate(this, calendar, start, end, sorted, now);
    }

    /// <summary>Obligations are equal when their name (ordinal), interval and anchoring are equal.</summary>
    /// <param name="other">The other obligation.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(RecurringObligation? other) =>
        other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal) && Interval == other.Interval && Anchoring == other.Anchoring;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RecurringObligation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Name), Interval, Anchoring);

    /// <summary>A short description, e.g. <c>Interim report: every 0:01:00:00 of working time (FixedSchedule)</c> (the interval as days:hours:minutes:seconds).</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Name}: every {Interval} of working time ({Anchoring})");

    private static void CheckSupported(Instant instant, string paramName)
    {
        if (instant < BusinessCalendar.MinSupportedInstant || instant >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                instant,
                $"The instant must be within the supported range [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).");
        }
    }

    private static Instant[] CopyReports(IEnumerable<Instant> reports, Instant start, Instant now)
    {
        var list = new List<Instant>();
        foreach (Instant report in reports)
        {
            if (report < start)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The report at position {list.Count} (0-based), {report}, is before the start {start}; every report must lie in [start, now]."),
                    nameof(reports));
            }

            if (report > now)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"The report at position {list.Count} (0-based), {report}, is after the evaluation instant {now}; every report must lie in [start, now]."),
                    nameof(reports));
            }

            list.Add(report);
        }

        Instant[] sorted = list.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
