using System;
using System.Linq;
using NodaTime;
using static ItsmCore.Calendars.Tests.Cal;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// The recurring exception "the last business day of each month, 08:45-20:00" (domain brief case 8), in the builder and
/// in the calendar JSON. For the rule a business day has weekly hours and is not a holiday; exceptions and closures are
/// ignored.
/// </summary>
public sealed class LastBusinessDayExceptionTests
{
    private const string CrmJson = """
        { "id": "crm", "timeZone": "Asia/Tokyo",
          "weekly": { "monday": ["08:45-19:00"], "tuesday": ["08:45-19:00"], "wednesday": ["08:45-19:00"],
                      "thursday": ["08:45-19:00"], "friday": ["08:45-19:00"] },
          "holidaySets": ["JP"],
          "exceptions": [ { "rule": "lastBusinessDay", "hours": ["08:45-20:00"] } ] }
        """;

    private static BusinessCalendar Crm(Func<BusinessCalendarBuilder, BusinessCalendarBuilder>? more = null)
    {
        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("crm", Tokyo).WithWeekdayHours("08:45-19:00").AddHolidaySet("JP");
        return (more ?? (b => b))(builder).AddLastBusinessDayException("08:45-20:00").Build();
    }

    [Theory]
    [InlineData(2026, 10, 30)] // Friday; 31 October is a Saturday
    [InlineData(2026, 11, 30)] // Monday
    [InlineData(2026, 12, 31)] // Thursday; the JP set holds national holidays only
    [InlineData(2027, 1, 29)] // Friday; 30 and 31 January are a weekend
    public void AddLastBusinessDayException_LastWeekdayOfTheMonth_RunsTo2000(int year, int month, int day)
    {
        BusinessCalendar crm = Crm();
        var date = new LocalDate(year, month, day);
        Assert.Equal(Jst(year, month, day, 20, 0), crm.EndOfWorkingDay(date));
        Assert.True(crm.IsWorking(Jst(year, month, day, 19, 59)));
        Assert.Equal(Duration.FromMinutes((11 * 60) + 15), crm.WorkingTimeBetween(Jst(year, month, day, 0, 0), Jst(year, month, day, 23, 59)));

        // The business day before it keeps the weekly 19:00.
        LocalDate before = date.PlusDays(date.DayOfWeek == IsoDayOfWeek.Monday ? -3 : -1);
        Assert.Equal(Jst(before.Year, before.Month, before.Day, 19, 0), crm.EndOfWorkingDay(before));
    }

    [Fact]
    public void AddLastBusinessDayException_MonthEndingOnAHoliday_MovesToTheBusinessDayBefore()
    {
        // A holiday on Monday 2026-11-30: the last business day of November is Friday 2026-11-27.
        BusinessCalendar crm = Crm(b => b.AddHoliday(new LocalDate(2026, 11, 30), "Company day"));
        Assert.Equal(Jst(2026, 11, 27, 20, 0), crm.EndOfWorkingDay(new LocalDate(2026, 11, 27)));
        Assert.False(crm.IsWorkingDay(new LocalDate(2026, 11, 30)));
    }

    [Fact]
    public void AddLastBusinessDayException_ExceptionsAndClosuresOnTheMonthEnd_DoNotMoveTheRule()
    {
        // A dated exception closing Monday 2026-11-30 wins on that date, and the rule does not move to Friday 11-27.
        BusinessCalendar closedByException = Crm(b => b.AddException(new LocalDate(2026, 11, 30)));
        Assert.False(closedByException.IsWorkingDay(new LocalDate(2026, 11, 30)));
        Assert.Equal(Jst(2026, 11, 27, 19, 0), closedByException.EndOfWorkingDay(new LocalDate(2026, 11, 27)));

        // A dated exception with other hours wins over the rule.
        BusinessCalendar shortDay = Crm(b => b.AddException(new LocalDate(2026, 11, 30), "08:45-12:00"));
        Assert.Equal(Jst(2026, 11, 30, 12, 0), shortDay.EndOfWorkingDay(new LocalDate(2026, 11, 30)));

        // A closure of the whole month-end day removes its working time, and the rule still does not move.
        BusinessCalendar closed = Crm(b => b.AddClosure(new LocalDate(2026, 11, 30), "00:00-24:00"));
        Assert.False(closed.IsWorkingDay(new LocalDate(2026, 11, 30)));
        Assert.Equal(Jst(2026, 11, 27, 19, 0), closed.EndOfWorkingDay(new LocalDate(2026, 11, 27)));

        // A closure of part of it applies after the rule: 19:00-20:00 closed leaves the weekly hours.
        BusinessCalendar lateClosed = Crm(b => b.AddClosure(new LocalDate(2026, 11, 30), "19:30-20:00"));
        Assert.Equal(Jst(2026, 11, 30, 19, 30), lateClosed.EndOfWorkingDay(new LocalDate(2026, 11, 30)));
    }

