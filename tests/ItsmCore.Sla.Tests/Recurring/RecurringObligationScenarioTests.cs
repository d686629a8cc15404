using System;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Sla.Tests.RecurringFixtures;

namespace ItsmCore.Sla.Tests;

/// <summary>
/// The recurring obligations of the domain brief, reproduced exactly: case 1 (interim report every 60 min while a
/// service-affecting failure is unresolved, 24x7 Asia/Tokyo), case 2's major-incident timeline used as reports, and
/// a customer update every 4 working hours across a weekend (and a Japanese holiday).
/// </summary>
public sealed class RecurringObligationScenarioTests
{
    private static readonly Instant[] Case1Reports = Jst((14, 25), (15, 30), (16, 20), (17, 20));

    // Case 2: sales told 14:30; supplier notification 15:00; notice agreed 15:30; verified 17:00; approved 17:30;
    // live 17:45; closed 18:00. (The supplier outage from 13:30 is the start.)
    private static readonly Instant[] Case2Reports = Jst((14, 30), (15, 0), (15, 30), (17, 0), (17, 30), (17, 45), (18, 0));

    [Fact]
    public void Evaluate_Case1FixedScheduleFailure1330To1800_AllFourHourlyReportsMet()
    {
        // Due 14:30, 15:30, 16:30, 17:30 (18:30 is after the resolution). 15:30 is exactly at its due instant.
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Jst(13, 30), Jst(18, 0), Case1Reports, Jst(18, 0));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)),
            Met(Jst(14, 30), Jst(15, 30), Jst(15, 30)),
            Met(Jst(15, 30), Jst(16, 30), Jst(16, 20)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 20)));
        Assert.Equal((4, 0, 0), (result.MetCount, result.MissedCount, result.PendingCount));
        Assert.True(result.HasEnded);
        Assert.Null(result.NextDue);
        Assert.False(result.IsOverdue);
        Assert.Empty(result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_Case1FromLastReportFailure1330To1800_ReportAt1530IsFiveMinutesLate()
    {
        // 60 min after the 14:25 report is 15:25, and the 15:30 report is five minutes late: that occurrence is
        // missed. The schedule goes on from 15:25 (due 16:25); the 15:30 report meets that one and restarts the
        // schedule from itself (due 16:30).
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport)
            .Evaluate(Tokyo24x7, Jst(13, 30), Jst(18, 0), Case1Reports, Jst(18, 0));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)),
            Missed(Jst(14, 25), Jst(15, 25)),
            Met(Jst(15, 25), Jst(16, 25), Jst(15, 30)),
            Met(Jst(15, 30), Jst(16, 30), Jst(16, 20)),
            Met(Jst(16, 20), Jst(17, 20), Jst(17, 20)));

        // The next report would be due at 18:20, after the resolution at 18:00: not owed.
        Assert.Equal((4, 1, 0), (result.MetCount, result.MissedCount, result.PendingCount));
        Assert.Empty(result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_Case1FixedScheduleReportFiveMinutesAfterDue_DoesNotMendTheMissedHour()
    {
        // 15:35 is after the 15:30 due instant: occurrence 2 is missed and 15:35 counts for the 16:30 period,
        // which makes 16:20 surplus.
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Jst(13, 30), Jst(18, 0), Jst((14, 25), (15, 35), (16, 20), (17, 20)), Jst(18, 0));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)),
            Missed(Jst(14, 30), Jst(15, 30)),
            Met(Jst(15, 30), Jst(16, 30), Jst(15, 35)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 20)));
        Assert.Equal(new[] { Jst(16, 20) }, result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_Case1WhileUnresolvedAfterAMissedHour_IsOverdueUntilTheNextReport()
    {
        RecurringObligation obligation = Hourly(RecurrenceAnchoring.FixedSchedule);
        var clock = new FakeClock(Jst(15, 0));

        RecurringObligationEvaluation at1500 = obligation.Evaluate(Tokyo24x7, Jst(13, 30), null, Jst((14, 25)), clock.GetCurrentInstant());
        AssertOccurrences(at1500, Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)), Pending(Jst(14, 30), Jst(15, 30)));
        Assert.Equal(Jst(15, 30), at1500.NextDue);
        Assert.False(at1500.IsOverdue);

        clock.SetTo(Jst(15, 45));
        RecurringObligationEvaluation at1545 = obligation.Evaluate(Tokyo24x7, Jst(13, 30), null, Jst((14, 25)), clock.GetCurrentInstant());
        AssertOccurrences(
            at1545,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)),
            Missed(Jst(14, 30), Jst(15, 30)),
            Pending(Jst(15, 30), Jst(16, 30)));
        Assert.Equal(Jst(16, 30), at1545.NextDue);
        Assert.Equal(Jst(15, 30), at1545.OverdueSince);

        // A report at 15:50 meets the 16:30 period early; the next one is due 17:30.
        clock.SetTo(Jst(15, 55));
        RecurringObligationEvaluation at1555 = obligation.Evaluate(Tokyo24x7, Jst(13, 30), null, Jst((14, 25), (15, 50)), clock.GetCurrentInstant());
        AssertOccurrences(
            at1555,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 25)),
            Missed(Jst(14, 30), Jst(15, 30)),
            Met(Jst(15, 30), Jst(16, 30), Jst(15, 50)),
            Pending(Jst(16, 30), Jst(17, 30)));
        Assert.Equal(Jst(17, 30), at1555.NextDue);
        Assert.False(at1555.IsOverdue);
        Assert.Equal((2, 1, 1), (at1555.MetCount, at1555.MissedCount, at1555.PendingCount));
    }

    [Fact]
    public void Evaluate_Case2TimelineFixedSchedule_SixteenThirtyMissed()
    {
        // Due 14:30, 15:30, 16:30, 17:30; closed at 18:00 (18:30 never falls due).
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Jst(13, 30), Jst(18, 0), Case2Reports, Jst(18, 0));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 30)),
            Met(Jst(14, 30), Jst(15, 30), Jst(15, 0)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 0)));
        Assert.Equal((3, 1, 0), (result.MetCount, result.MissedCount, result.PendingCount));

        // 15:30 is a second report in the 14:30-15:30 period; 17:30, 17:45 and 18:00 fall in the period that
        // would end 18:30, after the failure was closed.
        Assert.Equal(Jst((15, 30), (17, 30), (17, 45), (18, 0)), result.UnattributedReports);
        Assert.Null(result.NextDue);
        Assert.False(result.IsOverdue);
    }

    [Fact]
    public void Evaluate_Case2TimelineFromLastReport_SilenceFrom1530To1700MissesOnce()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport)
            .Evaluate(Tokyo24x7, Jst(13, 30), Jst(18, 0), Case2Reports, Jst(18, 0));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 30)),
            Met(Jst(14, 30), Jst(15, 30), Jst(15, 0)),
            Met(Jst(15, 0), Jst(16, 0), Jst(15, 30)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 0)));
        Assert.Equal((4, 1, 0), (result.MetCount, result.MissedCount, result.PendingCount));

        // The next report would be due 18:00 (60 min after 17:00), exactly when the failure was closed: not owed.
        Assert.Equal(Jst((17, 30), (17, 45), (18, 0)), result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_Case2TimelineLiveAt1645_OverdueSince1630()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Jst(13, 30), null, Jst((14, 30), (15, 0), (15, 30)), Jst(16, 45));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 30)),
            Met(Jst(14, 30), Jst(15, 30), Jst(15, 0)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Pending(Jst(16, 30), Jst(17, 30)));
        Assert.Equal(Jst(16, 30), result.OverdueSince);
        Assert.True(result.IsOverdue);
        Assert.Equal(Jst(17, 30), result.NextDue);
        Assert.Equal(Jst((15, 30)), result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_Case2TimelineLiveAt1710_VerifiedAt1700MeetsThe1730PeriodEarly()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Jst(13, 30), null, Jst((14, 30), (15, 0), (15, 30), (17, 0)), Jst(17, 10));

        AssertOccurrences(
            result,
            Met(Jst(13, 30), Jst(14, 30), Jst(14, 30)),
            Met(Jst(14, 30), Jst(15, 30), Jst(15, 0)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 0)),
            Pending(Jst(17, 30), Jst(18, 30)));
        Assert.False(result.IsOverdue);
        Assert.Equal(Jst(18, 30), result.NextDue);
    }

    [Fact]
    public void Evaluate_EveryFourWorkingHoursFixedScheduleAcrossWeekend_DueInstantsSkipNonWorkingTime()
    {
        // Friday 20 November 2026 16:30 on Mon-Fri 09:00-18:00: 1.5 h on Friday, then Monday.
        Instant start = 20.November(2026).At(16, 30).ToInstantStrictly(Tokyo);
        Instant mon1000 = 23.November(2026).At(10, 0).ToInstantStrictly(Tokyo);
        Instant mon1130 = 23.November(2026).At(11, 30).ToInstantStrictly(Tokyo);
        Instant mon1530 = 23.November(2026).At(15, 30).ToInstantStrictly(Tokyo);
        Instant mon1600 = 23.November(2026).At(16, 0).ToInstantStrictly(Tokyo);
        Instant tue1030 = 24.November(2026).At(10, 30).ToInstantStrictly(Tokyo);
        Instant tue1430 = 24.November(2026).At(14, 30).ToInstantStrictly(Tokyo);
        var obligation = new RecurringObligation("Customer update", Duration.FromHours(4), RecurrenceAnchoring.FixedSchedule);

        RecurringObligationEvaluation result = obligation.Evaluate(TokyoNineToSix, start, null, new[] { mon1000, mon1600 }, Jst(12, 0));

        AssertOccurrences(
            result,
            Met(start, mon1130, mon1000),
            Missed(mon1130, mon1530),
            Met(mon1530, tue1030, mon1600),
            Pending(tue1030, tue1430));
        foreach (RecurringOccurrence occurrence in result.Occurrences)
        {
            Assert.Equal(Duration.FromHours(4), TokyoNineToSix.WorkingTimeBetween(occurrence.Anchor, occurrence.Due));
        }

        Assert.Equal(tue1430, result.NextDue);
        Assert.False(result.IsOverdue);
    }

    [Fact]
    public void Evaluate_EveryFourWorkingHoursFromLastReportAcrossWeekend_RestartsAfterEachReport()
    {
        Instant start = 20.November(2026).At(16, 30).ToInstantStrictly(Tokyo);
        Instant mon1000 = 23.November(2026).At(10, 0).ToInstantStrictly(Tokyo);
        Instant mon1130 = 23.November(2026).At(11, 30).ToInstantStrictly(Tokyo);
        Instant mon1400 = 23.November(2026).At(14, 0).ToInstantStrictly(Tokyo);
        Instant mon1600 = 23.November(2026).At(16, 0).ToInstantStrictly(Tokyo);
        Instant mon1800 = 23.November(2026).At(18, 0).ToInstantStrictly(Tokyo);
        var obligation = new RecurringObligation("Customer update", Duration.FromHours(4), RecurrenceAnchoring.FromLastReport);

        RecurringObligationEvaluation result = obligation.Evaluate(TokyoNineToSix, start, null, new[] { mon1000, mon1600 }, Jst(12, 0));

        // Monday 10:00 + 4 h = 14:00 (missed); 14:00 + 4 h = 18:00, the close of Monday (met by 16:00);
        // 16:00 + 4 h = Tuesday 11:00 (2 h Monday, 2 h Tuesday; missed by 12:00); 11:00 + 4 h = 15:00.
        AssertOccurrences(
            result,
            Met(start, mon1130, mon1000),
            Missed(mon1000, mon1400),
            Met(mon1400, mon1800, mon1600),
            Missed(mon1600, Jst(11, 0)),
            Pending(Jst(11, 0), Jst(15, 0)));
        Assert.Equal(Jst(11, 0), result.OverdueSince);
        Assert.Equal(Jst(15, 0), result.NextDue);
    }

    [Fact]
    public void Evaluate_EveryFourWorkingHoursOverLabourThanksgivingWeekend_SkipsTheHolidayMonday()
    {
        // Monday 23 November 2026 is Labour Thanksgiving Day: the first update falls due on Tuesday 11:30.
        BusinessCalendar calendar = TestCalendars.TokyoBusinessDays();
        Instant start = 20.November(2026).At(16, 30).ToInstantStrictly(Tokyo);
        var obligation = new RecurringObligation("Customer update", Duration.FromHours(4), RecurrenceAnchoring.FixedSchedule);

        RecurringObligationEvaluation result = obligation.Evaluate(calendar, start, null, Array.Empty<Instant>(), Jst(12, 0));

        AssertOccurrences(result, Missed(start, Jst(11, 30)), Pending(Jst(11, 30), Jst(15, 30)));
        Assert.Equal(Jst(11, 30), result.OverdueSince);
    }
}
