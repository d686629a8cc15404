using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests.Snapshots;

public sealed class CalendarSnapshotTests
{
    private static BusinessCalendar Office() => BusinessCalendar.CreateBuilder("jp-office", Cal.Tokyo)
        .WithWeekdayHours("09:00-12:00", "13:00-18:00")
        .WithHours(IsoDayOfWeek.Saturday, "22:00-06:00")
        .AddHolidaySet("JP")
        .AddHoliday(new LocalDate(2026, 12, 30), "Year-end")
        .AddFixedHoliday(12, 31, "Year-end", HolidayObservance.NextWeekdayIfWeekend)
        .AddNthWeekdayHoliday(1, IsoDayOfWeek.Monday, 2)
        .AddLastWeekdayHoliday(5, IsoDayOfWeek.Monday)
        .AddEasterHoliday(-2, "Good Friday")
        .AddException(new LocalDate(2026, 12, 28), "09:00-12:00")
        .AddClosure(new LocalDate(2026, 11, 7), "18:00-23:00")
        .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")
        .AddLastWeekdayClosure(IsoDayOfWeek.Friday, 3, "17:00-18:00")
        .Build();

    [Fact]
    public void ToJson_EveryKindOfRule_MatchesApprovedFile()
    {
        Snapshot.Verify(Office().ToJson(), "CalendarSnapshotTests.ToJson_EveryKindOfRule");
    }

    [Fact]
    public void ExplainAdd_OverYearEnd_MatchesApprovedFile()
    {
        Instant start = Cal.Jst(2026, 12, 25, 15);
        Snapshot.Verify(Office().ExplainAdd(start, Duration.FromHours(12)).ToString(), "CalendarSnapshotTests.ExplainAdd_OverYearEnd");
    }
}