    [Fact]
    public void AddLastBusinessDayException_NovemberWorkingTime_Is195Hours45Minutes()
    {
        // Case 8: 20 business days (Nov 3 and Nov 23 are holidays) x 10 h 15 min, plus 1 h on Monday 11-30.
        BusinessCalendar crm = Crm();
        Assert.Equal(Duration.FromMinutes((195 * 60) + 45), crm.WorkingTimeBetween(Jst(2026, 11, 1, 0, 0), Jst(2026, 12, 1, 0, 0)));
    }

    [Fact]
    public void FromJson_LastBusinessDayRule_EqualsTheBuilderAndRoundTrips()
    {
        BusinessCalendar read = BusinessCalendar.FromJson(CrmJson);
        Assert.Equal(Crm(), read);
        Assert.Equal(Jst(2026, 11, 30, 20, 0), read.EndOfWorkingDay(new LocalDate(2026, 11, 30)));

        string json = read.ToJson();
        Assert.Contains("\"rule\": \"lastBusinessDay\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"date\"", json, StringComparison.Ordinal);
        BusinessCalendar again = BusinessCalendar.FromJson(json);
        Assert.Equal(read, again);
        Assert.Equal(json, again.ToJson());

        // Mixed with dated exceptions, the order is kept.
        BusinessCalendar mixed = BusinessCalendar.CreateBuilder("m", Tokyo).WithWeekdayHours("09:00-18:00")
            .AddException(new LocalDate(2026, 12, 28), "09:00-12:00").AddLastBusinessDayException("09:00-20:00").Build();
        Assert.Equal(mixed, BusinessCalendar.FromJson(mixed.ToJson()));
        Assert.NotEqual(Crm(), BusinessCalendar.CreateBuilder("crm", Tokyo).WithWeekdayHours("08:45-19:00").AddHolidaySet("JP").Build());
    }

    [Theory]
    [InlineData("""[ { "rule": "firstBusinessDay", "hours": [] } ]""", "$.exceptions[0].rule", "unknown exception rule 'firstBusinessDay'")]
    [InlineData("""[ { "rule": 3, "hours": [] } ]""", "$.exceptions[0].rule", "expected a string")]
    [InlineData("""[ { "rule": "lastBusinessDay" } ]""", "$.exceptions[0].hours", "required")]
    [InlineData("""[ { "rule": "lastBusinessDay", "date": "2026-11-30", "hours": [] } ]""", "$.exceptions[0].date", "unknown property")]
    [InlineData("""[ { "rule": "lastBusinessDay", "hours": ["08:45-25:00"] } ]""", "$.exceptions[0].hours[0]", "out of range")]
    [InlineData("""[ { "rule": "lastBusinessDay", "hours": ["08:45-20:00", "19:00-21:00"] } ]""", "$.exceptions[0].hours[1]", "overlaps")]
    [InlineData("""[ { "date": "2026-11-30", "hours": [] }, { "rule": "lastBusinessDay", "hours": [] }, { "rule": "lastBusinessDay", "hours": [] } ]""", "$.exceptions[2].rule", "already has a lastBusinessDay exception")]
    public void FromJson_InvalidLastBusinessDayRule_ThrowsNamingPathAndReason(string exceptions, string path, string reason)
    {
        string json = $$"""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["09:00-18:00"] }, "exceptions": {{exceptions}} }""";
        var e = Assert.Throws<CalendarFormatException>(() => BusinessCalendar.FromJson(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplainWorkingTimeBetween_MonthEnd_NamesTheRule()
    {
        // Tuesday 2026-12-01 is an ordinary day; the evening gap after Monday 11-30 20:00 is explained by the rule's hours.
        WorkingTimeExplanation explanation = Crm().ExplainWorkingTimeBetween(Jst(2026, 11, 30, 19, 0), Jst(2026, 12, 1, 9, 0));
        Assert.Contains(explanation.Gaps.SelectMany(g => g.Reasons), r => r.Kind == GapReasonKind.Exception && r.Description.Contains("last business day of the month: hours 08:45-20:00", StringComparison.Ordinal));
    }
}
