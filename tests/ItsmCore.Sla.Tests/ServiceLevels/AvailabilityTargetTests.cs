using System;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class AvailabilityTargetTests
{
    [Fact]
    public void Case6_AllowedDowntime_9995PercentOf365DayYear_Is4Point38HoursExactly()
    {
        // 365 d = 31,536,000 s; 0.05 % of it = 15,768 s = 262.8 min = 4 h 22 min 48 s = 4.38 h.
        Duration allowed = AvailabilityTarget.FromPercent(99.95m).AllowedDowntime(NominalPeriods.Year365Days);

        Assert.Equal(Duration.FromSeconds(15_768), allowed);
        Assert.Equal(Duration.FromHours(4) + Duration.FromMinutes(22) + Duration.FromSeconds(48), allowed);
        Assert.Equal(Duration.FromHours(438), allowed * 100);
        Assert.Equal(Duration.FromMinutes(2628), allowed * 10);
    }

    [Fact]
    public void Case6_AllowedDowntime_9995PercentOf30DayMonth_Is21Point6Minutes()
    {
        // 30 d = 2,592,000 s; 0.05 % = 1,296 s = 21.6 min ("about 22 min a month").
        Duration allowed = AvailabilityTarget.FromPercent(99.95m).AllowedDowntime(NominalPeriods.Month30Days);

        Assert.Equal(Duration.FromSeconds(1_296), allowed);
        Assert.Equal(Duration.FromMinutes(216), allowed * 10);
    }

    [Fact]
    public void Case6_AllowedDowntime_9995PercentOfAverageMonth_Is21Point9Minutes()
    {
        // 365.25 / 12 d = 30.4375 d = 2,629,800 s; 0.05 % = 1,314.9 s = 21.915 min ("21.9 min").
        Duration allowed = AvailabilityTarget.FromPercent(99.95m).AllowedDowntime(NominalPeriods.AverageMonth);

        Assert.Equal(Duration.FromMilliseconds(1_314_900), allowed);
        Assert.Equal(Duration.FromMinutes(21) + Duration.FromMilliseconds(54_900), allowed);
    }

    [Fact]
    public void Case6_AllowedDowntime_99PercentOf30DayMonth_Is7Point2HoursExactly()
    {
        Duration allowed = AvailabilityTarget.FromPercent(99m).AllowedDowntime(NominalPeriods.Month30Days);

        Assert.Equal(Duration.FromHours(7) + Duration.FromMinutes(12), allowed);
        Assert.Equal(Duration.FromHours(72), allowed * 10);
    }

    [Fact]
    public void AllowedDowntime_InexactShare_TruncatesToTheNanosecond()
    {
        // 0.1 % of 1,000,000,001 ns is 1,000,000.001 ns: truncated to 1,000,000 ns.
        Duration allowed = AvailabilityTarget.FromPercent(99.9m).AllowedDowntime(Duration.FromNanoseconds(1_000_000_001));

        Assert.Equal(Duration.FromNanoseconds(1_000_000), allowed);
        // 0.01 % of 3 ns is 0.0003 ns: nothing is allowed, never rounded up.
        Assert.Equal(Duration.Zero, AvailabilityTarget.FromPercent(99.99m).AllowedDowntime(Duration.FromNanoseconds(3)));
    }

    [Fact]
    public void AllowedDowntime_HundredPercent_AllowsNothing()
    {
        Assert.Equal(Duration.Zero, AvailabilityTarget.FromPercent(100m).AllowedDowntime(NominalPeriods.Year365Days));
    }

    [Fact]
    public void AllowedDowntime_Case3CalendarMonth_Is995PercentTargetOfServiceTime()
    {
        // November 2026 on the case-3 calendar: 395 h of service time (see ServiceAvailabilityTests); 0.5 % = 1 h 58 min 30 s.
        var target = AvailabilityTarget.FromPercent(99.5m);

        Assert.Equal(Duration.FromSeconds(7_110), target.AllowedDowntime(SalesService, new YearMonth(2026, 11)));
        Assert.Equal(Duration.FromSeconds(7_110), target.AllowedDowntime(SalesService, ServiceAvailability.MonthPeriod(new YearMonth(2026, 11), Tokyo)));
    }

    [Fact]
    public void FromRatio_SameValueAsPercent_IsEqual()
    {
        Assert.Equal(AvailabilityTarget.FromPercent(99.95m), AvailabilityTarget.FromRatio(0.9995m));
        Assert.Equal(99.95m, AvailabilityTarget.FromRatio(0.9995m).Percent);
        Assert.Equal(0.9995m, AvailabilityTarget.FromPercent(99.95m).Ratio);
        Assert.Equal(0.05m, AvailabilityTarget.FromPercent(99.95m).UnavailabilityPercent);
    }

    [Fact]
    public void Equality_TrailingZeros_AreIgnored()
    {
        AvailabilityTarget a = AvailabilityTarget.FromPercent(99.90m);
        AvailabilityTarget b = AvailabilityTarget.FromPercent(99.9m);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal("99.9 %", a.ToString());
    }

    [Fact]
    public void Comparison_StricterTarget_IsGreater()
    {
        AvailabilityTarget lower = AvailabilityTarget.FromPercent(99m);
        AvailabilityTarget higher = AvailabilityTarget.FromPercent(99.95m);

        Assert.True(higher > lower);
        Assert.True(lower < higher);
        Assert.True(lower <= AvailabilityTarget.FromPercent(99m));
        Assert.True(higher >= lower);
        Assert.True(lower > null);
        Assert.Equal(1, lower.CompareTo(null));
    }

    [Fact]
    public void IsMetBy_DowntimeExactlyAllowed_IsMet()
    {
        var target = AvailabilityTarget.FromPercent(99.95m);

        Assert.True(target.IsMetBy(NominalPeriods.Month30Days, Duration.FromSeconds(1_296)));
        Assert.False(target.IsMetBy(NominalPeriods.Month30Days, Duration.FromSeconds(1_296) + Duration.Epsilon));
        Assert.True(target.IsMetBy(Duration.Zero, Duration.Zero));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("100.0001")]
    public void FromPercent_OutOfRange_ThrowsNamingPercent(string percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityTarget.FromPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("percent", ex.ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.0001")]
    public void FromRatio_OutOfRange_ThrowsNamingRatio(string ratio)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityTarget.FromRatio(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("ratio", ex.ParamName);
    }

    [Fact]
    public void AllowedDowntime_NegativeServiceTime_ThrowsNamingServiceTime()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityTarget.FromPercent(99m).AllowedDowntime(Duration.FromSeconds(-1)));
        Assert.Equal("serviceTime", ex.ParamName);
    }

    [Fact]
    public void AllowedDowntime_BadCalendarArguments_ThrowNamingTheParameter()
    {
        var target = AvailabilityTarget.FromPercent(99m);

        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => target.AllowedDowntime(null!, new YearMonth(2026, 11))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => target.AllowedDowntime(SalesService, new Interval(null, Instant.FromUtc(2026, 1, 1, 0, 0)))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => target.AllowedDowntime(SalesService, new YearMonth(2200, 1))).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => target.AllowedDowntime(SalesService, new YearMonth(2026, 1, CalendarSystem.Julian))).ParamName);
    }

    [Fact]
    public void IsMetBy_DowntimeLongerThanServiceTime_ThrowsNamingDowntime()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AvailabilityTarget.FromPercent(99m).IsMetBy(Duration.FromHours(1), Duration.FromHours(2)));
        Assert.Equal("downtime", ex.ParamName);
    }

    [Fact]
    public void AllowedDowntime_Property_IsMonotonicInTheTarget()
    {
        var gen = from p1 in Percents()
                  from p2 in Percents()
                  from seconds in Gen.Choose(0, int.MaxValue)
                  from nanos in Gen.Choose(0, 999_999_999)
                  select (Low: Math.Min(p1, p2), High: Math.Max(p1, p2), ServiceTime: Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos));
        PropertyRunner.Run(gen, s =>
        {
            Duration low = AvailabilityTarget.FromPercent(s.Low).AllowedDowntime(s.ServiceTime);
            Duration high = AvailabilityTarget.FromPercent(s.High).AllowedDowntime(s.ServiceTime);
            Assert.True(low >= high, $"{s}: {low} < {high}");
            Assert.InRange(low, Duration.Zero, s.ServiceTime);
        });
    }

    [Fact]
    public void AllowedDowntime_Property_IsTheExactShareTruncated()
    {
        var gen = from percent in Percents()
                  from seconds in Gen.Choose(0, int.MaxValue)
                  from nanos in Gen.Choose(0, 999_999_999)
                  select (Percent: percent, ServiceTime: Duration.FromSeconds(seconds) + Duration.FromNanoseconds(nanos));
        PropertyRunner.Run(gen, s =>
        {
            var target = AvailabilityTarget.FromPercent(s.Percent);
            Duration allowed = target.AllowedDowntime(s.ServiceTime);

            // allowed <= exact share < allowed + 1 ns, checked in decimal (exact here: at most 19 + 6 digits).
            decimal exact = s.ServiceTime.ToInt64Nanoseconds() * (100m - s.Percent) / 100m;
            decimal allowedNs = allowed.ToInt64Nanoseconds();
            Assert.True(allowedNs <= exact && exact < allowedNs + 1, $"{s}: allowed {allowedNs}, exact {exact}");
            Assert.True(target.IsMetBy(s.ServiceTime, allowed));
            if (allowed < s.ServiceTime)
            {
                Assert.False(target.IsMetBy(s.ServiceTime, allowed + Duration.Epsilon));
            }
        });
    }

    [Fact]
    public void AllowedDowntime_Property_IsMonotonicInTheServiceTime()
    {
        var gen = from percent in Percents()
                  from a in Gen.Choose(0, int.MaxValue)
                  from b in Gen.Choose(0, int.MaxValue)
                  select (Percent: percent, Short: Duration.FromMilliseconds(Math.Min(a, b)), Long: Duration.FromMilliseconds(Math.Max(a, b)));
        PropertyRunner.Run(gen, s =>
        {
            var target = AvailabilityTarget.FromPercent(s.Percent);
            Assert.True(target.AllowedDowntime(s.Short) <= target.AllowedDowntime(s.Long), s.ToString());
        });
    }

    [Fact]
    public void AllowedDowntime_CalendarOverload_EqualsShareOfWorkingTime()
    {
        Interval period = ServiceAvailability.MonthPeriod(new YearMonth(2026, 12), Tokyo);
        BusinessCalendar calendar = SalesService;
        var target = AvailabilityTarget.FromPercent(99.5m);

        Assert.Equal(target.AllowedDowntime(calendar.WorkingTimeBetween(period.Start, period.End)), target.AllowedDowntime(calendar, period));
    }
}
