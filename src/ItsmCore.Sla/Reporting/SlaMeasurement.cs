using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// One measured SLA cycle of one ticket and metric: the input of <see cref="SlaComplianceReport"/>,
/// <see cref="SlaComplianceFigures"/> and <see cref="SlaRequestTypeComplianceTable"/>. Hosts build it from a clock
/// (<see cref="FromClock"/>, <see cref="FromCycle"/>) or from their own records with the constructor, which checks that
/// the figures are consistent with each other.
/// </summary>
/// <remarks>
/// <para>A measurement is <em>finished</em> when it has an <see cref="EndedAt"/> (its outcome is
/// <see cref="SlaClockState.Met"/>, <see cref="SlaClockState.Breached"/> or <see cref="SlaClockState.Cancelled"/>) and
/// <em>open</em> otherwise (<see cref="SlaClockState.Running"/>, <see cref="SlaClockState.Paused"/>, or
/// <see cref="SlaClockState.Breached"/> when the open cycle already exceeded its budget). An open measurement describes
/// the cycle as of <see cref="MeasuredAt"/>.</para>
/// <para>Measurements are identified by (<see cref="TicketId"/>, <see cref="Metric"/>, <see cref="Tier"/>, <see cref="Cycle"/>):
/// a report refuses two measurements with the same identity, so the SLO and SLA measurements of one ticket fit in one list.</para>
/// <para>Immutable and thread-safe; measurements compare by value.</para>
/// </remarks>
public sealed record SlaMeasurement
{
    /// <summary>The longest ticket id, priority or request type: 200 characters.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>The longest elapsed working time accepted: the length of the calendars' supported range (250 years).</summary>
    public static readonly Duration MaxElapsed = BusinessCalendar.MaxSupportedInstant - BusinessCalendar.MinSupportedInstant;

    /// <summary>Creates a measurement, checking every field and their consistency.</summary>
    /// <param name="ticketId">The ticket (incident, request...) id: 1-<see cref="MaxLabelLength"/> characters, no leading or trailing white space, no control characters.</param>
    /// <param name="metric">What was measured.</param>
    /// <param name="priority">The ticket's priority label ("high", "P2"...), same rules as <paramref name="ticketId"/>.</param>
    /// <param name="requestType">The request type ("account change"...) for service requests; null when not applicable; otherwise same rules as <paramref name="ticketId"/>.</param>
    /// <param name="cycle">The cycle number: 1 for the first, one more for each reopening.</param>
    /// <param name="target">The target in force at the end (or at <paramref name="measuredAt"/> while open).</param>
    /// <param name="budget">
    /// The working-time budget of <paramref name="target"/>: 0 to <see cref="SlaTarget.MaxWorkingTime"/>, and exactly
    /// <see cref="SlaTarget.WorkingTime"/> for a working-time target.
    /// </param>
    /// <param name="startedAt">When the cycle started.</param>
    /// <param name="endedAt">When it was stopped or cancelled; null while open.</param>
    /// <param name="measuredAt">The instant the figures describe: equal to <paramref name="endedAt"/> when finished; the evaluation instant when open.</param>
    /// <param name="outcome">
    /// <see cref="SlaClockState.Met"/> (finished, not breached, elapsed within the budget), <see cref="SlaClockState.Breached"/>
    /// (finished or open; <paramref name="breachedAt"/> given and elapsed over the budget), <see cref="SlaClockState.Cancelled"/>
    /// (finished), or <see cref="SlaClockState.Running"/>/<see cref="SlaClockState.Paused"/> (open, not breached, elapsed within the budget).
    /// </param>
    /// <param name="elapsed">The working time counted: 0 to <see cref="MaxElapsed"/>.</param>
    /// <param name="breachedAt">When elapsed first exceeded the budget; null when it did not. Between <paramref name="startedAt"/> and <paramref name="measuredAt"/>.</param>
    /// <exception cref="ArgumentNullException">A required reference is null.</exception>
    /// <exception cref="ArgumentException">A label is empty, padded, too long or contains control characters; or the fields contradict each other (the message says which).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number, duration, instant or the outcome is out of range.</exception>
    public SlaMeasurement(
        string ticketId,
        SlaMetric metric,
        string priority,
        string? requestType,
        int cycle,
        SlaTarget target,
        Duration budget,
        Instant startedAt,
        Instant? endedAt,
        Instant measuredAt,
        SlaClockState outcome,
        Duration elapsed,
        Instant? breachedAt)
    {
        ReportText.CheckLabel(ticketId, nameof(ticketId));
        ArgumentNullException.ThrowIfNull(metric);
        ReportText.CheckLabel(priority, nameof(priority));
        if (requestType is not null)
        {
            ReportText.CheckLabel(requestType, nameof(requestType));
        }

        ArgumentNullException.ThrowIfNull(target);
        if (cycle < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(cycle), cycle, "The cycle number must be 1 or more.");
        }

