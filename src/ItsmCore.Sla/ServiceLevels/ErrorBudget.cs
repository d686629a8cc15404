using System;
using System.Globalization;
using System.Numerics;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// An error budget: what an objective (SLO) such as 99.9 % leaves for failure in a period (0.1 % of the service
/// time, or of the events), how much of it is consumed, how much remains and how fast it burns.
/// </summary>
/// <remarks>
/// <para>
/// A budget is a snapshot: the downtime or bad events given are those observed so far. Time-based budgets hold
/// exact durations; the budget itself is <see cref="AvailabilityTarget.AllowedDowntime(Duration)"/> of the service
/// time (truncated to the nanosecond). Event-based budgets allow <c>TotalEvents × (100 − objective) / 100</c> bad
/// events, kept as an exact fraction (1,000,000 requests at 99.9 % allow exactly 1,000).
/// </para>
/// <para>
/// <see cref="RemainingFraction"/> is <c>1 − consumed / budget</c> and is not clamped: it is negative when the budget
/// is overspent, and <see cref="ConsumedFraction"/> then exceeds 1. Fractions are computed exactly and shown as
/// decimals rounded to nearest (ties to even) at 28 decimal places; <see cref="ErrorBudgetPolicy"/> decides on the
/// exact values. A budget must be positive: an objective of 100 % or a service time too short to allow a single
/// nanosecond of downtime is rejected.
/// </para>
/// <para>
/// The burn rate is the consumed fraction of the budget divided by the elapsed fraction of the period: 1 means the
/// budget will be used up exactly at the end of the period, 2 twice as fast. For a budget made from an
/// <see cref="AvailabilityReport"/> the elapsed fraction counts agreed service time, otherwise wall time. For an
/// event-based budget it assumes <see cref="TotalEvents"/> is the total for the whole period.
/// </para>
/// <para>
/// A fraction or burn rate beyond the range of <see cref="decimal"/> (about 7.9 × 10^28) throws
/// <see cref="OverflowException"/>; that takes an extreme objective (a budget of a few nanoseconds or a tiny fraction of an
/// event) or a burn rate evaluated nanoseconds into a long period.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class ErrorBudget
{
    private readonly Fraction budget;
    private readonly BigInteger consumed;
    private readonly AvailabilityReport? report;
    private readonly Duration serviceTime;
    private readonly Duration allowedDowntime;
    private readonly Duration downtime;
    private readonly long totalEvents;
    private readonly long badEvents;

    private ErrorBudget(
        ErrorBudgetKind kind,
        AvailabilityTarget objective,
        Interval? period,
        Fraction budget,
        BigInteger consumed,
        AvailabilityReport? report = null,
        Duration serviceTime = default,
        Duration allowedDowntime = default,
        Duration downtime = default,
        long totalEvents = 0,
        long badEvents = 0)
    {
        Kind = kind;
        Objective = objective;
        Period = period;
        this.budget = budget;
        this.consumed = consumed;
        this.report = report;
        this.serviceTime = serviceTime;
        this.allowedDowntime = allowedDowntime;
        this.downtime = downtime;
        this.totalEvents = totalEvents;
        this.badEvents = badEvents;
        ExactConsumedFraction = Fraction.FromInteger(consumed) / budget;
        ExactRemainingFraction = Fraction.One - ExactConsumedFraction;
    }

    /// <summary>Whether the budget counts downtime or bad events.</summary>
    public ErrorBudgetKind Kind { get; }

    /// <summary>The objective (SLO) the budget derives from, e.g. 99.9 %.</summary>
    public AvailabilityTarget Objective { get; }

    /// <summary>The period the budget covers, or null for a budget made from a bare service time or event count.</summary>
    public Interval? Period { get; }

    /// <summary>The service time the budget is a share of.</summary>
    /// <exception cref="InvalidOperationException">The budget is event-based.</exception>
    public Duration ServiceTime => RequireTime(serviceTime);

    /// <summary>The budget: the downtime the objective allows in <see cref="ServiceTime"/> (e.g. 43 min 12 s for 99.9 % of 30 days).</summary>
    /// <exception cref="InvalidOperationException">The budget is event-based.</exception>
    public Duration AllowedDowntime => RequireTime(allowedDowntime);

    /// <summary>The downtime consumed so far.</summary>
    /// <exception cref="InvalidOperationException">The budget is event-based.</exception>
    public Duration Downtime => RequireTime(downtime);

    /// <summary><see cref="AllowedDowntime"/> less <see cref="Downtime"/>; negative when overspent (not clamped).</summary>
    /// <exception cref="InvalidOperationException">The budget is event-based.</exception>
    public Duration RemainingDowntime => RequireTime(allowedDowntime - downtime);

    /// <summary>The total number of events (requests) in the period.</summary>
    /// <exception cref="InvalidOperationException">The budget is time-based.</exception>
    public long TotalEvents => RequireEvents(totalEvents);

    /// <summary>The number of bad events (failed requests) so far.</summary>
    /// <exception cref="InvalidOperationException">The budget is time-based.</exception>
    public long BadEvents => RequireEvents(badEvents);

    /// <summary>The budget: the bad events the objective allows, <c>TotalEvents × (100 − objective) / 100</c>, rounded like the fractions (exact when it fits).</summary>
    /// <exception cref="InvalidOperationException">The budget is time-based.</exception>
    public decimal AllowedBadEvents => RequireEvents(budget).ToDecimal();

    /// <summary><see cref="AllowedBadEvents"/> less <see cref="BadEvents"/>; negative when overspent (not clamped).</summary>
    /// <exception cref="InvalidOperationException">The budget is time-based.</exception>
    public decimal RemainingBadEvents => RequireEvents(budget - Fraction.FromInteger(consumed)).ToDecimal();

    /// <summary>The consumed share of the budget: consumed / budget; above 1 when overspent.</summary>
    public decimal ConsumedFraction => ExactConsumedFraction.ToDecimal();

    /// <summary>The remaining share of the budget, <c>1 − ConsumedFraction</c>; negative when overspent (not clamped).</summary>
    public decimal RemainingFraction => ExactRemainingFraction.ToDecimal();

    /// <summary><see cref="RemainingFraction"/> in percent (e.g. 53.7037... for 20 min of a 43.2 min budget).</summary>
    public decimal RemainingPercent => (ExactRemainingFraction * Fraction.FromInteger(100)).ToDecimal();

    /// <summary>Whether nothing of the budget remains (remaining zero or negative).</summary>
    public bool IsExhausted => ExactRemainingFraction.Sign <= 0;

    internal Fraction ExactConsumedFraction { get; }

    internal Fraction ExactRemainingFraction { get; }

    /// <summary>
    /// A time-based budget over a 24x7 period: the service time is the whole <paramref name="period"/> (a 30-day
    /// month at 99.9 % gives a budget of 43 min 12 s), and burn rates use wall time.
    /// </summary>
    /// <param name="objective">The objective; below 100 %.</param>
    /// <param name="period">The bounded period, within the calendars' supported range.</param>
    /// <param name="downtime">The downtime so far; between zero and the period's length.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The objective is 100 %, the period is outside the supported range or too short to give a budget, or the
    /// downtime is negative or longer than the period.
    /// </exception>
    public static ErrorBudget ForDowntime(AvailabilityTarget objective, Interval period, Duration downtime)
    {
        CheckObjective(objective);
        ServiceLevelGuard.CheckPeriod(period, nameof(period));
        return ForTime(objective, period, null, period.Duration, downtime, nameof(period));
    }

    /// <summary>A time-based budget over a bare amount of service time (no period, so burn rates need an elapsed fraction).</summary>
    /// <param name="objective">The objective; below 100 %.</param>
    /// <param name="serviceTime">The agreed service time of the whole period; long enough to give a budget.</param>
    /// <param name="downtime">The downtime so far; between zero and <paramref name="serviceTime"/>.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The objective is 100 %, the service time is negative or too short to give a budget, or the downtime is
    /// negative or longer than the service time.
    /// </exception>
    public static ErrorBudget ForDowntime(AvailabilityTarget objective, Duration serviceTime, Duration downtime)
    {
        CheckObjective(objective);
        ServiceLevelGuard.CheckNotNegative(serviceTime, nameof(serviceTime));
        return ForTime(objective, null, null, serviceTime, downtime, nameof(serviceTime));
    }

    /// <summary>
    /// A time-based budget from a measured period: the budget is the downtime the objective allows in the report's
    /// agreed service time, the consumption its counted downtime, and burn rates count elapsed agreed service time.
    /// </summary>
    /// <param name="objective">The objective; below 100 %.</param>
    /// <param name="report">The availability measured over the budget's period (see <see cref="ServiceAvailability.Measure"/>).</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The objective is 100 %.</exception>
    /// <exception cref="ArgumentException">The report's agreed service time is too short to give a budget.</exception>
    public static ErrorBudget ForAvailability(AvailabilityTarget objective, AvailabilityReport report)
    {
        CheckObjective(objective);
        ArgumentNullException.ThrowIfNull(report);
        Duration allowed = objective.AllowedDowntime(report.AgreedServiceTime);
        if (allowed == Duration.Zero)
        {
            throw new ArgumentException(
                $"The agreed service time {report.AgreedServiceTime} at {objective} allows no downtime, so there is no error budget.",
                nameof(report));
        }

        return ForTime(objective, report.Period, report, report.AgreedServiceTime, report.Downtime, nameof(report));
    }

    /// <summary>An event-based budget without a period (burn rates need an elapsed fraction).</summary>
    /// <param name="objective">The objective; below 100 %.</param>
    /// <param name="totalEvents">The total events (requests) of the period; positive.</param>
    /// <param name="badEvents">The bad events so far; between zero and <paramref name="totalEvents"/>.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The objective is 100 %, or a count is out of range.</exception>
    public static ErrorBudget ForEvents(AvailabilityTarget objective, long totalEvents, long badEvents) =>
        CreateEvents(objective, null, totalEvents, badEvents);

    /// <summary>An event-based budget over a period (burn rates use wall time of the period).</summary>
    /// <param name="objective">The objective; below 100 %.</param>
    /// <param name="period">The bounded, non-empty period, within the calendars' supported range.</param>
    /// <param name="totalEvents">The total events (requests) of the period; positive.</param>
    /// <param name="badEvents">The bad events so far; between zero and <paramref name="totalEvents"/>.</param>
    /// <returns>The budget.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The objective is 100 %, the period is empty or outside the supported range, or a count is out of range.
    /// </exception>
    public static ErrorBudget ForEvents(AvailabilityTarget objective, Interval period, long totalEvents, long badEvents)
    {
        CheckObjective(objective);
        ServiceLevelGuard.CheckPeriod(period, nameof(period));
        if (period.Start == period.End)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "The period must not be empty.");
        }

        return CreateEvents(objective, period, totalEvents, badEvents);
    }

    /// <summary>
    /// The elapsed share of <see cref="Period"/> at <paramref name="at"/>: elapsed agreed service time over the
    /// period's agreed service time for a budget made from a report, otherwise elapsed wall time over the period's length.
    /// </summary>
    /// <param name="at">The evaluation instant, within the period (its start gives 0, its end 1).</param>
    /// <returns>The elapsed fraction in [0, 1], rounded to 28 decimal places.</returns>
    /// <exception cref="InvalidOperationException">The budget has no period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before the start or after the end of the period.</exception>
    public decimal ElapsedFraction(Instant at) => ExactElapsedFraction(at).ToDecimal();

    /// <summary>
    /// The burn rate at <paramref name="at"/>: <see cref="ConsumedFraction"/> divided by <see cref="ElapsedFraction"/>.
    /// 1 uses the budget up exactly at the end of the period; above 1 faster.
    /// </summary>
    /// <param name="at">The evaluation instant, after some of the period (service time, for a report-based budget) has elapsed and not after its end.</param>
    /// <returns>The burn rate, rounded to 28 decimal places.</returns>
    /// <exception cref="InvalidOperationException">The budget has no period; use <see cref="BurnRate(decimal)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is outside the period, or nothing of the period has elapsed by then.</exception>
    /// <exception cref="OverflowException">The burn rate is beyond the range of <see cref="decimal"/>.</exception>
    public decimal BurnRate(Instant at)
    {
        Fraction elapsed = ExactElapsedFraction(at);
        if (elapsed.Sign == 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at),
                at,
                report is null
                    ? "No time of the period has elapsed at this instant; a burn rate needs elapsed time."
                    : "No agreed service time of the period has elapsed at this instant; a burn rate needs elapsed service time.");
        }

        return (ExactConsumedFraction / elapsed).ToDecimal();
    }

    /// <summary>The burn rate for a given elapsed share of the period: <see cref="ConsumedFraction"/> / <paramref name="elapsedFraction"/>.</summary>
    /// <param name="elapsedFraction">The elapsed share of the period, greater than 0 and at most 1.</param>
    /// <returns>The burn rate, rounded to 28 decimal places.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="elapsedFraction"/> is 0 or less, or more than 1.</exception>
    /// <exception cref="OverflowException">The burn rate is beyond the range of <see cref="decimal"/>.</exception>
    public decimal BurnRate(decimal elapsedFraction)
    {
        if (elapsedFraction <= 0m || elapsedFraction > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(elapsedFraction), elapsedFraction, "The elapsed fraction must be greater than 0 and at most 1.");
        }

        return (ExactConsumedFraction / Fraction.FromDecimal(elapsedFraction)).ToDecimal();
    }

    /// <summary>A one-line summary, e.g. <c>time-based error budget at 99.9 %: 0:43:12 allowed, 0:20:00 consumed, 53.70 % remains</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string remaining = ReleaseDecision.FormatPercent(ExactRemainingFraction);
        return Kind == ErrorBudgetKind.TimeBased
            ? string.Create(CultureInfo.InvariantCulture, $"time-based error budget at {Objective}: {allowedDowntime:H:mm:ss.FFFFFFFFF} allowed, {downtime:H:mm:ss.FFFFFFFFF} consumed, {remaining} % remains")
            : string.Create(CultureInfo.InvariantCulture, $"event-based error budget at {Objective}: {AllowedBadEvents} of {totalEvents} events allowed bad, {badEvents} consumed, {remaining} % remains");
    }

    private static void CheckObjective(AvailabilityTarget objective)
    {
        ArgumentNullException.ThrowIfNull(objective);
        if (objective.Percent == 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(objective), objective, "An objective of 100 % leaves no error budget.");
        }
    }

    private static ErrorBudget ForTime(
        AvailabilityTarget objective,
        Interval? period,
        AvailabilityReport? report,
        Duration serviceTime,
        Duration downtime,
        string serviceTimeParam)
    {
        ServiceLevelGuard.CheckNotNegative(downtime, nameof(downtime));
        if (downtime > serviceTime)
        {
            throw new ArgumentOutOfRangeException(nameof(downtime), downtime, $"The downtime must not exceed the service time {serviceTime}.");
        }

        Duration allowed = objective.AllowedDowntime(serviceTime);
        if (allowed == Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(
                serviceTimeParam,
                serviceTime,
                $"The service time {serviceTime} at {objective} allows no downtime, so there is no error budget.");
        }

        return new ErrorBudget(
            ErrorBudgetKind.TimeBased,
            objective,
            period,
            Fraction.FromInteger(allowed.ToBigIntegerNanoseconds()),
            downtime.ToBigIntegerNanoseconds(),
            report,
            serviceTime: serviceTime,
            allowedDowntime: allowed,
            downtime: downtime);
    }

    private static ErrorBudget CreateEvents(AvailabilityTarget objective, Interval? period, long totalEvents, long badEvents)
    {
        CheckObjective(objective);
        if (totalEvents <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(totalEvents), totalEvents, "The total number of events must be positive.");
        }

        if (badEvents < 0 || badEvents > totalEvents)
        {
            throw new ArgumentOutOfRangeException(nameof(badEvents), badEvents, $"The bad events must be between 0 and the total {totalEvents}.");
        }

        return new ErrorBudget(
            ErrorBudgetKind.EventBased,
            objective,
            period,
            Fraction.FromInteger(totalEvents) * objective.Unavailability,
            badEvents,
            totalEvents: totalEvents,
            badEvents: badEvents);
    }

    private Fraction ExactElapsedFraction(Instant at)
    {
        if (Period is not { } period)
        {
            throw new InvalidOperationException("The budget has no period; pass the elapsed fraction to BurnRate(decimal) instead.");
        }

        if (at < period.Start || at > period.End)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"The evaluation instant must lie within the period {period} (its end included).");
        }

        if (report is not null)
        {
            return new Fraction(report.AgreedServiceTimeBefore(at).ToBigIntegerNanoseconds(), report.AgreedServiceTime.ToBigIntegerNanoseconds());
        }

        return new Fraction((at - period.Start).ToBigIntegerNanoseconds(), period.Duration.ToBigIntegerNanoseconds());
    }

    private T RequireTime<T>(T value) => Kind == ErrorBudgetKind.TimeBased
        ? value
        : throw new InvalidOperationException("This member is defined for time-based error budgets only; this budget is event-based (see Kind).");

    private T RequireEvents<T>(T value) => Kind == ErrorBudgetKind.EventBased
        ? value
        : throw new InvalidOperationException("This member is defined for event-based error budgets only; this budget is time-based (see Kind).");
}
