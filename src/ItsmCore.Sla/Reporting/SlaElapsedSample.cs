using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A finished measurement of a metric that has no per-ticket target, only an aggregate one
/// (<see cref="SlaAggregateTarget"/>: "mean first response at most 15 minutes"): the working time from start to end.
/// No clock and no dummy target are needed; <see cref="Between"/> measures it on a calendar.
/// </summary>
/// <remarks>Immutable and thread-safe; samples compare by value.</remarks>
public sealed record SlaElapsedSample
{
    /// <summary>Creates a sample from the host's own records.</summary>
    /// <param name="ticketId">The ticket id (same rules as <see cref="SlaMeasurement.TicketId"/>).</param>
    /// <param name="metric">What was measured.</param>
    /// <param name="priority">The ticket's priority label (same rules as the ticket id).</param>
    /// <param name="startedAt">When the measurement started.</param>
    /// <param name="endedAt">When it ended; not before <paramref name="startedAt"/>.</param>
    /// <param name="elapsed">The working time counted: 0 to <see cref="SlaMeasurement.MaxElapsed"/>, at most <c>endedAt - startedAt</c>.</param>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">A label breaks the label rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant or the elapsed time is out of range.</exception>
    public SlaElapsedSample(string ticketId, SlaMetric metric, string priority, Instant startedAt, Instant endedAt, Duration elapsed)
    {
        ReportText.CheckLabel(ticketId, nameof(ticketId));
        ArgumentNullException.ThrowIfNull(metric);
        ReportText.CheckLabel(priority, nameof(priority));
        if (startedAt < BusinessCalendar.MinSupportedInstant || startedAt >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(startedAt), startedAt, "The start must lie within the calendars' supported range.");
        }

        if (endedAt < startedAt || endedAt >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(endedAt), endedAt, $"The end must not be before the start ({startedAt}) and must lie within the supported range.");
        }

        if (elapsed < Duration.Zero || elapsed > endedAt - startedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(elapsed), elapsed, $"The elapsed working time must be 0 to the time between start and end ({endedAt - startedAt}).");
        }

        TicketId = ticketId;
        Metric = metric;
        Priority = priority;
        StartedAt = startedAt;
        EndedAt = endedAt;
        Elapsed = elapsed;
    }

    /// <summary>The ticket id.</summary>
    public string TicketId { get; }

    /// <summary>What was measured.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The ticket's priority label.</summary>
    public string Priority { get; }

    /// <summary>When the measurement started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When it ended.</summary>
    public Instant EndedAt { get; }

    /// <summary>The working time counted.</summary>
    public Duration Elapsed { get; }

    /// <summary>The working time of <paramref name="calendar"/> between <paramref name="startedAt"/> and <paramref name="endedAt"/>.</summary>
    /// <param name="ticketId">The ticket id.</param>
    /// <param name="metric">What was measured.</param>
    /// <param name="priority">The ticket's priority label.</param>
    /// <param name="calendar">The calendar the metric is measured on (24x7: <see cref="BusinessCalendar.AlwaysOpen"/>).</param>
    /// <param name="startedAt">The start.</param>
    /// <param name="endedAt">The end, not before the start.</param>
    /// <returns>The sample.</returns>
    /// <exception cref="ArgumentNullException">A reference is null.</exception>
    /// <exception cref="ArgumentException">A label breaks the label rules.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An instant is out of range, or the end is before the start.</exception>
    public static SlaElapsedSample Between(string ticketId, SlaMetric metric, string priority, BusinessCalendar calendar, Instant startedAt, Instant endedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (endedAt < startedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(endedAt), endedAt, $"The end is before the start ({startedAt}).");
        }

        return new SlaElapsedSample(ticketId, metric, priority, startedAt, endedAt, calendar.WorkingTimeBetween(startedAt, endedAt));
    }
}
