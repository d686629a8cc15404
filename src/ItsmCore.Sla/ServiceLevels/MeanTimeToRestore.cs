using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Mean time to restore service (MTTR): the mean duration of a list of outages, e.g. to compare a month's MTTR
/// with a target that is being brought down from 60 min to 45 min.
/// </summary>
/// <remarks>
/// <para>
/// Each interval is one outage, from interruption to restoration; outages are not merged (two incidents that
/// overlap are two restorations). <see cref="Of(IEnumerable{Interval})"/> uses wall-clock elapsed time, as MTTR
/// usually does; <see cref="Of(IEnumerable{Interval}, BusinessCalendar)"/> counts only the working time of a calendar
/// inside each outage (for services restored on business hours). The mean is exact and truncated to the nanosecond.
/// A zero-length outage counts as an outage restored at once.
/// </para>
/// <para>The class is stateless and thread-safe.</para>
/// </remarks>
public static class MeanTimeToRestore
{
    /// <summary>The mean wall-clock duration of the outages.</summary>
    /// <param name="outages">At least one bounded outage.</param>
    /// <returns>The mean, truncated to the nanosecond.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outages"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outages"/> is empty, or an outage has no start or no end.</exception>
    public static Duration Of(IEnumerable<Interval> outages) => Mean(outages, static interval => interval.Duration);

    /// <summary>The mean working time of <paramref name="serviceHours"/> inside each outage.</summary>
    /// <param name="outages">At least one bounded outage, within the calendars' supported range.</param>
    /// <param name="serviceHours">The calendar whose working time counts.</param>
    /// <returns>The mean, truncated to the nanosecond.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outages"/> is empty, or an outage has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An outage lies outside the calendars' supported range.</exception>
    public static Duration Of(IEnumerable<Interval> outages, BusinessCalendar serviceHours)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        return Mean(outages, interval =>
        {
            ServiceLevelGuard.CheckPeriod(interval, nameof(outages));
            return serviceHours.WorkingTimeBetween(interval.Start, interval.End);
        });
    }

    private static Duration Mean(IEnumerable<Interval> outages, Func<Interval, Duration> measure)
    {
        ArgumentNullException.ThrowIfNull(outages);
        BigInteger total = BigInteger.Zero;
        int count = 0;
        foreach (Interval outage in outages)
        {
            if (!outage.HasStart || !outage.HasEnd)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"outages[{count}] must have a start and an end."),
                    nameof(outages));
            }

            total += measure(outage).ToBigIntegerNanoseconds();
            count++;
        }

        if (count == 0)
        {
            throw new ArgumentException("The mean time to restore needs at least one outage.", nameof(outages));
        }

        return Duration.FromNanoseconds(total / count);
    }
}
