using System;
using System.Globalization;
using System.Numerics;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// An availability target (an SLA or SLO such as 99.95 %): the share of agreed service time the service must be
/// up, and from it the downtime a period of service time allows.
/// </summary>
/// <remarks>
/// <para>
/// The percentage is kept as the exact <see cref="decimal"/> given (trailing zeros removed, so <c>99.90</c> and
/// <c>99.9</c> are equal). All arithmetic is exact: <see cref="AllowedDowntime(Duration)"/> computes
/// <c>serviceTime × (100 − Percent) / 100</c> in whole nanoseconds with arbitrary-precision integers and
/// truncates the result to the nanosecond (never rounds up), so the allowed downtime is never more than the exact
/// value. Because downtime is itself a whole number of nanoseconds, "downtime ≤ allowed downtime" is exactly
/// "availability ≥ target": 99.95 % of a 365-day year allows exactly 4 h 22 min 48 s (4.38 h), of a 30-day month
/// exactly 21 min 36 s, and 99 % of a 30-day month exactly 7 h 12 min.
/// </para>
/// <para>Instances are immutable and thread-safe. Targets compare by their percentage.</para>
/// </remarks>
public sealed class AvailabilityTarget : IEquatable<AvailabilityTarget>, IComparable<AvailabilityTarget>
{
    private static readonly Fraction Hundred = Fraction.FromInteger(100);

    private AvailabilityTarget(decimal percent)
    {
        Fraction exact = Fraction.FromDecimal(percent);
        Percent = exact.ToDecimal();
        Unavailability = (Hundred - exact) / Hundred;
        ExactRatio = exact / Hundred;
    }

    /// <summary>The target in percent, greater than 0 and at most 100 (e.g. <c>99.95</c>).</summary>
    public decimal Percent { get; }

    /// <summary>
    /// The target as a ratio (<see cref="Percent"/> / 100, e.g. <c>0.9995</c>); exact unless the percentage has
    /// more than 26 decimal places, in which case it is rounded to 28 decimal places.
    /// </summary>
    public decimal Ratio => ExactRatio.ToDecimal();

    /// <summary>The allowed unavailability in percent, <c>100 − Percent</c> (e.g. <c>0.05</c>); exact.</summary>
    public decimal UnavailabilityPercent => 100m - Percent;

    /// <summary>The exact allowed unavailability ratio, (100 − Percent) / 100.</summary>
    internal Fraction Unavailability { get; }

    /// <summary>The exact target ratio, Percent / 100.</summary>
    internal Fraction ExactRatio { get; }

    /// <summary>Whether the targets are equal.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>True when both are null or their percentages are equal.</returns>
    public static bool operator ==(AvailabilityTarget? left, AvailabilityTarget? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Whether the targets differ.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>True when they are not equal.</returns>
    public static bool operator !=(AvailabilityTarget? left, AvailabilityTarget? right) => !(left == right);

    /// <summary>Whether <paramref name="left"/> is a lower (less strict) target than <paramref name="right"/>; null is lowest.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <(AvailabilityTarget? left, AvailabilityTarget? right) => Compare(left, right) < 0;

    /// <summary>Whether <paramref name="left"/> is a higher (stricter) target than <paramref name="right"/>; null is lowest.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >(AvailabilityTarget? left, AvailabilityTarget? right) => Compare(left, right) > 0;

    /// <summary>Whether <paramref name="left"/> is at most <paramref name="right"/>; null is lowest.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator <=(AvailabilityTarget? left, AvailabilityTarget? right) => Compare(left, right) <= 0;

    /// <summary>Whether <paramref name="left"/> is at least <paramref name="right"/>; null is lowest.</summary>
    /// <param name="left">The first target, or null.</param>
    /// <param name="right">The second target, or null.</param>
    /// <returns>The comparison result.</returns>
    public static bool operator >=(AvailabilityTarget? left, AvailabilityTarget? right) => Compare(left, right) >= 0;

    /// <summary>A target given in percent, e.g. <c>AvailabilityTarget.FromPercent(99.95m)</c>.</summary>
    /// <param name="percent">Greater than 0 and at most 100.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is 0 or less, or more than 100.</exception>
    public static AvailabilityTarget FromPercent(decimal percent)
    {
        if (percent <= 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "An availability target must be greater than 0 % and at most 100 %.");
        }

        return new AvailabilityTarget(percent);
    }