        if (budget < Duration.Zero || budget > SlaTarget.MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), budget, $"The budget must be 0 to {SlaTarget.MaxWorkingTime.TotalDays} days of working time.");
        }

        if (target.Kind == SlaTargetKind.WorkingTime && budget != target.WorkingTime)
        {
            throw new ArgumentException($"The budget of a working-time target must be its working time ({target.WorkingTime}), not {budget}.", nameof(budget));
        }

        CheckInstant(startedAt, nameof(startedAt));
        if (endedAt is { } end)
        {
            CheckInstant(end, nameof(endedAt));
            if (end < startedAt)
            {
                throw new ArgumentOutOfRangeException(nameof(endedAt), end, $"The end is before the start ({startedAt}).");
            }

            if (measuredAt != end)
            {
                throw new ArgumentException($"A finished measurement is measured at its end ({end}), not at {measuredAt}.", nameof(measuredAt));
            }
        }
        else
        {
            CheckInstant(measuredAt, nameof(measuredAt));
            if (measuredAt < startedAt)
            {
                throw new ArgumentOutOfRangeException(nameof(measuredAt), measuredAt, $"An open measurement cannot be measured before its start ({startedAt}).");
            }
        }

        if (elapsed < Duration.Zero || elapsed > MaxElapsed)
        {
            throw new ArgumentOutOfRangeException(nameof(elapsed), elapsed, "The elapsed working time must be 0 to 250 years.");
        }

        if (breachedAt is { } breach && (breach < startedAt || breach > measuredAt))
        {
            throw new ArgumentOutOfRangeException(nameof(breachedAt), breach, $"The breach must lie between the start ({startedAt}) and the instant measured ({measuredAt}).");
        }

        CheckOutcome(outcome, endedAt is not null, budget, elapsed, breachedAt);
        TicketId = ticketId;
        Metric = metric;
        Priority = priority;
        RequestType = requestType;
        Cycle = cycle;
        Target = target;
        Budget = budget;
        StartedAt = startedAt;
        EndedAt = endedAt;
        MeasuredAt = measuredAt;
        Outcome = outcome;
        Elapsed = elapsed;
        BreachedAt = breachedAt;
    }

    /// <summary>The ticket id.</summary>
    public string TicketId { get; }

    /// <summary>What was measured.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The ticket's priority label.</summary>
    public string Priority { get; }

    /// <summary>The request type, for service requests; null otherwise.</summary>
    public string? RequestType { get; }

    /// <summary>The cycle number (1 for the first).</summary>
    public int Cycle { get; }

    /// <summary>The target in force at the end (or at <see cref="MeasuredAt"/> while open).</summary>
    public SlaTarget Target { get; }

    /// <summary>The id of the calendar of <see cref="Target"/>.</summary>
    public string CalendarId => Target.CalendarId;

    /// <summary>The working-time budget of <see cref="Target"/>.</summary>
    public Duration Budget { get; }

    /// <summary>When the cycle started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When the cycle was stopped or cancelled; null while open.</summary>
    public Instant? EndedAt { get; }

    /// <summary>The instant the figures describe: <see cref="EndedAt"/> when finished, the evaluation instant when open.</summary>
    public Instant MeasuredAt { get; }

    /// <summary>Met, Breached or Cancelled when finished; Running, Paused or Breached when open.</summary>
    public SlaClockState Outcome { get; }

    /// <summary>The working time counted (at the end, or at <see cref="MeasuredAt"/> while open).</summary>
    public Duration Elapsed { get; }

    /// <summary>When elapsed first exceeded the budget; null when it did not.</summary>
    public Instant? BreachedAt { get; }

    /// <summary>
    /// The tier measured: <see cref="SlaTier.Objective"/> (SLO/OLA) or <see cref="SlaTier.Agreement"/> (SLA), so one list
    /// may hold both tiers of a ticket (<see cref="FromTieredClock"/>); null when the measurement is not of a tiered
    /// definition. Part of the identity: (<see cref="TicketId"/>, <see cref="Metric"/>, <see cref="Tier"/>, <see cref="Cycle"/>).
    /// </summary>
    /// <value>The default value is null.</value>
    public SlaTier? Tier { get; init; }

    /// <summary>True while the cycle has not ended (<see cref="EndedAt"/> is null).</summary>
    public bool IsOpen => EndedAt is null;

    /// <summary>
    /// The measurements of every cycle of <paramref name="clock"/> that had started by <paramref name="now"/>, oldest
    /// first: the cycles that ended by <paramref name="now"/> as <see cref="FromCycle"/> gives them, the cycle still open
    /// at <paramref name="now"/> evaluated at <paramref name="now"/> (<see cref="SlaClock.Evaluate"/>). Events after
    /// <paramref name="now"/> are ignored, so an earlier <paramref name="now"/> gives the measurements as they stood then.
    /// </summary>
    /// <param name="ticketId">The ticket id (see the constructor).</param>
    /// <param name="metric">What the clock measures.</param>
    /// <param name="priority">The ticket's priority label.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="now">The evaluation instant; not before the clock's first start.</param>
    /// <param name="requestType">The request type, or null.</param>
    /// <returns>One measurement per cycle.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A label is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the clock's first start or outside the supported range.</exception>
    public static IReadOnlyList<SlaMeasurement> FromClock(string ticketId, SlaMetric metric, string priority, SlaClock clock, Instant now, string? requestType = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        Instant firstStart = clock.Events[0].At;
        if (now < firstStart || now >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The clock started at {firstStart}; it can be measured from then until {BusinessCalendar.MaxSupportedInstant}.");
        }

        IReadOnlyList<SlaCycle> cycles = clock.CyclesAt(now);
        var result = new SlaMeasurement[cycles.Count];
        for (int i = 0; i < cycles.Count; i++)
        {
            SlaCycle c = cycles[i];
            if (c.Outcome is not null)
            {
                result[i] = FromCycle(ticketId, metric, priority, c, requestType);
                continue;
            }

            SlaStatus status = clock.Evaluate(now);
            result[i] = new SlaMeasurement(
                ticketId, metric, priority, requestType, c.Number, c.Target, status.Target, c.StartedAt, null, now, status.State, status.Elapsed, status.BreachedAt);
        }

        return result;
    }

    /// <summary>
    /// The measurements of both tiers of a tiered clock (<see cref="FromClock"/> of the objective clock, then of the agreement
    /// clock), each carrying its <see cref="Tier"/>, labelled with the clock's definition metric and current priority.
    /// </summary>
    /// <param name="ticketId">The ticket id (see the constructor).</param>
    /// <param name="clock">The tiered clock.</param>
    /// <param name="now">The evaluation instant; not before the clock's start.</param>
    /// <param name="requestType">The request type, or null.</param>
    /// <returns>One measurement per cycle and tier; a tier the ticket never had gives none.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">A label is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before a tier's first start or outside the supported range.</exception>
    public static IReadOnlyList<SlaMeasurement> FromTieredClock(string ticketId, TieredSlaClock clock, Instant now, string? requestType = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var result = new List<SlaMeasurement>();
        foreach (SlaTier tier in new[] { SlaTier.Objective, SlaTier.Agreement })
        {
            if (clock.Clock(tier) is { } tierClock && tierClock.Events[0].At <= now)
            {
                foreach (SlaMeasurement measurement in FromClock(ticketId, clock.Definition.Metric, clock.Priority, tierClock, now, requestType))
                {
                    result.Add(measurement with { Tier = tier });
                }
            }
        }

        return result;
    }

    /// <summary>The measurement of a finished cycle (from <see cref="SlaClock.Cycles"/>).</summary>
    /// <param name="ticketId">The ticket id (see the constructor).</param>
    /// <param name="metric">What the clock measures.</param>
    /// <param name="priority">The ticket's priority label.</param>
    /// <param name="cycle">The cycle; it must have ended (an open cycle is measured at an instant with <see cref="FromClock"/>).</param>
    /// <param name="requestType">The request type, or null.</param>
    /// <returns>The measurement, measured at the cycle's end.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cycle"/> is still open, or a label is invalid.</exception>
    public static SlaMeasurement FromCycle(string ticketId, SlaMetric metric, string priority, SlaCycle cycle, string? requestType = null)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        if (cycle.Outcome is not { } outcome || cycle.EndedAt is not { } end)
        {
            throw new ArgumentException($"Cycle {cycle.Number} is still open: measure it at an instant with {nameof(FromClock)}.", nameof(cycle));
        }

        return new SlaMeasurement(
            ticketId, metric, priority, requestType, cycle.Number, cycle.Target, cycle.Budget, cycle.StartedAt, end, end, outcome, cycle.Elapsed, cycle.BreachedAt);
    }

    /// <summary>A one-line description (the tier after the metric when given, e.g. <c>INC-1/resolution/SLA#1</c>), e.g. <c>INC-1/resolution#1 high: Met, elapsed 2:00:00 of 4:00:00, 2026-11-16T01:00:00Z - 2026-11-16T03:00:00Z</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{TicketId}/{Metric}{(Tier is { } tier ? tier == SlaTier.Objective ? "/SLO" : "/SLA" : string.Empty)}#{Cycle.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Priority}{(RequestType is null ? string.Empty : " (" + RequestType + ")")}: " +
        $"{Outcome}{(IsOpen ? " (open)" : string.Empty)}, elapsed {ReportText.FormatDuration(Elapsed)} of {ReportText.FormatDuration(Budget)}, {StartedAt} - {(EndedAt?.ToString() ?? "open at " + MeasuredAt.ToString())}";

    private static void CheckInstant(Instant instant, string paramName)
    {
        if (instant < BusinessCalendar.MinSupportedInstant || instant >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(paramName, instant, $"Instants must lie in [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).");
        }
    }

    private static void CheckOutcome(SlaClockState outcome, bool finished, Duration budget, Duration elapsed, Instant? breachedAt)
    {
        string? problem = outcome switch
        {
            SlaClockState.Met when !finished => "a Met measurement must have an end",
            SlaClockState.Met when breachedAt is not null || elapsed > budget => "a Met measurement cannot have a breach or elapsed time over its budget",
            SlaClockState.Breached when breachedAt is null || elapsed <= budget => "a Breached measurement must have a breach instant and elapsed time over its budget",
            SlaClockState.Cancelled when !finished => "a Cancelled measurement must have an end",
            SlaClockState.Running or SlaClockState.Paused when finished => $"a {outcome} measurement is open and cannot have an end",
            SlaClockState.Running or SlaClockState.Paused when breachedAt is not null || elapsed > budget =>
                $"a {outcome} measurement is within its budget; an open measurement over its budget is Breached",
            SlaClockState.Met or SlaClockState.Breached or SlaClockState.Cancelled or SlaClockState.Running or SlaClockState.Paused => null,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown outcome."),
        };
        if (problem is not null)
        {
            throw new ArgumentException($"Inconsistent measurement: {problem} (elapsed {ReportText.FormatDuration(elapsed)}, budget {ReportText.FormatDuration(budget)}, breached at {(breachedAt?.ToString() ?? "-")}).", nameof(outcome));
        }
    }
}
