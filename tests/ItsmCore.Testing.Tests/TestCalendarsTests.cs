using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Testing.Tests;

public sealed class TestCalendarsTests
{
    private static readonly DateTimeZone Tokyo = TestCalendars.Zone("Asia/Tokyo");
    private static readonly DateTimeZone NewYork = TestCalendars.Zone("America/New_York");

    private static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        new LocalDateTime(year, month, day, hour, minute, second).InZoneStrictly(zone).ToInstant();

    private static Duration WeekOfWorkingTime(BusinessCalendar calendar, DateTimeZone zone) =>
        // Monday 6 April 2026 00:00 to Monday 13 April 2026 00:00, local time; no DST change in that week.
        calendar.WorkingTimeBetween(At(zone, 2026, 4, 6, 0), At(zone, 2026, 4, 13, 0));

    [Fact]
    public void NineToSix_Weekday_WorksFromNineToSixLocal()
    {
        BusinessCalendar calendar = TestCalendars.NineToSix(NewYork);

        // Wednesday 1 April 2026, New York (EDT, UTC-4).
        Assert.False(calendar.IsWorking(At(NewYork, 2026, 4, 1, 8, 59, 59)));
        Assert.True(calendar.IsWorking(At(NewYork, 2026, 4, 1, 9, 0)));
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 4, 1, 13, 0)));
        Assert.True(calendar.IsWorking(At(NewYork, 2026, 4, 1, 17, 59, 59)));
        Assert.False(calendar.IsWorking(At(NewYork, 2026, 4, 1, 18, 0)));
    }

    [Fact]
    public void NineToSix_Weekend_IsNotWorking()
    {
        BusinessCalendar calendar = TestCalendars.NineToSix(NewYork);

        Assert.False(calendar.IsWorking(At(NewYork, 2026, 4, 4, 10, 0))); // Saturday
        Assert.False(calendar.IsWorking(At(NewYork, 2026, 4, 5, 10, 0))); // Sunday
        Assert.Equal(Duration.FromHours(45), WeekOfWorkingTime(calendar, NewYork));
    }

    [Fact]
    public void NineToSix_DefaultAndCustomId_UseTheIdAndZone()
    {
        Assert.Equal("nine-to-six", TestCalendars.NineToSix(NewYork).Id);
        Assert.Equal("support-desk", TestCalendars.NineToSix(Tokyo, "support-desk").Id);
        Assert.Same(Tokyo, TestCalendars.NineToSix(Tokyo).Zone);
        Assert.Equal(TestCalendars.NineToSix(Tokyo), TestCalendars.NineToSix(Tokyo));
    }

    [Fact]
    public void NineToSix_NoHolidays_WorksOnAJapaneseHoliday()
    {
        BusinessCalendar calendar = TestCalendars.NineToSix(Tokyo);

        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 23, 10, 0)));
    }

    [Fact]
    public void NineToSix_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TestCalendars.NineToSix(null!));
        Assert.Throws<ArgumentNullException>(() => TestCalendars.NineToSix(Tokyo, null!));
        Assert.Throws<CalendarFormatException>(() => TestCalendars.NineToSix(Tokyo, " "));
    }

    [Fact]
    public void OfficeWithLunch_Weekday_ClosedOverLunch()
    {
        BusinessCalendar calendar = TestCalendars.OfficeWithLunch(Tokyo);

        Assert.Equal("office-with-lunch", calendar.Id);
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 8, 59)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 9, 0)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 11, 59, 59)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 12, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 12, 59, 59)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 13, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 1, 18, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 4, 10, 0))); // Saturday
        Assert.Equal(Duration.FromHours(40), WeekOfWorkingTime(calendar, Tokyo));
    }

    [Fact]
    public void TokyoBusinessDays_LabourThanksgivingDay_IsNotWorking()
    {
        BusinessCalendar calendar = TestCalendars.TokyoBusinessDays();

        // Monday 23 November 2026 is Labour Thanksgiving Day (勤労感謝の日).
        Assert.Equal(IsoDayOfWeek.Monday, new LocalDate(2026, 11, 23).DayOfWeek);
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 23, 10, 0)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 11, 23)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 10, 0)));
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 11, 24, 1, 0)));
    }

    [Fact]
    public void TokyoBusinessDays_OrdinaryWeekday_WorksFromNineToSixJst()
    {
        BusinessCalendar calendar = TestCalendars.TokyoBusinessDays();

        Assert.Equal("tokyo-business-days", calendar.Id);
        Assert.Equal("Asia/Tokyo", calendar.Zone.Id);
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 8, 59, 59)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 9, 0)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 17, 59, 59)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 18, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 28, 10, 0))); // Saturday
        Assert.Equal(Duration.FromHours(45), WeekOfWorkingTime(calendar, Tokyo));
    }

    [Fact]
    public void TokyoBusinessDays_RepeatedCalls_ReturnTheSharedInstance()
    {
        Assert.Same(TestCalendars.TokyoBusinessDays(), TestCalendars.TokyoBusinessDays());
        Assert.Same(TestCalendars.TokyoSecondLine(), TestCalendars.TokyoSecondLine());
    }

    [Fact]
    public void TokyoSecondLine_OrdinaryWeekday_WorksFromTenToSevenJst()
    {
        BusinessCalendar calendar = TestCalendars.TokyoSecondLine();

        Assert.Equal("tokyo-second-line", calendar.Id);
        Assert.Equal("Asia/Tokyo", calendar.Zone.Id);
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 9, 59, 59)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 10, 0)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 18, 30)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 24, 19, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 11, 29, 12, 0))); // Sunday
    }

    [Fact]
    public void TokyoSecondLine_JapaneseHolidays_AreNotWorking()
    {
        BusinessCalendar calendar = TestCalendars.TokyoSecondLine();

        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 29, 11, 0))); // Wednesday, Showa Day
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 5, 6, 11, 0))); // Wednesday, substitute for Constitution Memorial Day
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 9, 22, 11, 0))); // Tuesday, citizens' holiday
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 5, 7, 11, 0)));
    }

    [Fact]
    public void TokyoSecondLine_ComparedWithBusinessDays_OverlapsFromTenToSix()
    {
        BusinessCalendar overlap = TestCalendars.TokyoBusinessDays().Intersect(TestCalendars.TokyoSecondLine());

        Assert.Equal(Duration.FromHours(40), WeekOfWorkingTime(overlap, Tokyo));
    }

    [Fact]
    public void AlwaysOpen_AnyInstant_IsWorking()
    {
        BusinessCalendar calendar = TestCalendars.AlwaysOpen(Tokyo);

        Assert.Equal("24x7", calendar.Id);
        Assert.Same(Tokyo, calendar.Zone);
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 5, 3, 0))); // Sunday night
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 11, 23, 10, 0))); // Holiday
        Assert.Null(calendar.NextTransition(At(Tokyo, 2026, 4, 5, 3, 0)));
        Assert.Equal(Duration.FromHours(7 * 24), WeekOfWorkingTime(calendar, Tokyo));
        Assert.Equal(BusinessCalendar.AlwaysOpen(Tokyo), calendar);
    }

    [Fact]
    public void NightShift_WeekdayNights_WorkFromTenPmToSixAm()
    {
        BusinessCalendar calendar = TestCalendars.NightShift(Tokyo);

        Assert.Equal("night-shift", calendar.Id);
        // Monday 6 April 2026 evening into Tuesday morning.
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 6, 21, 59, 59)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 6, 22, 0)));
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 7, 5, 59, 59)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 7, 6, 0)));
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 7, 12, 0)));
    }

    [Fact]
    public void NightShift_WeekendEdges_FridayShiftEndsSaturdayMorningAndSundayHasNone()
    {
        BusinessCalendar calendar = TestCalendars.NightShift(Tokyo);

        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 6, 3, 0))); // Monday 03:00: no Sunday shift
        Assert.True(calendar.IsWorking(At(Tokyo, 2026, 4, 11, 5, 0))); // Saturday 05:00: Friday's shift
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 11, 22, 30))); // Saturday night
        Assert.False(calendar.IsWorking(At(Tokyo, 2026, 4, 12, 22, 30))); // Sunday night
        Assert.Equal(Duration.FromHours(40), calendar.WorkingTimeBetween(At(Tokyo, 2026, 4, 6, 0), At(Tokyo, 2026, 4, 13, 12)));
    }

    [Fact]
    public void CalendarFactories_NullZone_ThrowArgumentNull()
    {
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => TestCalendars.OfficeWithLunch(null!)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => TestCalendars.AlwaysOpen(null!)).ParamName);
        Assert.Equal("zone", Assert.Throws<ArgumentNullException>(() => TestCalendars.NightShift(null!)).ParamName);
    }

    [Fact]
    public void Zone_KnownTzdbId_ReturnsThatZone()
    {
        DateTimeZone zone = TestCalendars.Zone("Asia/Tokyo");

        Assert.Equal("Asia/Tokyo", zone.Id);
        Assert.Same(DateTimeZoneProviders.Tzdb["Asia/Tokyo"], zone);
    }

    [Fact]
    public void Zone_UnknownId_ThrowsArgumentExceptionNamingTheId()
    {
        var ex = Assert.Throws<ArgumentException>(() => TestCalendars.Zone("Mars/Olympus_Mons"));

        Assert.Equal("tzdbId", ex.ParamName);
        Assert.Contains("'Mars/Olympus_Mons'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zone_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => TestCalendars.Zone(null!));
    }
}
