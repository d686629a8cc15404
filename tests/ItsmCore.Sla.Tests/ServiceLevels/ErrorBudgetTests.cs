using System;
using FsCheck.Fluent;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class ErrorBudgetTests
{
    private static readonly AvailabilityTarget Slo = AvailabilityTarget.FromPercent(99.9m);

    // A 30-day month: November 2026 in Asia/Tokyo (24x7 service).
    private static readonly Interval Month = ServiceAvailability.MonthPeriod(new YearMonth(2026, 11), Tokyo);

    [Fact]
    public void Case7_ForDowntime_999PercentOf30DayMonth_BudgetIs43Point2Minutes()
    {
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.Zero);

        Assert.Equal(ErrorBudgetKind.TimeBased, budget.Kind);
        Assert.Equal(Duration.FromDays(30), budget.ServiceTime);
        Assert.Equal(Duration.FromMinutes(43) + Duration.FromSeconds(12), budget.AllowedDowntime);
        Assert.Equal(Duration.FromMinutes(432), budget.AllowedDowntime * 10);
        Assert.Equal(1m, budget.RemainingFraction);
        Assert.Equal(0m, budget.ConsumedFraction);
        Assert.False(budget.IsExhausted);
    }

    [Fact]
    public void Case7_ForDowntime_20Minutes_Leaves53Point7Percent()
    {
        // 1 - 20 / 43.2 = 23.2 / 43.2 = 0.537037037...
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(20));

        Assert.Equal(Duration.FromMinutes(23) + Duration.FromSeconds(12), budget.RemainingDowntime);
        Assert.Equal(0.5370370370370370370370370370m, budget.RemainingFraction);
        Assert.Equal(53.703703703703703703703703704m, budget.RemainingPercent);
        Assert.Equal(0.4629629629629629629629629630m, budget.ConsumedFraction);
    }

    [Fact]
    public void Case7_ForDowntime_25Minutes_Leaves42Point1Percent()
    {
        // 1 - 25 / 43.2 = 18.2 / 43.2 = 0.421296296...
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(25));

        Assert.Equal(42.1m, decimal.Round(budget.RemainingPercent, 1));
        Assert.Equal(0.4212962962962962962962962963m, budget.RemainingFraction);
    }

    [Fact]
    public void Case7_ForDowntime_21Point6Minutes_LeavesExactlyHalf()
    {
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromSeconds(1_296));

        Assert.Equal(0.5m, budget.RemainingFraction);
        Assert.Equal(50m, budget.RemainingPercent);
    }

    [Fact]
    public void Case7_ForEvents_MillionRequests600Bad_Leaves40Percent()
    {
        ErrorBudget budget = ErrorBudget.ForEvents(Slo, 1_000_000, 600);

        Assert.Equal(ErrorBudgetKind.EventBased, budget.Kind);
        Assert.Equal(1_000m, budget.AllowedBadEvents);
        Assert.Equal(400m, budget.RemainingBadEvents);
        Assert.Equal(0.4m, budget.RemainingFraction);
        Assert.Equal(40m, budget.RemainingPercent);
        Assert.Equal(1_000_000, budget.TotalEvents);
        Assert.Equal(600, budget.BadEvents);
        Assert.Null(budget.Period);
    }

    [Fact]
    public void ForEvents_FractionalAllowance_IsKeptExactly()
    {
        // 1,234 requests at 99.9 % allow 1.234 bad requests; 2 bad ones overspend by 0.766.
        ErrorBudget budget = ErrorBudget.ForEvents(Slo, 1_234, 2);

        Assert.Equal(1.234m, budget.AllowedBadEvents);
        Assert.Equal(-0.766m, budget.RemainingBadEvents);
        Assert.True(budget.RemainingFraction < 0m);
        Assert.True(budget.IsExhausted);
    }

    [Fact]
    public void RemainingFraction_Overspent_IsNegativeNotClamped()
    {
        // 86.4 min consumed of 43.2: -100 % remains.
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromSeconds(5_184));

        Assert.Equal(-1m, budget.RemainingFraction);
        Assert.Equal(2m, budget.ConsumedFraction);
        Assert.Equal(-Duration.FromSeconds(2_592), budget.RemainingDowntime);
        Assert.True(budget.IsExhausted);
    }

    [Fact]
    public void BurnRate_20MinutesAfterTenDays_Is25Over18()
    {
        // Consumed 20 / 43.2 of the budget in 1/3 of the month: (1200 / 2592) x 3 = 25 / 18 = 1.3888...
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(20));
        Instant tenDaysIn = Month.Start + Duration.FromDays(10);

        Assert.Equal(1m / 3m, budget.ElapsedFraction(tenDaysIn));
        Assert.Equal(1.3888888888888888888888888889m, budget.BurnRate(tenDaysIn));
    }

    [Fact]
    public void BurnRate_HalfTheBudgetAtMidMonth_IsExactlyOne()
    {
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromSeconds(1_296));

        Assert.Equal(1m, budget.BurnRate(Month.Start + Duration.FromDays(15)));
        Assert.Equal(0.5m, budget.BurnRate(Month.End));
        Assert.Equal(1m, budget.BurnRate(0.5m));
    }

    [Fact]
    public void BurnRate_ReportBasedBudget_CountsElapsedServiceTime()
    {
        // Case 3, November 2026, SLO 99.5 %: budget 1 h 58 min 30 s = 7,110 s; outage A consumed 1 h = 40/79 of it.
        // By Monday 9 Nov 00:00, Monday 2 to Saturday 7 have elapsed: 6 x 16 h - 5 h planned downtime = 91 h of 395 h.
        // Burn rate = (40/79) / (91/395) = 200/91 = 2.1978...
        Interval outage = Between(7.November(2026).At(17, 0), 7.November(2026).At(23, 30));
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, new YearMonth(2026, 11), new[] { outage });
        ErrorBudget budget = ErrorBudget.ForAvailability(AvailabilityTarget.FromPercent(99.5m), report);
        Instant monday = At(9.November(2026).At(0, 0));

        Assert.Equal(Duration.FromSeconds(7_110), budget.AllowedDowntime);
        Assert.Equal(Duration.FromHours(1), budget.Downtime);
        Assert.Equal(report.Period, budget.Period);
        Assert.Equal(91m / 395m, budget.ElapsedFraction(monday));
        Assert.Equal(200m / 91m, budget.BurnRate(monday));
        Assert.Equal(1m, budget.ElapsedFraction(report.Period.End));
    }

    [Fact]
    public void BurnRate_NoServiceTimeElapsedYet_ThrowsNamingAt()
    {
        // Sunday 1 Nov 2026 is not a service day on the case-3 calendar: nothing of the period's service time has elapsed.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, new YearMonth(2026, 11), Array.Empty<Interval>());
        ErrorBudget budget = ErrorBudget.ForAvailability(AvailabilityTarget.FromPercent(99.5m), report);

        Assert.Equal(0m, budget.ElapsedFraction(At(1.November(2026).At(12, 0))));
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => budget.BurnRate(At(1.November(2026).At(12, 0)))).ParamName);
    }

    [Fact]
    public void BurnRate_InstantOutsideThePeriod_ThrowsNamingAt()
    {
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(20));

        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => budget.BurnRate(Month.Start)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => budget.BurnRate(Month.Start - Duration.Epsilon)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => budget.ElapsedFraction(Month.End + Duration.Epsilon)).ParamName);
    }

    [Fact]
    public void BurnRate_NoPeriod_ThrowsInvalidOperation()
    {
        ErrorBudget budget = ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, Duration.FromMinutes(20));

        Assert.Throws<InvalidOperationException>(() => budget.BurnRate(Month.End));
        Assert.Equal(25m / 27m, budget.BurnRate(0.5m));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.01")]
    public void BurnRate_ElapsedFractionOutOfRange_ThrowsNamingElapsedFraction(string fraction)
    {
        ErrorBudget budget = ErrorBudget.ForEvents(Slo, 1_000_000, 600);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => budget.BurnRate(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("elapsedFraction", ex.ParamName);
    }

    [Fact]
    public void KindSpecificMembers_OtherKind_ThrowInvalidOperation()
    {
        ErrorBudget time = ErrorBudget.ForDowntime(Slo, Month, Duration.Zero);
        ErrorBudget events = ErrorBudget.ForEvents(Slo, Month, 1_000_000, 600);

        Assert.Throws<InvalidOperationException>(() => time.TotalEvents);
        Assert.Throws<InvalidOperationException>(() => time.AllowedBadEvents);
        Assert.Throws<InvalidOperationException>(() => events.AllowedDowntime);
        Assert.Throws<InvalidOperationException>(() => events.RemainingDowntime);
        Assert.Equal(0.5m, events.ElapsedFraction(Month.Start + Duration.FromDays(15)));
    }

    [Fact]
    public void Factories_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("objective", Assert.Throws<ArgumentNullException>(() => ErrorBudget.ForDowntime(null!, Month, Duration.Zero)).ParamName);
        Assert.Equal("objective", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(AvailabilityTarget.FromPercent(100m), Month, Duration.Zero)).ParamName);
        Assert.Equal("downtime", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(-1))).ParamName);
        Assert.Equal("downtime", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(Slo, Month, Duration.FromDays(31))).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => ErrorBudget.ForDowntime(Slo, new Interval(Month.Start, null), Duration.Zero)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(Slo, new Interval(Month.Start, Month.Start), Duration.Zero)).ParamName);
        Assert.Equal("serviceTime", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(Slo, Duration.FromNanoseconds(999), Duration.Zero)).ParamName);
        Assert.Equal("serviceTime", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForDowntime(Slo, Duration.FromHours(-1), Duration.Zero)).ParamName);
        Assert.Equal("report", Assert.Throws<ArgumentNullException>(() => ErrorBudget.ForAvailability(Slo, null!)).ParamName);
        Assert.Equal("totalEvents", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForEvents(Slo, 0, 0)).ParamName);
        Assert.Equal("badEvents", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForEvents(Slo, 10, 11)).ParamName);
        Assert.Equal("badEvents", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForEvents(Slo, 10, -1)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.ForEvents(Slo, new Interval(Month.Start, Month.Start), 10, 1)).ParamName);
    }

    [Fact]
    public void ForAvailability_NoServiceTime_ThrowsNamingReport()
    {
        Instant at = Month.Start;
        AvailabilityReport empty = ServiceAvailability.Measure(SalesService, new Interval(at, at), Array.Empty<Interval>());

        Assert.Equal("report", Assert.Throws<ArgumentException>(() => ErrorBudget.ForAvailability(Slo, empty)).ParamName);
    }

    [Fact]
    public void ToString_TimeBased_ShowsAllowanceConsumptionAndRemainder()
    {
        Assert.Equal(
            "time-based error budget at 99.9 %: 0:43:12 allowed, 0:20:00 consumed, 53.70 % remains",
            ErrorBudget.ForDowntime(Slo, Month, Duration.FromMinutes(20)).ToString());
        Assert.Equal(
            "event-based error budget at 99.9 %: 1000 of 1000000 events allowed bad, 600 consumed, 40.00 % remains",
            ErrorBudget.ForEvents(Slo, 1_000_000, 600).ToString());
    }

    [Fact]
    public void RemainingFraction_Property_NeverIncreasesWithMoreDowntime()
    {
        var gen = from percent in Gen.Choose(1, 9_999).Select(n => n / 100m)
                  from a in Gen.Choose(0, 30 * 24 * 60)
                  from b in Gen.Choose(0, 30 * 24 * 60)
                  select (Percent: percent, Less: Duration.FromMinutes(Math.Min(a, b)), More: Duration.FromMinutes(Math.Max(a, b)));
        PropertyRunner.Run(gen, s =>
        {
            var slo = AvailabilityTarget.FromPercent(s.Percent);
            ErrorBudget less = ErrorBudget.ForDowntime(slo, Month, s.Less);
            ErrorBudget more = ErrorBudget.ForDowntime(slo, Month, s.More);

            Assert.True(more.RemainingFraction <= less.RemainingFraction, s.ToString());
            Assert.True(more.ExactRemainingFraction <= less.ExactRemainingFraction, s.ToString());
            Assert.Equal(Fraction.One, more.ExactRemainingFraction + more.ExactConsumedFraction);
            Assert.Equal(more.AllowedDowntime - more.Downtime, more.RemainingDowntime);
            Assert.True(more.ConsumedFraction >= 0m);
        });
    }

    [Fact]
    public void BurnRate_Property_IsConsumedOverElapsed()
    {
        var gen = from downtimeMinutes in Gen.Choose(0, 100)
                  from elapsedMinutes in Gen.Choose(1, 30 * 24 * 60)
                  select (Downtime: Duration.FromMinutes(downtimeMinutes), Elapsed: Duration.FromMinutes(elapsedMinutes));
        PropertyRunner.Run(gen, s =>
        {
            ErrorBudget budget = ErrorBudget.ForDowntime(Slo, Month, s.Downtime);
            decimal burn = budget.BurnRate(Month.Start + s.Elapsed);

            // burn = (downtime / 43.2 min) / (elapsed / 30 d), exactly: downtime x 30 d / (43.2 min x elapsed).
            Fraction expected = new Fraction(s.Downtime.ToBigIntegerNanoseconds() * Month.Duration.ToBigIntegerNanoseconds(), Duration.FromSeconds(2_592).ToBigIntegerNanoseconds() * s.Elapsed.ToBigIntegerNanoseconds());
            Assert.Equal(expected.ToDecimal(), burn);
            Assert.True(burn >= 0m);
        });
    }
}
