using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Calendars;

/// <summary>
/// Why a working-time result is what it is: the working intervals that were counted and, for every
/// stretch in between, the reasons it was not counted (weekend, holiday name, closure, exception).
/// Produced by <see cref="BusinessCalendar.ExplainAdd"/> and <see cref="BusinessCalendar.ExplainWorkingTimeBetween"/>.
/// </summary>
public sealed class WorkingTimeExplanation
{
    internal WorkingTimeExplanation(
        string calendarId,
        DateTimeZone zone,
        Interval span,
        Instant? result,
        IReadOnlyList<CountedInterval> counted,
        IReadOnlyList<NonWorkingGap> gaps)
    {
        CalendarId = calendarId;
        Zone = zone;
        Span = span;
        Result = result;
        Counted = counted;
        Gaps = gaps;
        Duration total = Duration.Zero;
        foreach (CountedInterval interval in counted)
        {
            total += interval.Duration;
        }

        WorkingTime = total;
    }

    /// <summary>The id of the calendar explained.</summary>
    public string CalendarId { get; }

    /// <summary>The calendar's zone, used for the local times in <see cref="ToString"/>.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The explained span [start, end).</summary>
    public Interval Span { get; }

    /// <summary>The result of <see cref="BusinessCalendar.Add"/> for an explained addition; null for an explained <see cref="BusinessCalendar.WorkingTimeBetween"/>.</summary>
    public Instant? Result { get; }

    /// <summary>The total counted working time; equals <c>WorkingTimeBetween(Span.Start, Span.End)</c>.</summary>
    public Duration WorkingTime { get; }

    /// <summary>The counted working intervals, in order.</summary>
    public IReadOnlyList<CountedInterval> Counted { get; }

    /// <summary>The stretches of the span that were not counted, in order, each with its reasons.</summary>
    public IReadOnlyList<NonWorkingGap> Gaps { get; }

    /// <summary>A readable, line-per-item account in the calendar's local time.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var pattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm:ss", null);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Calendar {CalendarId} ({Zone.Id}): {Format(WorkingTime)} of working time from {pattern.Format(Span.Start.InZone(Zone))} to {pattern.Format(Span.End.InZone(Zone))}");
        text.AppendLine();
        var items = new List<(Instant Start, string Line)>();
        foreach (CountedInterval counted in Counted)
        {
            items.Add((counted.Interval.Start, $"  counted {pattern.Format(counted.Interval.Start.InZone(Zone))} - {pattern.Format(counted.Interval.End.InZone(Zone))}  {Format(counted.Duration)}"));
        }

        foreach (NonWorkingGap gap in Gaps)
        {
            var reasons = new List<string>();
            foreach (GapReason reason in gap.Reasons)
            {
                reasons.Add(reason.ToString());
            }

            items.Add((gap.Interval.Start, $"  skipped {pattern.Format(gap.Interval.Start.InZone(Zone))} - {pattern.Format(gap.Interval.End.InZone(Zone))}  {string.Join("; ", reasons)}"));
        }

        items.Sort((a, b) => a.Start.CompareTo(b.Start));
        foreach ((Instant _, string line) in items)
        {
            text.AppendLine(line);
        }

        if (Result is { } result)
        {
            text.Append(CultureInfo.InvariantCulture, $"  result {pattern.Format(result.InZone(Zone))} ({result})");
            text.AppendLine();
        }

        return text.ToString();
    }

    private static string Format(Duration duration) =>
        duration.ToString("-H:mm:ss", CultureInfo.InvariantCulture) + " h";
}

/// <summary>A working interval counted by an explanation.</summary>
/// <param name="Interval">The counted interval.</param>
public sealed record CountedInterval(Interval Interval)
{
    /// <summary>The length of the interval.</summary>
    public Duration Duration => Interval.Duration;
}

/// <summary>A stretch between counted intervals that was not working time, with its reasons.</summary>
/// <param name="Interval">The stretch.</param>
/// <param name="Reasons">Why it was not counted, by local date.</param>
public sealed record NonWorkingGap(Interval Interval, IReadOnlyList<GapReason> Reasons);

/// <summary>One reason why (part of) a gap was not working time.</summary>
/// <param name="Kind">The kind of reason.</param>
/// <param name="Date">The local date the reason applies to.</param>
/// <param name="Description">Details: the holiday name, the weekday, the closure or exception hours.</param>
public sealed record GapReason(GapReasonKind Kind, LocalDate Date, string Description)
{
    /// <summary>The reason as text, e.g. <c>2026-11-23 holiday: Labour Thanksgiving Day</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string date = Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        string kind = Kind switch
        {
            GapReasonKind.OutsideWorkingHours => "outside working hours",
            GapReasonKind.NonWorkingWeekday => "non-working weekday",
            GapReasonKind.Holiday => "holiday",
            GapReasonKind.Exception => "exception",
            GapReasonKind.Closure => "closure",
            GapReasonKind.CalendarAlgebra => "calendar algebra",
            _ => Kind.ToString(),
        };
        return Description.Length == 0 ? $"{date} {kind}" : $"{date} {kind}: {Description}";
    }
}
