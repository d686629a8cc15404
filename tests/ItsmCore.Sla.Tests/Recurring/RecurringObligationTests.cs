using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.RecurringFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class RecurringObligationTests
{
    private static readonly Instant Start = Jst(13, 30);

    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var obligation = new RecurringObligation("Interim report", Duration.FromMinutes(60), RecurrenceAnchoring.FromLastReport);

        Assert.Equal("Interim report", obligation.Name);
        Assert.Equal(Duration.FromMinutes(60), obligation.Interval);
        Assert.Equal(RecurrenceAnchoring.FromLastReport, obligation.Anchoring);
    }

    [Fact]
    public void Constructor_NullName_ThrowsNamingName()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new RecurringObligation(null!, Duration.FromHours(1), RecurrenceAnchoring.FixedSchedule));
        Assert.Equal("name", e.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_EmptyName_ThrowsNamingName(string name)
    {
        var e = Assert.Throws<ArgumentException>(() => new RecurringObligation(name, Duration.FromHours(1), RecurrenceAnchoring.FixedSchedule));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("empty", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(-3_600_000_000_000L)]
    public void Constructor_IntervalNotPositive_ThrowsNamingInterval(long nanoseconds)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => new RecurringObligation("x", Duration.FromNanoseconds(nanoseconds), RecurrenceAnchoring.FixedSchedule));
        Assert.Equal("interval", e.ParamName);
        Assert.Contains("positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_IntervalLongerThanSupportedRange_ThrowsNamingInterval()
    {
        Duration range = BusinessCalendar.MaxSupportedInstant - BusinessCalendar.MinSupportedInstant;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringObligation("x", range, RecurrenceAnchoring.FixedSchedule));
        Assert.Equal("interval", e.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void Constructor_UndefinedAnchoring_ThrowsNamingAnchoring(int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new RecurringObligation("x", Duration.FromHours(1), (RecurrenceAnchoring)value));
        Assert.Equal("anchoring", e.ParamName);
    }

    [Fact]
    public void Equals_SameDefinition_EqualWithSameHashCode()
    {
        RecurringObligation a = Hourly(RecurrenceAnchoring.FixedSchedule);
        RecurringObligation b = Hourly(RecurrenceAnchoring.FixedSchedule);

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals(null));
        Assert.NotEqual(a, Hourly(RecurrenceAnchoring.FromLastReport));
        Assert.NotEqual(a, new RecurringObligation("Interim report", Duration.FromMinutes(30), RecurrenceAnchoring.FixedSchedule));
        Assert.NotEqual(a, new RecurringObligation("interim report", Duration.FromMinutes(60), RecurrenceAnchoring.FixedSchedule));
    }

    [Fact]
    public void ToString_Always_NamesIntervalAndAnchoring()
    {
        Assert.Equal("Interim report: every 0:01:00:00 of working time (FixedSchedule)", Hourly(RecurrenceAnchoring.FixedSchedule).ToString());
    }

    [Fact]
    public void Evaluate_NullCalendar_ThrowsNamingCalendar()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(null!, Start, null, Array.Empty<Instant>(), Start));
        Assert.Equal("calendar", e.ParamName);
    }

    [Fact]
    public void Evaluate_NullReports_ThrowsNamingReports()
    {
        var e = Assert.Throws<ArgumentNullException>(() => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, null!, Start));
        Assert.Equal("reports", e.ParamName);
    }

    [Fact]
    public void Evaluate_StartOutsideSupportedRange_ThrowsNamingStart()
    {
        Instant early = BusinessCalendar.MinSupportedInstant - Duration.Epsilon;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, early, null, Array.Empty<Instant>(), Start));
        Assert.Equal("start", e.ParamName);
    }

    [Fact]
    public void Evaluate_NowOutsideSupportedRange_ThrowsNamingNow()
    {
        Instant late = BusinessCalendar.MaxSupportedInstant;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Array.Empty<Instant>(), late));
        Assert.Equal("now", e.ParamName);
    }

    [Fact]
    public void Evaluate_NowBeforeStart_ThrowsNamingNow()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Array.Empty<Instant>(), Start - Duration.Epsilon));
        Assert.Equal("now", e.ParamName);
        Assert.Contains("before the start", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EndBeforeStart_ThrowsNamingEnd()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, Start - Duration.Epsilon, Array.Empty<Instant>(), Jst(18, 0)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("before the start", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EndAfterNow_ThrowsNamingEnd()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(
            () => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, Jst(18, 0), Array.Empty<Instant>(), Jst(17, 0)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("after the evaluation instant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReportBeforeStart_ThrowsNamingReportsAndPosition()
    {
        var e = Assert.Throws<ArgumentException>(
            () => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((14, 0), (13, 29)), Jst(15, 0)));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("position 1", e.Message, StringComparison.Ordinal);
        Assert.Contains("before the start", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReportAfterNow_ThrowsNamingReports()
    {
        var e = Assert.Throws<ArgumentException>(
            () => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((15, 1)), Jst(15, 0)));
        Assert.Equal("reports", e.ParamName);
        Assert.Contains("after the evaluation instant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ExactlyMaxOccurrences_Succeeds()
    {
        // One nanosecond of working time per occurrence on 24x7: due instants start + 1 ns ... start + 100,000 ns.
        var obligation = new RecurringObligation("tight", Duration.Epsilon, RecurrenceAnchoring.FixedSchedule);
        Instant end = Start + Duration.FromNanoseconds(RecurringObligation.MaxOccurrences + 1);

        RecurringObligationEvaluation result = obligation.Evaluate(Tokyo24x7, Start, end, Array.Empty<Instant>(), end);

        Assert.Equal(RecurringObligation.MaxOccurrences, result.Occurrences.Count);
        Assert.Equal(RecurringObligation.MaxOccurrences, result.MissedCount);
    }

    [Fact]
    public void Evaluate_MoreThanMaxOccurrencesBeforeEnd_ThrowsNamingEnd()
    {
        var obligation = new RecurringObligation("tight", Duration.Epsilon, RecurrenceAnchoring.FixedSchedule);
        Instant end = Start + Duration.FromNanoseconds(RecurringObligation.MaxOccurrences + 2);

        var e = Assert.Throws<ArgumentException>(() => obligation.Evaluate(Tokyo24x7, Start, end, Array.Empty<Instant>(), end));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("more than 100000 occurrences", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_MoreThanMaxOccurrencesBeforeNowWhileRunning_ThrowsNamingNow()
    {
        // One minute per occurrence, unresolved for a year.
        var obligation = new RecurringObligation("every minute", Duration.FromMinutes(1), RecurrenceAnchoring.FromLastReport);

        var e = Assert.Throws<ArgumentException>(() => obligation.Evaluate(Tokyo24x7, Start, null, Array.Empty<Instant>(), Start + Duration.FromDays(365)));
        Assert.Equal("now", e.ParamName);
        Assert.Contains("'every minute'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CalendarWithoutWorkingTime_ThrowsWorkingTimeNotFound()
    {
        BusinessCalendar never = BusinessCalendar.CreateBuilder("never", Tokyo).Build();

        Assert.Throws<WorkingTimeNotFoundException>(() => Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(never, Start, null, Array.Empty<Instant>(), Start));
    }

    [Fact]
    public void Evaluate_ReportExactlyAtDueInstant_MeetsIt()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Jst((14, 30)), Jst(14, 40));

        AssertOccurrences(result, Met(Start, Jst(14, 30), Jst(14, 30)), Pending(Jst(14, 30), Jst(15, 30)));
    }

    [Fact]
    public void Evaluate_ReportOneNanosecondAfterDueInstant_MeetsOnlyTheNextOccurrence()
    {
        Instant late = Jst(14, 30) + Duration.Epsilon;

        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, new[] { late }, Jst(14, 40));

        AssertOccurrences(result, Missed(Start, Jst(14, 30)), Met(Jst(14, 30), Jst(15, 30), late), Pending(Jst(15, 30), Jst(16, 30)));
    }

    [Fact]
    public void Evaluate_ReportExactlyAtStart_MeetsNothingAndIsListedUnattributed()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport).Evaluate(Tokyo24x7, Start, null, new[] { Start }, Jst(14, 0));

        AssertOccurrences(result, Pending(Start, Jst(14, 30)));
        Assert.Equal(new[] { Start }, result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_NowExactlyAtDueInstant_OccurrenceStillPending()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, Array.Empty<Instant>(), Jst(14, 30));

        AssertOccurrences(result, Pending(Start, Jst(14, 30)));
        Assert.Equal(Jst(14, 30), result.NextDue);
        Assert.False(result.IsOverdue);
    }

    [Fact]
    public void Evaluate_NowOneNanosecondAfterDueInstant_OccurrenceMissedAndOverdue()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Start, null, Array.Empty<Instant>(), Jst(14, 30) + Duration.Epsilon);

        AssertOccurrences(result, Missed(Start, Jst(14, 30)), Pending(Jst(14, 30), Jst(15, 30)));
        Assert.Equal(Jst(14, 30), result.OverdueSince);
    }

    [Theory]
    [InlineData(RecurrenceAnchoring.FixedSchedule)]
    [InlineData(RecurrenceAnchoring.FromLastReport)]
    public void Evaluate_OccurrenceDueExactlyAtEnd_DoesNotExist(RecurrenceAnchoring anchoring)
    {
        RecurringObligationEvaluation result = Hourly(anchoring).Evaluate(Tokyo24x7, Start, Jst(15, 30), Jst((14, 30)), Jst(16, 0));

        AssertOccurrences(result, Met(Start, Jst(14, 30), Jst(14, 30)));
        Assert.Null(result.NextDue);
    }

    [Fact]
    public void Evaluate_OccurrenceDueOneNanosecondBeforeEnd_IsOwed()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Start, Jst(15, 30) + Duration.Epsilon, Jst((14, 30)), Jst(16, 0));

        AssertOccurrences(result, Met(Start, Jst(14, 30), Jst(14, 30)), Missed(Jst(14, 30), Jst(15, 30)));
    }

    [Fact]
    public void Evaluate_EndAtStart_HasNoOccurrences()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, Start, new[] { Start }, Start);

        Assert.Empty(result.Occurrences);
        Assert.Equal((0, 0, 0), (result.MetCount, result.MissedCount, result.PendingCount));
        Assert.Null(result.NextDue);
        Assert.Equal(new[] { Start }, result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_ReportAfterEnd_IsAllowedAndUnattributed()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, Jst(14, 0), Jst((14, 10)), Jst(15, 0));

        Assert.Empty(result.Occurrences);
        Assert.Equal(Jst((14, 10)), result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_FixedScheduleTwoReportsInOnePeriod_OnlyTheEarliestCounts()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FixedSchedule)
            .Evaluate(Tokyo24x7, Start, null, Jst((14, 20), (13, 40)), Jst(14, 50));

        AssertOccurrences(result, Met(Start, Jst(14, 30), Jst(13, 40)), Pending(Jst(14, 30), Jst(15, 30)));
        Assert.Equal(Jst((14, 20)), result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_FromLastReportTwoReportsInQuickSuccession_EachRestartsTheSchedule()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport)
            .Evaluate(Tokyo24x7, Start, null, Jst((13, 40), (14, 20)), Jst(14, 50));

        AssertOccurrences(
            result,
            Met(Start, Jst(14, 30), Jst(13, 40)),
            Met(Jst(13, 40), Jst(14, 40), Jst(14, 20)),
            Pending(Jst(14, 20), Jst(15, 20)));
        Assert.Empty(result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_FromLastReportLongSilence_MissesOncePerIntervalThenRestartsFromTheLateReport()
    {
        // No report for three hours: misses at 14:30, 15:30, 16:30; the 17:00 report meets the occurrence due 17:30
        // and the next is due an hour after it.
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport).Evaluate(Tokyo24x7, Start, null, Jst((17, 0)), Jst(17, 5));

        AssertOccurrences(
            result,
            Missed(Start, Jst(14, 30)),
            Missed(Jst(14, 30), Jst(15, 30)),
            Missed(Jst(15, 30), Jst(16, 30)),
            Met(Jst(16, 30), Jst(17, 30), Jst(17, 0)),
            Pending(Jst(17, 0), Jst(18, 0)));
        Assert.False(result.IsOverdue);
    }

    [Fact]
    public void Evaluate_DuplicateReports_TheCopyIsUnattributed()
    {
        RecurringObligationEvaluation result = Hourly(RecurrenceAnchoring.FromLastReport)
            .Evaluate(Tokyo24x7, Start, null, Jst((14, 0), (14, 0), (14, 0)), Jst(14, 10));

        AssertOccurrences(result, Met(Start, Jst(14, 30), Jst(14, 0)), Pending(Jst(14, 0), Jst(15, 0)));
        Assert.Equal(Jst((14, 0), (14, 0)), result.UnattributedReports);
    }

    [Fact]
    public void Evaluate_FromLastReportTwoWeekendReports_TwoOccurrencesShareTheMondayDueInstant()
    {
        // Start Saturday 09:00 on Mon-Fri 09:00-18:00. No working time passes between Saturday's reports, so the
        // report owed after each of them is due at the same instant, Monday 13:00 (documented behaviour).
        Instant saturday0900 = Jst(9, 0) - Duration.FromDays(3);
        Instant saturday1000 = saturday0900 + Duration.FromHours(1);
        Instant saturday1100 = saturday0900 + Duration.FromHours(2);
        Instant monday1300 = Jst(13, 0) - Duration.FromDays(1);
        var obligation = new RecurringObligation("Customer update", Duration.FromHours(4), RecurrenceAnchoring.FromLastReport);

        RecurringObligationEvaluation result = obligation.Evaluate(TokyoNineToSix, saturday0900, null, new[] { saturday1000, saturday1100 }, saturday1100);

        AssertOccurrences(
            result,
            Met(saturday0900, monday1300, saturday1000),
            Met(saturday1000, monday1300, saturday1100),
            Pending(saturday1100, monday1300));
    }

    [Fact]
    public void Evaluate_ReportsInAnyOrder_GiveTheSameResult()
    {
        Instant[] reports = Jst((17, 20), (14, 25), (16, 20), (15, 30), (14, 25));
        RecurringObligation obligation = Hourly(RecurrenceAnchoring.FromLastReport);

        RecurringObligationEvaluation a = obligation.Evaluate(Tokyo24x7, Start, null, reports, Jst(18, 0));
        RecurringObligationEvaluation b = obligation.Evaluate(Tokyo24x7, Start, null, reports.OrderBy(r => r).ToArray(), Jst(18, 0));

        Assert.Equal(a.Occurrences, b.Occurrences);
        Assert.Equal(a.UnattributedReports, b.UnattributedReports);
    }

    [Fact]
    public void Evaluate_ReportSequence_IsEnumeratedOnce()
    {
        var reports = new CountingSequence(Jst((14, 0), (15, 0)));

        Hourly(RecurrenceAnchoring.FixedSchedule).Evaluate(Tokyo24x7, Start, null, reports, Jst(15, 10));

        Assert.Equal(1, reports.Enumerations);
    }

    private sealed class CountingSequence : IEnumerable<Instant>
    {
        private readonly Instant[] items;

        public CountingSequence(Instant[] items) => this.items = items;

        public int Enumerations { get; private set; }

        public IEnumerator<Instant> GetEnumerator()
        {
            Enumerations++;
            return ((IEnumerable<Instant>)items).GetEnumerator();
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