    /// <summary>A target given as a ratio, e.g. <c>AvailabilityTarget.FromRatio(0.9995m)</c> for 99.95 %.</summary>
    /// <param name="ratio">Greater than 0 and at most 1.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ratio"/> is 0 or less, or more than 1.</exception>
    public static AvailabilityTarget FromRatio(decimal ratio)
    {
        if (ratio <= 0m || ratio > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, "An availability target ratio must be greater than 0 and at most 1.");
        }

        return new AvailabilityTarget((Fraction.FromDecimal(ratio) * Hundred).ToDecimal());
    }

    /// <summary>
    /// The downtime this target allows in <paramref name="serviceTime"/>: <c>serviceTime × (100 − Percent) / 100</c>,
    /// computed exactly and truncated to the nanosecond.
    /// </summary>
    /// <param name="serviceTime">The agreed service time; not negative.</param>
    /// <returns>The allowed downtime, between zero and <paramref name="serviceTime"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="serviceTime"/> is negative.</exception>
    public Duration AllowedDowntime(Duration serviceTime)
    {
        ServiceLevelGuard.CheckNotNegative(serviceTime, nameof(serviceTime));
        BigInteger allowed = (Fraction.FromInteger(serviceTime.ToBigIntegerNanoseconds()) * Unavailability).Floor();
        return Duration.FromNanoseconds(allowed);
    }

    /// <summary>
    /// The downtime this target allows in the service time of <paramref name="serviceHours"/> within
    /// <paramref name="period"/> (calendar closures such as planned downtime are already excluded by the calendar).
    /// </summary>
    /// <param name="serviceHours">The service hours.</param>
    /// <param name="period">A bounded period within the calendars' supported range.</param>
    /// <returns>The allowed downtime, truncated to the nanosecond.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceHours"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> has no start or no end.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is outside the supported range.</exception>
    public Duration AllowedDowntime(BusinessCalendar serviceHours, Interval period)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        ServiceLevelGuard.CheckPeriod(period, nameof(period));
        return AllowedDowntime(serviceHours.WorkingTimeBetween(period.Start, period.End));
    }

    /// <summary>
    /// The downtime this target allows in the service time of <paramref name="serviceHours"/> in a calendar month,
    /// whose boundaries are midnight at the start of the month in the calendar's zone (see
    /// <see cref="ServiceAvailability.MonthPeriod"/>).
    /// </summary>
    /// <param name="serviceHours">The service hours.</param>
    /// <param name="month">The ISO month.</param>
    /// <returns>The allowed downtime, truncated to the nanosecond.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="serviceHours"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the supported range.</exception>
    public Duration AllowedDowntime(BusinessCalendar serviceHours, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(serviceHours);
        Interval period = ServiceAvailability.MonthPeriodChecked(month, serviceHours.Zone, nameof(month));
        return AllowedDowntime(serviceHours.WorkingTimeBetween(period.Start, period.End));
    }

    /// <summary>
    /// Whether <paramref name="downtime"/> in <paramref name="serviceTime"/> meets the target, exactly:
    /// <c>(serviceTime − downtime) / serviceTime ≥ Percent / 100</c>, i.e. downtime ≤ <see cref="AllowedDowntime(Duration)"/>.
    /// No service time and no downtime meets every target.
    /// </summary>
    /// <param name="serviceTime">The agreed service time; not negative.</param>
    /// <param name="downtime">The counted downtime; between zero and <paramref name="serviceTime"/>.</param>
    /// <returns>True when the target is met (the boundary, availability exactly at the target, is met).</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is negative, or the downtime exceeds the service time.</exception>
    public bool IsMetBy(Duration serviceTime, Duration downtime)
    {
        ServiceLevelGuard.CheckNotNegative(serviceTime, nameof(serviceTime));
        ServiceLevelGuard.CheckNotNegative(downtime, nameof(downtime));
        if (downtime > serviceTime)
        {
            throw new ArgumentOutOfRangeException(nameof(downtime), downtime, $"The downtime must not exceed the service time {serviceTime}.");
        }

        return downtime <= AllowedDowntime(serviceTime);
    }

    /// <summary>Whether the targets have the same percentage.</summary>
    /// <param name="other">The other target.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(AvailabilityTarget? other) => other is not null && Percent == other.Percent;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AvailabilityTarget other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Percent.GetHashCode();

    /// <summary>Compares by percentage: a stricter (higher) target is greater; null is lowest.</summary>
    /// <param name="other">The other target, or null.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(AvailabilityTarget? other) => other is null ? 1 : Percent.CompareTo(other.Percent);

    /// <summary>The percentage, e.g. <c>99.95 %</c> (invariant culture).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Percent.ToString(CultureInfo.InvariantCulture) + " %";

    private static int Compare(AvailabilityTarget? left, AvailabilityTarget? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);
}
