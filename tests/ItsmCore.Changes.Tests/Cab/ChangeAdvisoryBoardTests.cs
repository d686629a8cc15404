using System;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Changes.Tests.Fixtures;

namespace ItsmCore.Changes.Tests.Cab;

/// <summary>Exact dates of <see cref="ChangeAdvisoryBoard"/> on the Tokyo office calendar (weekdays 09:00-18:00, JP holidays), worked out by hand.</summary>
public sealed class ChangeAdvisoryBoardTests
{
    private static readonly NodaTime.Interval Year2026 = new(Jst(2026, 1, 1, 0), Jst(2027, 1, 1, 0));

    private static ChangeAdvisoryBoard Board(MeetingRule rule, CabCutOff? cutOff = null, Duration leadTime = default, BusinessCalendar? calendar = null) =>
        new("cab", calendar ?? TokyoOffice, rule, new LocalTime(14, 0), cutOff ?? CabCutOff.AtMeetingStart, leadTime);

    private static LocalDate[] Dates(ChangeAdvisoryBoard board) => [.. board.MeetingsIn(Year2026).Select(m => m.Date)];

    [Fact]
    public void MeetingsIn_MonthlyOnThe10thMovedForward_SkipsWeekendsAndHolidays()
    {
        // Jan 10 is a Saturday and Jan 12 Coming of Age Day; May 10 a Sunday; Oct 10 a Saturday and Oct 12 Sports Day.
        LocalDate[] expected =
        [
            new(2026, 1, 13), new(2026, 2, 10), new(2026, 3, 10), new(2026, 4, 10), new(2026, 5, 11), new(2026, 6, 10),
            new(2026, 7, 10), new(2026, 8, 10), new(2026, 9, 10), new(2026, 10, 13), new(2026, 11, 10), new(2026, 12, 10),
        ];
        Assert.Equal(expected, Dates(Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next))));
    }

    [Fact]
    public void MeetingsIn_MonthlyMovedToPreviousOrNearest_GoesBackWhenCloser()
    {
        LocalDate[] previous = Dates(Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Previous)));
        Assert.Equal(new LocalDate(2026, 1, 9), previous[0]);
        Assert.Equal(new LocalDate(2026, 5, 8), previous[4]);
        Assert.Equal(new LocalDate(2026, 10, 9), previous[9]);

        // Nearest: Jan 10 (Sat): Fri 9th is 1 day away, Tue 13th 3 days; May 10 (Sun): Mon 11th is 1 day, Fri 8th 2 days.
        LocalDate[] nearest = Dates(Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Nearest)));
        Assert.Equal(new LocalDate(2026, 1, 9), nearest[0]);
        Assert.Equal(new LocalDate(2026, 5, 11), nearest[4]);
        Assert.Equal(new LocalDate(2026, 10, 9), nearest[9]);
    }

    [Fact]
    public void MeetingsIn_NearestOnATie_TakesTheLaterDay()
    {
        // Sat 11 April 2026 with Friday the 10th a holiday: Thursday the 9th and Monday the 13th are both 2 days away.
        BusinessCalendar calendar = BusinessCalendar.CreateBuilder("tie", Tokyo).WithWeekdayHours("09:00-18:00").AddHoliday(new LocalDate(2026, 4, 10)).Build();
        LocalDate[] dates = Dates(Board(MeetingRule.MonthlyOnDay(11, BusinessDayMove.Nearest), calendar: calendar));
        Assert.Equal(new LocalDate(2026, 4, 13), dates[3]);
    }

    [Fact]
    public void MeetingsIn_Day31_IsClampedToEachMonthsLastDay()
    {
        LocalDate[] dates = Dates(Board(MeetingRule.MonthlyOnDay(31, BusinessDayMove.Previous)));

        // Feb 28 2026 is a Saturday (previous: Fri 27th); Apr 30 a Thursday; May 31 a Sunday (Fri 29th).
        Assert.Equal(12, dates.Length);
        Assert.Equal(new LocalDate(2026, 2, 27), dates[1]);
        Assert.Equal(new LocalDate(2026, 4, 30), dates[3]);
        Assert.Equal(new LocalDate(2026, 5, 29), dates[4]);
    }

    [Fact]
    public void MeetingsIn_MovesAcrossMonths_KeepTheSortedDistinctSet()
    {
        // Day 1 moved to the previous business day: 1 Feb 2026 is a Sunday, so February's meeting is Fri 30 January;
        // 1 Jan 2026 is a holiday (New Year) and moves to 31 Dec 2025, outside 2026, while 1 Jan 2027 moves into 2026.
        LocalDate[] dates = Dates(Board(MeetingRule.MonthlyOnDay(1, BusinessDayMove.Previous)));
        Assert.Equal(new LocalDate(2026, 1, 30), dates[0]);
        Assert.Equal(new LocalDate(2026, 2, 27), dates[1]);
        Assert.Equal(new LocalDate(2026, 12, 31), dates[^1]);
        Assert.Equal(12, dates.Length);
    }

    [Fact]
    public void MeetingsIn_FifthFriday_OnlyInMonthsThatHaveOne()
    {
        LocalDate[] expected = [new(2026, 1, 30), new(2026, 5, 29), new(2026, 7, 31), new(2026, 10, 30)];
        Assert.Equal(expected, Dates(Board(MeetingRule.NthWeekdayOfMonth(5, IsoDayOfWeek.Friday))));
    }

    [Fact]
    public void MeetingsIn_SecondMondayOnAHoliday_MovesForward()
    {
        LocalDate[] dates = Dates(Board(MeetingRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Monday)));
        Assert.Equal(new LocalDate(2026, 1, 13), dates[0]); // 12 Jan: Coming of Age Day
        Assert.Equal(new LocalDate(2026, 10, 13), dates[9]); // 12 Oct: Sports Day
        Assert.Equal(new LocalDate(2026, 2, 9), dates[1]);
    }

    [Fact]
    public void MeetingsIn_LastWednesday_IsTheLastOneOfEachMonth()
    {
        LocalDate[] dates = Dates(Board(MeetingRule.LastWeekdayOfMonth(IsoDayOfWeek.Wednesday)));
        Assert.Equal(new LocalDate(2026, 1, 28), dates[0]);
        Assert.Equal(new LocalDate(2026, 9, 30), dates[8]);
        Assert.Equal(new LocalDate(2026, 12, 30), dates[11]);
    }

    [Fact]
    public void MeetingsIn_EveryTwoWeeks_MovesEachDateOnItsOwnWithoutReanchoring()
    {
        LocalDate[] dates = Dates(Board(MeetingRule.EveryWeeks(2, new LocalDate(2026, 1, 5))));

        // Nominal Mondays from 5 January; 20 July is Marine Day (moved to Tuesday 21st), and the next stays Monday 3 August.
        int july = Array.IndexOf(dates, new LocalDate(2026, 7, 21));
        Assert.True(july > 0);
        Assert.Equal(new LocalDate(2026, 7, 6), dates[july - 1]);
        Assert.Equal(new LocalDate(2026, 8, 3), dates[july + 1]);
        Assert.Equal(new LocalDate(2026, 1, 5), dates[0]);
        Assert.Equal(26, dates.Length);
    }

    [Fact]
    public void MeetingsIn_EveryWeeksBeforeTheAnchor_HasNoMeeting()
    {
        LocalDate[] dates = Dates(Board(MeetingRule.EveryWeeks(4, new LocalDate(2026, 6, 1))));
        Assert.Equal(new LocalDate(2026, 6, 1), dates[0]);
        Assert.Equal(new LocalDate(2026, 6, 29), dates[1]);
    }

    [Fact]
    public void NextMeeting_AtTheMeetingStart_IsTheFollowingMeeting()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next));
        Assert.Equal(Jst(2026, 2, 10, 14), board.NextMeeting(Jst(2026, 2, 10, 13, 59)).Start);
        Assert.Equal(Jst(2026, 3, 10, 14), board.NextMeeting(Jst(2026, 2, 10, 14)).Start);
    }

    [Fact]
    public void CutOff_FiveBusinessDays_IsTheMeetingTimeOnTheFifthBusinessDayBefore()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), CabCutOff.BusinessDaysBefore(5));

        // Tue 10 Feb: back over Mon 9, Fri 6, Thu 5, Wed 4, Tue 3. Tue 10 Nov: Mon 9, Fri 6, Thu 5, Wed 4, (Tue 3 Culture Day), Mon 2.
        Assert.Equal(Jst(2026, 2, 3, 14), board.NextMeeting(Jst(2026, 2, 1, 0)).CutOff);
        Assert.Equal(Jst(2026, 11, 2, 14), board.NextMeeting(Jst(2026, 11, 1, 0)).CutOff);
    }

    [Fact]
    public void Forecast_WorkingHoursCutOff_ExactlyAtItIsIn()
    {
        // Tue 10 Feb 14:00 minus 8 working hours: 5 h on Tuesday (09:00-14:00), 3 h on Monday (15:00-18:00).
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), CabCutOff.WorkingHoursBefore(Duration.FromHours(8)));
        Assert.Equal(Jst(2026, 2, 9, 15), board.NextMeeting(Jst(2026, 2, 1, 0)).CutOff);

        Assert.Equal(new LocalDate(2026, 2, 10), board.MeetingFor(Jst(2026, 2, 9, 15)).Date);
        Assert.Equal(new LocalDate(2026, 3, 10), board.MeetingFor(Jst(2026, 2, 9, 15, 1)).Date);
        Assert.Equal(new LocalDate(2026, 3, 10), board.MeetingFor(Jst(2026, 2, 9, 15) + Duration.FromNanoseconds(1)).Date);
    }

    [Fact]
    public void Forecast_LeadTimeAndMaintenanceWindow_IsTheFirstInstantTheWindowIsOpen()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), leadTime: Duration.FromHours(4));
        BusinessCalendar saturdayNight = BusinessCalendar.CreateBuilder("sat-night", Tokyo).WithHours(IsoDayOfWeek.Saturday, "01:00-05:00").Build();
        BusinessCalendar lateEvening = BusinessCalendar.CreateBuilder("late", Tokyo).WithWeekdayHours("17:30-23:00").Build();

        // Meeting Tue 10 Feb 14:00; 4 working hours later is 18:00 the same day.
        Assert.Equal(Jst(2026, 2, 10, 18), board.Forecast(Jst(2026, 2, 2, 9), []).EarliestImplementation);
        Assert.Equal(Jst(2026, 2, 14, 1), board.Forecast(Jst(2026, 2, 2, 9), [saturdayNight]).EarliestImplementation);
        Assert.Equal(Jst(2026, 2, 10, 18), board.Forecast(Jst(2026, 2, 2, 9), [lateEvening]).EarliestImplementation);
    }

    [Fact]
    public void Forecast_WindowsThatNeverOverlap_ThrowNamingBoardAndCalendars()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next));
        BusinessCalendar saturdays = BusinessCalendar.CreateBuilder("saturdays", Tokyo).WithHours(IsoDayOfWeek.Saturday, "01:00-05:00").Build();
        BusinessCalendar sundays = BusinessCalendar.CreateBuilder("sundays", Tokyo).WithHours(IsoDayOfWeek.Sunday, "01:00-05:00").Build();

        WorkingTimeNotFoundException e = Assert.Throws<WorkingTimeNotFoundException>(() => board.Forecast(Jst(2026, 2, 2, 9), [saturdays, sundays]));
        Assert.Contains("board 'cab'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'saturdays', 'sundays'", e.Message, StringComparison.Ordinal);
        Assert.Equal("tokyo-office", e.CalendarId);
    }

    [Fact]
    public void NextMeeting_CalendarWithoutBusinessDays_ThrowsNamingBoardAndCalendar()
    {
        BusinessCalendar closed = BusinessCalendar.CreateBuilder("closed", Tokyo).Build();
        var board = new ChangeAdvisoryBoard("monthly-cab", closed, MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), new LocalTime(14, 0), CabCutOff.AtMeetingStart);

        WorkingTimeNotFoundException e = Assert.Throws<WorkingTimeNotFoundException>(() => board.NextMeeting(Jst(2026, 2, 2, 9)));
        Assert.Equal("closed", e.CalendarId);
        Assert.Contains("board 'monthly-cab'", e.Message, StringComparison.Ordinal);
        Assert.Contains("366 days", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextMeeting_MeetingTimeInTheSpringForwardGap_StartsAtTheTransition()
    {
        BusinessCalendar calendar = BusinessCalendar.CreateBuilder("ny", NewYork).WithWeekdayHours("09:00-17:00").WithHours(IsoDayOfWeek.Sunday, "09:00-17:00").Build();
        var board = new ChangeAdvisoryBoard("ny-cab", calendar, MeetingRule.NthWeekdayOfMonth(2, IsoDayOfWeek.Sunday), new LocalTime(2, 30), CabCutOff.AtMeetingStart);

        // 8 March 2026, 02:00 EST jumps to 03:00 EDT: 02:30 maps to the transition, 07:00 UTC.
        CabMeeting meeting = board.NextMeeting(Instant.FromUtc(2026, 3, 1, 0, 0));
        Assert.Equal(new LocalDate(2026, 3, 8), meeting.Date);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), meeting.Start);
    }

    [Fact]
    public void Agenda_BatchRule_WaitingAndDeferredUpToTheCutOff()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), CabCutOff.BusinessDaysBefore(5));
        CabMeeting february = board.NextMeeting(Jst(2026, 2, 1, 0));
        CabAgendaItem waiting = new(new ChangeId("RFC-1"), Jst(2026, 1, 20, 10), CabItemStatus.Waiting);
        CabAgendaItem deferred = new(new ChangeId("RFC-2"), Jst(2025, 12, 1, 10), CabItemStatus.Deferred);
        CabAgendaItem reviewed = new(new ChangeId("RFC-3"), Jst(2026, 1, 2, 10), CabItemStatus.Reviewed);
        CabAgendaItem withdrawn = new(new ChangeId("RFC-4"), Jst(2026, 1, 21, 10), CabItemStatus.Withdrawn);
        CabAgendaItem atCutOff = new(new ChangeId("RFC-5"), Jst(2026, 2, 3, 14), CabItemStatus.Waiting);
        CabAgendaItem late = new(new ChangeId("RFC-6"), Jst(2026, 2, 3, 14, 1), CabItemStatus.Waiting);

        EquatableArray<CabAgendaItem> agenda = board.Agenda(february, [late, atCutOff, withdrawn, reviewed, deferred, waiting]);

        Assert.Equal(new[] { deferred, waiting, atCutOff }, agenda.Items.ToArray());
        CabMeeting march = board.NextMeeting(february.Start);
        Assert.Equal(new[] { deferred, waiting, atCutOff, late }, board.Agenda(march, [late, atCutOff, withdrawn, reviewed, deferred, waiting]).Items.ToArray());
    }

    [Fact]
    public void Agenda_MeetingOfAnotherBoard_Throws()
    {
        ChangeAdvisoryBoard board = Board(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next));
        var other = new CabMeeting("other", new LocalDate(2026, 2, 10), Jst(2026, 2, 10, 14), Jst(2026, 2, 10, 14));
        Assert.Throws<ArgumentException>(() => board.Agenda(other, []));
    }

    [Fact]
    public void EmergencyBoard_DecisionDueAt_IsElapsedTimeAfterSubmission()
    {
        var ecab = new EmergencyBoard("ecab", BusinessCalendar.AlwaysOpen(Tokyo), Duration.FromHours(2), ["ops-lead", "it-service-manager"]);
        Assert.Equal(Jst(2026, 1, 1, 1, 30), ecab.DecisionDueAt(Jst(2025, 12, 31, 23, 30)));
        Assert.StartsWith("ecab: emergency board, decision within 2 h on ", ecab.ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EmergencyBoard("ecab", BusinessCalendar.AlwaysOpen(Tokyo), Duration.Zero));
        Assert.Throws<ArgumentException>(() => new EmergencyBoard("ecab", BusinessCalendar.AlwaysOpen(Tokyo), Duration.FromHours(1), ["a", "a"]));
    }

    [Fact]
    public void Rules_OutOfRangeArguments_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.MonthlyOnDay(0, BusinessDayMove.Next));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.MonthlyOnDay(32, BusinessDayMove.Next));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.NthWeekdayOfMonth(6, IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.NthWeekdayOfMonth(0, IsoDayOfWeek.Monday));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.LastWeekdayOfMonth(IsoDayOfWeek.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => MeetingRule.EveryWeeks(0, new LocalDate(2026, 1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => CabCutOff.BusinessDaysBefore(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => CabCutOff.WorkingHoursBefore(Duration.FromMinutes(-1)));
        Assert.Same(CabCutOff.AtMeetingStart, CabCutOff.BusinessDaysBefore(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Board(MeetingRule.MonthlyOnDay(1, BusinessDayMove.Next), leadTime: Duration.FromMinutes(-1)));
    }
}
