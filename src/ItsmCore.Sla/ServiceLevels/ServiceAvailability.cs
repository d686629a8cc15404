using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Measures the availability of a service over a period: the agreed service time from the service hours
/// (a <see cref="BusinessCalendar"/>) less planned downtime, and the part of the outages that falls inside it.
/// </summary>
/// <remarks>
/// <para>
/// Planned downtime can be expressed in two ways, which give the same report: as closures of the service-hours
/// calendar (e.g. <c>AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")</c>), or as an explicit list of
/// intervals passed as <c>plannedDowntime</c>. Either way the service hours before planned downtime are
/// <see cref="AvailabilityReport.ServiceHoursTime"/>, the planned downtime inside them is
/// <see cref="AvailabilityReport.PlannedDowntime"/> and <see cref="AvailabilityReport.PlannedDowntimeExcluded"/>,
/// and the rest is <see cref="AvailabilityReport.AgreedServiceTime"/>; both ways may be combined.
/// </para>
/// <para>
/// Outages are merged first (overlapping or touching outages count once); only the part of an outage that lies
/// inside the period, inside service hours and outside planned downtime counts as downtime. Outages and planned
/// downtime may extend beyond the period; they are clipped to it. Every duration is exact (whole nanoseconds).
/// </para>
/// <para>The class is stateless and thread-safe.</para>
/// </remarks>
public static class ServiceAvailability
{
    /// <summary>Measures availability over <paramref name="period"/>.</summary>
    /// <param name="serviceHours">The service hours; its closures are planned downtime that is not service time.</param>
    /// <param name="period">The measured period [start, end), bounded and within the calendars' supported range.</param>
    /// <param name="outages">The outages (unplanned interruptions), in any order, possibly overlapping; each bounded.</param>
    /// <param name="plannedDowntime">Planned downtime to subtract from the agreed service time, in any order; each bounded. Null for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceHours"/> or <paramref name="outages"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="period"/>, an outage or a planned-downtime interval has no start or no end (the message gives the index).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is outside the supported range.</exception>
    public static AvailabilityReport Measure(
        BusinessCalendar serviceHours,
        Interval period,
        IEnumerable<Interval> outages,
        IEnumerable<Interval>? plannedDowntime = null)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        ServiceLevelGuard.CheckPeriod(period, nameof(period));
        ImmutableArray<Interval> outageSet = IntervalSet.Normalize(outages, period, nameof(outages));
        ImmutableArray<Interval> plannedSet = plannedDowntime is null
            ? ImmutableArray<Interval>.Empty
            : IntervalSet.Normalize(plannedDowntime, period, nameof(plannedDowntime));
        return Compute(serviceHours, period, outageSet, plannedSet);
    }

    /// <summary>
    /// Measures availability over a calendar month, from midnight at the start of <paramref name="month"/> to midnight
    /// at the start of the next month, both in the zone of <paramref name="serviceHours"/> (see <see cref="MonthPeriod"/>).
    /// </summary>
    /// <param name="serviceHours">The service hours; its closures are planned downtime that is not service time.</param>
    /// <param name="month">The ISO month.</param>
    /// <param name="outages">The outages, in any order, possibly overlapping; each bounded.</param>
    /// <param name="plannedDowntime">Planned downtime to subtract from the agreed service time; null for none.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceHours"/> or <paramref name="outages"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not ISO, or an interval has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the supported range.</exception>
    public static AvailabilityReport MeasureMonth(
        BusinessCalendar serviceHours,
        YearMonth month,
        IEnumerable<Interval> outages,
        IEnumerable<Interval>? plannedDowntime = null)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        Interval period = MonthPeriodChecked(month, serviceHours.Zone, nameof(month));
        return Measure(serviceHours, period, outages, plannedDowntime);
    }

    /// <summary>
    /// The instants of a calendar month in a zone: from the start of its first day to the start of the first day of
    /// the next month (each "start of day" is midnight, or the first instant after midnight where a transition skips it).
    /// </summary>
    /// <param name="month">The ISO month.</param>
    /// <param name="zone">The zone whose wall clock defines the month.</param>
    /// <returns>The month as [start, end).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the range business calendars support.</exception>
    public static Interval MonthPeriod(YearMonth month, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return MonthPeriodChecked(month, zone, nameof(month));
    }

    internal static Interval MonthPeriodChecked(YearMonth month, DateTimeZone zone, string paramName)
    {
        ServiceLevelGuard.CheckIsoMonth(month, paramName);
        if (month.Year < 1899 || month.Year > 2150)
        {
            throw new ArgumentOutOfRangeException(paramName, month, "The month must lie within the range business calendars support (1900-2149).");
        }

        Instant start = zone.AtStartOfDay(month.OnDayOfMonth(1)).ToInstant();
        Instant end = zone.AtStartOfDay(month.PlusMonths(1).OnDayOfMonth(1)).ToInstant();
        var period = new Interval(start, end);
        ServiceLevelGuard.CheckPeriod(period, paramName);
        return period;
    }

    internal static AvailabilityReport Compute(
        BusinessCalendar serviceHours,
        Interval period,
        ImmutableArray<Interval> outageSet,
        ImmutableArray<Interval> plannedSet)
    {
        // Service hours before planned downtime: the calendar's working time plus what its closures remove.
        ImmutableArray<Interval> closed = IntervalSet.ClosureIntervals(serviceHours, period);
        ImmutableArray<Interval> hours = IntervalSet.Union(IntervalSet.WorkingIntervals(serviceHours, period), closed);
        ImmutableArray<Interval> planned = IntervalSet.Union(closed, IntervalSet.Intersect(hours, plannedSet));
        ImmutableArray<Interval> agreed = IntervalSet.Subtract(hours, planned);
        ImmutableArray<Interval> counted = IntervalSet.Intersect(agreed, outageSet);
        Duration serviceHoursTime = IntervalSet.Total(hours);
        Duration agreedTime = IntervalSet.Total(agreed);
        return new AvailabilityReport(
            serviceHours,
            period,
            serviceHoursTime,
            serviceHoursTime - agreedTime,
            agreedTime,
            IntervalSet.Total(counted),
            planned,
            counted);
    }
}
