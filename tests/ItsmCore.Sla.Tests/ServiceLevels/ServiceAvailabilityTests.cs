using System;
using System.Linq;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class ServiceAvailabilityTests
{
    private static readonly YearMonth November2026 = new(2026, 11);
    private static readonly AvailabilityTarget Case3Target = AvailabilityTarget.FromPercent(99.5m);
    private static readonly AvailabilityTarget Case8Target = AvailabilityTarget.FromPercent(99.0m);

    // Case 3 outages in November 2026 (Asia/Tokyo):
    // A: Saturday 7 Nov 17:00-23:30: 17:00-18:00 counts (1 h); 18:00-23:00 is the first-Saturday planned downtime,
    //    23:00-23:30 is outside service hours.
    private static readonly Interval OutageA = Between(7.November(2026).At(17, 0), 7.November(2026).At(23, 30));

    // B: Sunday 8 Nov 22:00 to Monday 9 Nov 07:58:30: Sunday is not a service day, Monday opens at 07:00, so 58 min 30 s count.
    private static readonly Interval OutageB = new(At(8.November(2026).At(22, 0)), At(9.November(2026).At(7, 58)) + Duration.FromSeconds(30));

    // C: Saturday 7 Nov 17:30-17:45, inside A: merged, not counted twice.
    private static readonly Interval OutageC = Between(7.November(2026).At(17, 30), 7.November(2026).At(17, 45));

    [Fact]
    public void Case3_MeasureMonth_November2026_Has395HoursOfServiceTime()
    {
        // November 2026 starts on a Sunday and has 30 days: Sundays are the 1st, 8th, 15th, 22nd and 29th, so there are
        // 25 service days (Monday-Saturday) of 16 h (07:00-23:00) = 400 h. The first Saturday (7th) loses 18:00-23:00
        // to planned downtime (the calendar's closure, reported as planned downtime): 400 h - 5 h = 395 h of agreed
        // service time.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, November2026, Array.Empty<Interval>());

        Assert.Equal(Between(1.November(2026).At(0, 0), 1.December(2026).At(0, 0)), report.Period);
        Assert.Equal(Duration.FromHours(400), report.ServiceHoursTime);
        Assert.Equal(Duration.FromHours(5), report.PlannedDowntimeExcluded);
        Assert.Equal(new[] { Between(7.November(2026).At(18, 0), 7.November(2026).At(23, 0)) }, report.PlannedDowntime);
        Assert.Equal(Duration.FromHours(395), report.AgreedServiceTime);
        Assert.Equal(Duration.Zero, report.Downtime);
        Assert.Equal(1m, report.Availability);
        Assert.Equal(100m, report.AvailabilityPercent);
    }

    [Fact]
    public void Case3_MeasureMonth_December2026_Has427HoursOfServiceTime()
    {
        // December 2026 starts on a Tuesday and has 31 days: Sundays are the 6th, 13th, 20th and 27th, so 27 service days
        // x 16 h = 432 h; the first Saturday (5th) 18:00-23:00 is planned downtime: 427 h. 0.5 % of it is 2.135 h = 2 h 8 min 6 s.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, new YearMonth(2026, 12), Array.Empty<Interval>());

        Assert.Equal(Duration.FromHours(427), report.AgreedServiceTime);
        Assert.Equal(Duration.FromHours(2) + Duration.FromMinutes(8) + Duration.FromSeconds(6), report.AllowedDowntime(Case3Target));
    }

    [Fact]
    public void Case3_AllowedDowntime_November2026_Is1Hour58Minutes30Seconds()
    {
        // 0.5 % of 395 h = 1.975 h = 118.5 min = 7,110 s.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, November2026, Array.Empty<Interval>());

        Assert.Equal(Duration.FromHours(1) + Duration.FromMinutes(58) + Duration.FromSeconds(30), report.AllowedDowntime(Case3Target));
    }

    [Fact]
    public void Case3_OutageAcrossPlannedDowntimeAndClosingTime_OnlyTheServiceTimePartCounts()
    {
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, November2026, new[] { OutageA });

        Assert.Equal(Duration.FromHours(1), report.Downtime);
        Assert.Equal(new[] { Between(7.November(2026).At(17, 0), 7.November(2026).At(18, 0)) }, report.CountedDowntime);
        Assert.Equal(Duration.FromHours(394), report.Uptime);

        // 394 / 395 = 0.99746835443037974683544303797468... (a repeating decimal; rounded at 28 places).
        Assert.Equal(394m / 395m, report.Availability);
        Assert.Equal(0.9974683544303797468354430380m, report.Availability);
        Assert.Equal(99.746835443037974683544304m, decimal.Round(report.AvailabilityPercent, 24));
        Assert.True(report.Meets(Case3Target));
    }

    [Fact]
    public void Case3_DowntimeExactlyAtTheAllowance_AvailabilityIsExactly995AndTheTargetIsMet()
    {
        // A counts 1 h, B counts 58 min 30 s, C lies inside A: 1 h 58 min 30 s = 7,110 s = exactly 0.5 % of 395 h.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, November2026, new[] { OutageC, OutageB, OutageA });

        Assert.Equal(Duration.FromSeconds(7_110), report.Downtime);
        Assert.Equal(0.995m, report.Availability);
        Assert.Equal(99.5m, report.AvailabilityPercent);
        Assert.True(report.Meets(Case3Target));
        Assert.Equal(Duration.Zero, report.RemainingDowntime(Case3Target));
    }

    [Fact]
    public void Case3_OneSecondOverTheAllowance_TargetIsMissed()
    {
        Interval oneSecond = new(At(10.November(2026).At(12, 0)), At(10.November(2026).At(12, 0)) + Duration.FromSeconds(1));
        AvailabilityReport report = ServiceAvailability.MeasureMonth(SalesService, November2026, new[] { OutageA, OutageB, oneSecond });

        Assert.Equal(Duration.FromSeconds(7_111), report.Downtime);
        Assert.False(report.Meets(Case3Target));
        Assert.Equal(Duration.FromSeconds(-1), report.RemainingDowntime(Case3Target));

        // 1 - 7,111 / 1,422,000 = 1,414,889 / 1,422,000 = 0.99499929676511954992967651195...
        Assert.Equal(0.9949992967651195499296765120m, report.Availability);
    }

    [Fact]
    public void Case3_PlannedDowntimeAsIntervals_GivesTheSameServiceTimeAsTheClosure()
    {
        // The same service without the calendar closure, with the first-Saturday window passed as planned downtime
        // (18:00-24:00: the hour after 23:00 is outside service hours and excludes nothing).
        BusinessCalendar withoutClosure = SalesServiceHours(withMaintenanceClosure: false);
        Interval window = Between(7.November(2026).At(18, 0), 8.November(2026).At(0, 0));

        AvailabilityReport report = ServiceAvailability.MeasureMonth(withoutClosure, November2026, new[] { OutageA, OutageB }, new[] { window });

        Assert.Equal(Duration.FromHours(400), report.ServiceHoursTime);
        Assert.Equal(Duration.FromHours(5), report.PlannedDowntimeExcluded);
        Assert.Equal(Duration.FromHours(395), report.AgreedServiceTime);
        Assert.Equal(Duration.FromSeconds(7_110), report.Downtime);
        Assert.Equal(new[] { Between(7.November(2026).At(18, 0), 7.November(2026).At(23, 0)) }, report.PlannedDowntime);
        Assert.Equal(0.995m, report.Availability);
    }

    [Fact]
    public void Measure_PlannedDowntimeAsClosureOrAsIntervals_GivesTheSameBreakdown()
    {
        // Case 3, November 2026: the first-Saturday window 18:00-23:00 as the calendar's closure, as an explicit
        // interval (18:00-24:00, of which 23:00-24:00 lies outside service hours), and as both at once.
        Interval window = Between(7.November(2026).At(18, 0), 8.November(2026).At(0, 0));
        Interval[] outages = { OutageA, OutageB };
        AvailabilityReport asClosure = ServiceAvailability.MeasureMonth(SalesService, November2026, outages);
        AvailabilityReport asIntervals = ServiceAvailability.MeasureMonth(SalesServiceHours(withMaintenanceClosure: false), November2026, outages, new[] { window });
        AvailabilityReport asBoth = ServiceAvailability.MeasureMonth(SalesService, November2026, outages, new[] { window });

        foreach (AvailabilityReport report in new[] { asClosure, asIntervals, asBoth })
        {
            Assert.Equal(Duration.FromHours(400), report.ServiceHoursTime);
            Assert.Equal(Duration.FromHours(5), report.PlannedDowntimeExcluded);
            Assert.Equal(new[] { Between(7.November(2026).At(18, 0), 7.November(2026).At(23, 0)) }, report.PlannedDowntime);
            Assert.Equal(Duration.FromHours(395), report.AgreedServiceTime);

            // Outage A (17:00-23:30) counts only 17:00-18:00: the rest is planned downtime or outside service hours.
            Assert.Equal(Duration.FromSeconds(7_110), report.Downtime);
            Assert.Equal(asClosure.CountedDowntime, report.CountedDowntime);
            Assert.Equal(asClosure.Availability, report.Availability);
        }
    }

    [Fact]
    public void Case8_AllowedDowntime_November2026_Is1Hour57Minutes27Seconds()
    {
        // CRM, Monday-Friday 08:45-19:00 (10 h 15 min), Japanese holidays off, month-end to 20:00 (11 h 15 min).
        // November 2026 has 21 weekdays (2-6, 9-13, 16-20, 23-27, 30); Culture Day (Tue 3rd) and Labour Thanksgiving
        // Day (Mon 23rd) are holidays: 19 working days. The last one, Monday 30th, runs to 20:00.
        // 18 x 10.25 h + 11.25 h = 195.75 h = 704,700 s; 1 % of it = 7,047 s = 1 h 57 min 27 s (117.45 min).
        Assert.False(Crm.IsWorkingDay(3.November(2026)));
        Assert.False(Crm.IsWorkingDay(23.November(2026)));

        AvailabilityReport report = ServiceAvailability.MeasureMonth(Crm, November2026, Array.Empty<Interval>());

        Assert.Equal(Duration.FromMinutes((195 * 60) + 45), report.AgreedServiceTime);
        Assert.Equal(Duration.FromHours(1) + Duration.FromMinutes(57) + Duration.FromSeconds(27), report.AllowedDowntime(Case8Target));
        Assert.Equal(Duration.FromSeconds(7_047), Case8Target.AllowedDowntime(Crm, November2026));
    }

    [Fact]
    public void Case8_MeasureMonth_December2026_MonthEndRunsTo2000()
    {
        // December 2026: 23 weekdays, no national holidays; Thursday 31st runs to 20:00.
        // 22 x 10.25 h + 11.25 h = 236.75 h; 1 % = 2.3675 h = 2 h 22 min 3 s.
        AvailabilityReport report = ServiceAvailability.MeasureMonth(Crm, new YearMonth(2026, 12), Array.Empty<Interval>());

        Assert.Equal(Duration.FromMinutes((236 * 60) + 45), report.AgreedServiceTime);
        Assert.Equal(Duration.FromSeconds(8_523), report.AllowedDowntime(Case8Target));
    }

    [Fact]
    public void Case8_OutagesWithinAllowance_TargetIsMet()
    {
        Interval[] outages =
        {
            Between(3.November(2026).At(10, 0), 3.November(2026).At(12, 0)),   // Culture Day: not service time, 0
            Between(12.November(2026).At(18, 30), 12.November(2026).At(19, 30)), // 18:30-19:00 counts: 30 min
            Between(30.November(2026).At(19, 0), 30.November(2026).At(20, 30)),  // month-end: 19:00-20:00 counts: 60 min
        };

        AvailabilityReport report = ServiceAvailability.MeasureMonth(Crm, November2026, outages);

        Assert.Equal(Duration.FromMinutes(90), report.Downtime);
        Assert.True(report.Meets(Case8Target));
        Assert.Equal(Duration.FromMinutes(27) + Duration.FromSeconds(27), report.RemainingDowntime(Case8Target));

        // 1 - 5,400 / 704,700 = 699,300 / 704,700 = 0.99233716475095785440613026819...
        Assert.Equal(99.233716475095785440613027m, decimal.Round(report.AvailabilityPercent, 24));
    }

    [Fact]
    public void Case8_OutagesBeyondAllowance_TargetIsMissed()
    {
        Interval[] outages =
        {
            Between(12.November(2026).At(18, 30), 12.November(2026).At(19, 30)), // 30 min
            Between(16.November(2026).At(8, 0), 16.November(2026).At(9, 15)),    // 08:45-09:15: 30 min
            Between(30.November(2026).At(19, 0), 30.November(2026).At(20, 30)),  // 60 min
        };

        AvailabilityReport report = ServiceAvailability.MeasureMonth(Crm, November2026, outages);

        Assert.Equal(Duration.FromMinutes(120), report.Downtime);
        Assert.False(report.Meets(Case8Target));
        Assert.Equal(-(Duration.FromMinutes(2) + Duration.FromSeconds(33)), report.RemainingDowntime(Case8Target));

        // 1 - 7,200 / 704,700 = 697,500 / 704,700 = 0.98978288633461047254150702426...
        Assert.Equal(98.978288633461047254150702m, decimal.Round(report.AvailabilityPercent, 24));
    }

    [Fact]
    public void Case8_WithoutTheMonthEndException_TheLastHourIsNotServiceTime()
    {
        BusinessCalendar plain = CrmHours(withMonthEnd: false);
        Interval[] outages = { Between(30.November(2026).At(19, 0), 30.November(2026).At(20, 30)) };

        AvailabilityReport report = ServiceAvailability.MeasureMonth(plain, November2026, outages);

        Assert.Equal(Duration.FromMinutes((194 * 60) + 45), report.AgreedServiceTime);
        Assert.Equal(Duration.Zero, report.Downtime);
    }

    [Fact]
    public void Measure_OverlappingAndTouchingOutages_AreCountedOnce()
    {
        BusinessCalendar always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Interval period = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 2, 0, 0));
        Interval[] outages =
        {
            new(Instant.FromUtc(2026, 1, 1, 10, 0), Instant.FromUtc(2026, 1, 1, 11, 0)),
            new(Instant.FromUtc(2026, 1, 1, 10, 30), Instant.FromUtc(2026, 1, 1, 11, 30)),
            new(Instant.FromUtc(2026, 1, 1, 11, 30), Instant.FromUtc(2026, 1, 1, 12, 0)),
            new(Instant.FromUtc(2026, 1, 1, 10, 0), Instant.FromUtc(2026, 1, 1, 11, 0)),
        };

        AvailabilityReport report = ServiceAvailability.Measure(always, period, outages);

        Assert.Equal(Duration.FromHours(2), report.Downtime);
        Assert.Equal(new[] { new Interval(Instant.FromUtc(2026, 1, 1, 10, 0), Instant.FromUtc(2026, 1, 1, 12, 0)) }, report.CountedDowntime);
        Assert.Equal(22m / 24m, report.Availability);
    }

    [Fact]
    public void Measure_OutagesBeyondThePeriod_AreClipped()
    {
        BusinessCalendar always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Interval period = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 2, 0, 0));
        Interval[] outages =
        {
            new(Instant.FromUtc(2025, 12, 31, 23, 0), Instant.FromUtc(2026, 1, 1, 1, 0)),
            new(Instant.FromUtc(2026, 1, 1, 23, 0), Instant.FromUtc(2026, 1, 3, 0, 0)),
            new(Instant.FromUtc(2026, 2, 1, 0, 0), Instant.FromUtc(2026, 2, 2, 0, 0)),
        };

        AvailabilityReport report = ServiceAvailability.Measure(always, period, outages);

        Assert.Equal(Duration.FromHours(2), report.Downtime);
    }

    [Fact]
    public void Measure_OutageDuringPlannedDowntime_DoesNotCount()
    {
        BusinessCalendar always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        Interval period = new(Instant.FromUtc(2026, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 2, 0, 0));
        Interval planned = new(Instant.FromUtc(2026, 1, 1, 2, 0), Instant.FromUtc(2026, 1, 1, 4, 0));
        Interval outage = new(Instant.FromUtc(2026, 1, 1, 3, 0), Instant.FromUtc(2026, 1, 1, 5, 0));

        AvailabilityReport report = ServiceAvailability.Measure(always, period, new[] { outage }, new[] { planned });

        Assert.Equal(Duration.FromHours(22), report.AgreedServiceTime);
        Assert.Equal(Duration.FromHours(2), report.PlannedDowntimeExcluded);
        Assert.Equal(Duration.FromHours(1), report.Downtime);
    }

    [Fact]
    public void Measure_EmptyPeriod_HasAvailabilityOne()
    {
        Instant at = Instant.FromUtc(2026, 1, 1, 0, 0);
        AvailabilityReport report = ServiceAvailability.Measure(SalesService, new Interval(at, at), new[] { new Interval(at, at + Duration.FromHours(1)) });

        Assert.Equal(Duration.Zero, report.AgreedServiceTime);
        Assert.Equal(1m, report.Availability);
        Assert.True(report.Meets(AvailabilityTarget.FromPercent(100m)));
    }

    [Fact]
    public void MonthPeriod_MidnightSkippedByDst_StartsAtTheFirstInstantOfTheDay()
    {
        // America/Santiago: clocks go from 24:00 to 01:00 on the first Sunday of September, so that day starts at 01:00
        // and the month is one hour short.
        DateTimeZone santiago = TestCalendars.Zone("America/Santiago");

        Interval september = ServiceAvailability.MonthPeriod(new YearMonth(2026, 9), santiago);

        Assert.Equal(santiago.AtStartOfDay(1.September(2026)).ToInstant(), september.Start);
        Assert.Equal(santiago.AtStartOfDay(1.October(2026)).ToInstant(), september.End);
        Assert.Equal(Duration.FromHours((30 * 24) - 1), september.Duration);
    }

    [Fact]
    public void Measure_NullArguments_ThrowNamingTheParameter()
    {
        Interval period = ServiceAvailability.MonthPeriod(November2026, Tokyo);

        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => ServiceAvailability.Measure(null!, period, Array.Empty<Interval>())).ParamName);
        Assert.Equal("outages", Assert.Throws<ArgumentNullException>(() => ServiceAvailability.Measure(SalesService, period, null!)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => ServiceAvailability.MonthPeriod(November2026, null!)).ParamName);
    }

    [Fact]
    public void Measure_UnboundedIntervals_ThrowNamingTheParameterAndIndex()
    {
        Interval period = ServiceAvailability.MonthPeriod(November2026, Tokyo);
        var unbounded = new Interval(At(2.November(2026).At(9, 0)), null);

        var periodEx = Assert.Throws<ArgumentException>(() => ServiceAvailability.Measure(SalesService, new Interval(null, period.End), Array.Empty<Interval>()));
        var outageEx = Assert.Throws<ArgumentException>(() => ServiceAvailability.Measure(SalesService, period, new[] { OutageA, unbounded }));
        var plannedEx = Assert.Throws<ArgumentException>(() => ServiceAvailability.Measure(SalesService, period, Array.Empty<Interval>(), new[] { unbounded }));

        Assert.Equal("period", periodEx.ParamName);
        Assert.Equal("outages", outageEx.ParamName);
        Assert.Contains("outages[1]", outageEx.Message, StringComparison.Ordinal);
        Assert.Equal("plannedDowntime", plannedEx.ParamName);
        Assert.Contains("plannedDowntime[0]", plannedEx.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_PeriodOutsideTheSupportedRange_ThrowsNamingPeriod()
    {
        var period = new Interval(Instant.FromUtc(1899, 12, 1, 0, 0), Instant.FromUtc(1900, 2, 1, 0, 0));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceAvailability.Measure(SalesService, period, Array.Empty<Interval>()));

        Assert.Equal("period", ex.ParamName);
    }

    [Fact]
    public void MeasureMonth_NonIsoMonth_ThrowsNamingMonth()
    {
        var ex = Assert.Throws<ArgumentException>(() => ServiceAvailability.MeasureMonth(SalesService, new YearMonth(2026, 11, CalendarSystem.Gregorian), Array.Empty<Interval>()));

        Assert.Equal("month", ex.ParamName);
    }

    [Fact]
    public void Measure_Property_AccountsAddUpAndAvailabilityIsARatio()
    {
        PropertyRunner.Run(OutageScenarios(), s =>
        {
            AvailabilityReport report = ServiceAvailability.Measure(s.Calendar, s.Period, s.Outages, s.Planned);

            Assert.Equal(s.Calendar.WorkingTimeBetween(s.Period.Start, s.Period.End), report.ServiceHoursTime);
            Assert.Equal(report.ServiceHoursTime, report.PlannedDowntimeExcluded + report.AgreedServiceTime);
            Assert.Equal(report.AgreedServiceTime, report.Downtime + report.Uptime);
            Assert.True(report.Downtime >= Duration.Zero && report.Uptime >= Duration.Zero, s.ToString());
            Assert.InRange(report.Availability, 0m, 1m);
            Assert.InRange(report.AvailabilityPercent, 0m, 100m);
            Assert.Equal(report.Downtime, report.CountedDowntime.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration));
        });
    }

    [Fact]
    public void Measure_Property_AgreesWithAMinuteByMinuteOracle()
    {
        // All boundaries are whole minutes (the calendars' hours too, and DST shifts whole hours), so sampling each
        // minute's start decides the whole minute.
        PropertyRunner.Run(OutageScenarios(maxDays: 2), s =>
        {
            AvailabilityReport report = ServiceAvailability.Measure(s.Calendar, s.Period, s.Outages, s.Planned);
            long service = 0;
            long planned = 0;
            long down = 0;
            for (Instant m = s.Period.Start; m < s.Period.End; m += Duration.FromMinutes(1))
            {
                if (!s.Calendar.IsWorking(m))
                {
                    continue;
                }

                service++;
                if (Contains(s.Planned, m))
                {
                    planned++;
                }
                else if (Contains(s.Outages, m))
                {
                    down++;
                }
            }

            Assert.Equal(Duration.FromMinutes(service), report.ServiceHoursTime);
            Assert.Equal(Duration.FromMinutes(planned), report.PlannedDowntimeExcluded);
            Assert.Equal(Duration.FromMinutes(down), report.Downtime);
        }, maxTest: 100);
    }

    [Fact]
    public void Measure_Property_AddingAnOutageNeverIncreasesAvailability()
    {
        var gen = from s in OutageScenarios()
                  from extra in IntervalNear(0, 4 * 24 * 60, 24 * 60)
                  select (Scenario: s, Extra: extra);
        PropertyRunner.Run(gen, t =>
        {
            AvailabilityReport before = ServiceAvailability.Measure(t.Scenario.Calendar, t.Scenario.Period, t.Scenario.Outages, t.Scenario.Planned);
            AvailabilityReport after = ServiceAvailability.Measure(t.Scenario.Calendar, t.Scenario.Period, t.Scenario.Outages.Append(t.Extra), t.Scenario.Planned);

            Assert.True(after.Availability <= before.Availability, $"{t}: {after.Availability} > {before.Availability}");
            Assert.True(after.Downtime >= before.Downtime, t.ToString());
            Assert.Equal(before.AgreedServiceTime, after.AgreedServiceTime);
        });
    }

    [Fact]
    public void Measure_Property_OutageOrderAndDuplicatesDoNotMatter()
    {
        var gen = from s in OutageScenarios()
                  from seed in Gen.Choose(0, int.MaxValue)
                  select (Scenario: s, Seed: seed);
        PropertyRunner.Run(gen, t =>
        {
            Scenario s = t.Scenario;
            var random = new Random(t.Seed);
            Interval[] shuffled = s.Outages.Concat(s.Outages.Where(_ => random.Next(2) == 0)).OrderBy(_ => random.Next()).ToArray();
            Interval[] plannedShuffled = s.Planned.OrderBy(_ => random.Next()).ToArray();

            AvailabilityReport original = ServiceAvailability.Measure(s.Calendar, s.Period, s.Outages, s.Planned);
            AvailabilityReport reordered = ServiceAvailability.Measure(s.Calendar, s.Period, shuffled, plannedShuffled);
            AvailabilityReport remeasured = ServiceAvailability.Measure(s.Calendar, s.Period, original.CountedDowntime, s.Planned);

            Assert.Equal(original.Downtime, reordered.Downtime);
            Assert.Equal(original.CountedDowntime, reordered.CountedDowntime);
            Assert.Equal(original.PlannedDowntime, reordered.PlannedDowntime);
            Assert.Equal(original.CountedDowntime, remeasured.CountedDowntime);
        });
    }
}
