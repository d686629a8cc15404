using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The availability of a service over a period, as measured by <see cref="ServiceAvailability.Measure"/>:
/// service time, planned downtime, counted downtime, uptime and the availability ratio.
/// </summary>
/// <remarks>
/// <para>
/// The durations are exact and satisfy <c>ServiceHoursTime = PlannedDowntimeExcluded + AgreedServiceTime</c> and
/// <c>AgreedServiceTime = Downtime + Uptime</c>. <see cref="Availability"/> is <c>Uptime / AgreedServiceTime</c>,
/// computed exactly and shown as a <see cref="decimal"/> rounded to nearest (ties to even) at 28 decimal places;
/// a period without agreed service time has availability 1 (nothing was promised, nothing was missed).
/// <see cref="Meets"/> does not use the rounded ratio: it compares whole nanoseconds exactly.
/// </para>
/// <para>Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed class AvailabilityReport
{
    private readonly ImmutableArray<Interval> plannedDowntime;
    private readonly ImmutableArray<Interval> countedDowntime;

    internal AvailabilityReport(
        BusinessCalendar serviceHours,
        Interval period,
        Duration serviceHoursTime,
        Duration plannedDowntimeExcluded,
        Duration agreedServiceTime,
        Duration downtime,
        ImmutableArray<Interval> plannedDowntime,
        ImmutableArray<Interval> countedDowntime)
    {
        ServiceHours = serviceHours;
        Period = period;
        ServiceHoursTime = serviceHoursTime;
        PlannedDowntimeExcluded = plannedDowntimeExcluded;
        AgreedServiceTime = agreedServiceTime;
        Downtime = downtime;
        this.plannedDowntime = plannedDowntime;
        this.countedDowntime = countedDowntime;
        ExactAvailability = agreedServiceTime == Duration.Zero
            ? Fraction.One
            : new Fraction(Uptime.ToBigIntegerNanoseconds(), agreedServiceTime.ToBigIntegerNanoseconds());
    }

    /// <summary>The service hours the report was measured against.</summary>
    public BusinessCalendar ServiceHours { get; }

    /// <summary>The measured period [start, end).</summary>
    public Interval Period { get; }

    /// <summary>
    /// The service hours within the period before planned downtime: the working time of <see cref="ServiceHours"/>
    /// plus what its closures remove (<see cref="BusinessCalendar.ClosureIntervals"/>).
    /// </summary>
    public Duration ServiceHoursTime { get; }

    /// <summary>
    /// The planned downtime inside service hours (calendar closures and explicit intervals alike), removed from the
    /// agreed service time: the total of <see cref="PlannedDowntime"/>.
    /// </summary>
    public Duration PlannedDowntimeExcluded { get; }

    /// <summary>The agreed service time: service hours within the period, less planned downtime.</summary>
    public Duration AgreedServiceTime { get; }

    /// <summary>The downtime counted: merged outages within the agreed service time.</summary>
    public Duration Downtime { get; }

    /// <summary>The agreed service time less the counted downtime.</summary>
    public Duration Uptime => AgreedServiceTime - Downtime;

    /// <summary>
    /// <c>Uptime / AgreedServiceTime</c> as a ratio in [0, 1], rounded to nearest at 28 decimal places (exact when it
    /// fits); 1 when there is no agreed service time.
    /// </summary>
    public decimal Availability => ExactAvailability.ToDecimal();

    /// <summary><see cref="Availability"/> in percent, computed from the exact ratio and rounded the same way.</summary>
    public decimal AvailabilityPercent => (ExactAvailability * Fraction.FromInteger(100)).ToDecimal();

    /// <summary>
    /// The planned downtime inside the service hours and the period, merged and in order: the calendar's closures and
    /// the explicit intervals alike (an explicit interval's parts outside service hours are not planned downtime).
    /// </summary>
    public IReadOnlyList<Interval> PlannedDowntime => plannedDowntime;

    /// <summary>The pieces of the outages that counted as downtime, in order, merged.</summary>
    public IReadOnlyList<Interval> CountedDowntime => countedDowntime;

    internal Fraction ExactAvailability { get; }

    /// <summary>The downtime <paramref name="target"/> allows in <see cref="AgreedServiceTime"/>, truncated to the nanosecond.</summary>
    /// <param name="target">The availability target.</param>
    /// <returns>The allowed downtime.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public Duration AllowedDowntime(AvailabilityTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.AllowedDowntime(AgreedServiceTime);
    }

    /// <summary>
    /// The allowed downtime less the counted downtime: how much more downtime the target tolerates in this period;
    /// negative when the target is missed (not clamped).
    /// </summary>
    /// <param name="target">The availability target.</param>
    /// <returns>The remaining downtime, possibly negative.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public Duration RemainingDowntime(AvailabilityTarget target) => AllowedDowntime(target) - Downtime;

    /// <summary>
    /// Whether the availability meets <paramref name="target"/>, exactly: <c>Uptime / AgreedServiceTime ≥ target</c>,
    /// equivalently <c>Downtime ≤ AllowedDowntime(target)</c>. Availability exactly at the target meets it.
    /// </summary>
    /// <param name="target">The availability target.</param>
    /// <returns>True when met.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public bool Meets(AvailabilityTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return ExactAvailability >= target.ExactRatio;
    }

    /// <summary>
    /// The agreed service time in [<see cref="Period"/> start, <paramref name="at"/>): the elapsed part of the period's
    /// service time, for burn rates. <paramref name="at"/> must lie within the period (inclusive of its end).
    /// </summary>
    internal Duration AgreedServiceTimeBefore(Instant at)
    {
        var elapsed = new Interval(Period.Start, at);
        ImmutableArray<Interval> service = IntervalSet.WorkingIntervals(ServiceHours, elapsed);
        ImmutableArray<Interval> planned = IntervalSet.Normalize(plannedDowntime, elapsed, nameof(at));
        return IntervalSet.Total(IntervalSet.Subtract(service, planned));
    }

    /// <summary>A one-line summary, e.g. <c>99.5 % of 395:00:00 agreed service time (downtime 1:58:30) in [...]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{AvailabilityPercent} % of {AgreedServiceTime:H:mm:ss} agreed service time (downtime {Downtime:H:mm:ss}, planned downtime excluded {PlannedDowntimeExcluded:H:mm:ss}) in {Period} on {ServiceHours}");
}
