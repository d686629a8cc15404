using System;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// Named daylight-saving fixtures with expected values computed by hand from the rules of the zones
/// (each premise about the zone is asserted too, so a TZDB change shows up as a clear failure).
/// </summary>
public sealed class DstFixtureTests
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly DateTimeZone LordHowe = DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"];
    private static readonly DateTimeZone Santiago = DateTimeZoneProviders.Tzdb["America/Santiago"];
    private static readonly DateTimeZone Auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];

    [Fact]
    public void BoundaryResolver_NewYorkGapAndOverlap_MapsToTransitionAndEarlierOccurrence()
    {
        // 2026-03-08 02:30 does not exist in New York (02:00 -> 03:00 EDT); 2026-11-01 01:30 happens twice.
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 0), NewYork.ResolveLocal(new LocalDateTime(2026, 3, 8, 2, 30), BusinessCalendar.BoundaryResolver).ToInstant());
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), NewYork.ResolveLocal(new LocalDateTime(2026, 11, 1, 1, 30), BusinessCalendar.BoundaryResolver).ToInstant());
    }

    [Fact]
    public void WorkingTimeBetween_NewYorkSpringForwardDayOnWholeDayCalendar_Is23Hours()
    {
        // 2026-03-08 (2nd Sunday of March): 00:00 EST = 05:00Z; next midnight 00:00 EDT = 2026-03-09T04:00Z; 23 h.
        AssertOffsets(NewYork, Instant.FromUtc(2026, 3, 8, 7, 0), -5, -4);
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Sunday, "00:00-24:00");
        Instant start = Instant.FromUtc(2026, 3, 8, 5, 0);
        Instant end = Instant.FromUtc(2026, 3, 9, 4, 0);

        Assert.Equal(Duration.FromHours(23), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 3, 7, 12, 0), Instant.FromUtc(2026, 3, 9, 12, 0)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(23)));
        Assert.Equal(end, calendar.Add(Instant.FromUtc(2026, 3, 7, 12, 0), Duration.FromHours(23)));
        Assert.Equal(start, calendar.Subtract(end, Duration.FromHours(23)));
        Assert.True(calendar.IsWorking(end - Duration.Epsilon));
        Assert.False(calendar.IsWorking(end));
        Assert.False(calendar.IsWorking(start - Duration.Epsilon));
        Assert.Equal(end, calendar.EndOfWorkingDay(new LocalDate(2026, 3, 8)));
        Assert.Equal(Duration.FromHours(23), BusinessCalendar.AlwaysOpen(NewYork).WorkingTimeBetween(start, end));
    }

    [Fact]
    public void WorkingTimeBetween_NewYorkFallBackDayOnWholeDayCalendar_Is25Hours()
    {
        // 2026-11-01 (1st Sunday of November): 00:00 EDT = 04:00Z; next midnight 00:00 EST = 2026-11-02T05:00Z; 25 h.
        AssertOffsets(NewYork, Instant.FromUtc(2026, 11, 1, 6, 0), -4, -5);
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Sunday, "00:00-24:00");
        Instant start = Instant.FromUtc(2026, 11, 1, 4, 0);
        Instant end = Instant.FromUtc(2026, 11, 2, 5, 0);

        Assert.Equal(Duration.FromHours(25), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 10, 31, 12, 0), Instant.FromUtc(2026, 11, 2, 12, 0)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(25)));
        Assert.Equal(start, calendar.Subtract(end, Duration.FromHours(25)));
        Assert.True(calendar.IsWorking(end - Duration.Epsilon));
        Assert.False(calendar.IsWorking(end));
        Assert.Equal(end, calendar.EndOfWorkingDay(new LocalDate(2026, 11, 1)));
    }

    [Fact]
    public void WorkingTimeBetween_NewYorkOvernightShiftOverFallBackNight_Is9Hours()
    {
        // Saturday 2026-10-31 22:00 EDT = 2026-11-01T02:00Z; Sunday 06:00 EST = 11:00Z; 9 h of real time.
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Saturday, "22:00-06:00");
        Instant start = Instant.FromUtc(2026, 11, 1, 2, 0);
        Instant end = Instant.FromUtc(2026, 11, 1, 11, 0);

        Assert.Equal(Duration.FromHours(9), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 10, 31, 12, 0), Instant.FromUtc(2026, 11, 1, 18, 0)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(9)));
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 10, 0), calendar.Add(start, Duration.FromHours(8))); // 8 h after 02:00Z is 10:00Z (05:00 EST)
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 11, 1, 5, 30))); // 01:30 EDT, first pass
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 11, 1, 6, 30))); // 01:30 EST, second pass
        Assert.False(calendar.IsWorking(end));
    }

    [Fact]
    public void WorkingTimeBetween_LondonOvernightShiftOverFallBackNight_Is9Hours()
    {
        // Last Sunday of October 2026 is the 25th: Saturday 22:00 BST = 2026-10-24T21:00Z; Sunday 06:00 GMT = 06:00Z; 9 h.
        AssertOffsets(London, Instant.FromUtc(2026, 10, 25, 1, 0), 1, 0);
        BusinessCalendar calendar = Only(London, IsoDayOfWeek.Saturday, "22:00-06:00");
        Instant start = Instant.FromUtc(2026, 10, 24, 21, 0);
        Instant end = Instant.FromUtc(2026, 10, 25, 6, 0);

        Assert.Equal(Duration.FromHours(9), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 10, 24, 12, 0), Instant.FromUtc(2026, 10, 25, 12, 0)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(9)));
        Assert.Equal(start, calendar.Subtract(end, Duration.FromHours(9)));
        Assert.Equal(end, calendar.NextTransition(start));
    }

    [Fact]
    public void WorkingTimeBetween_NewYorkIntervalEndingInsideSpringForwardGap_EndsAtTransition()
    {
        // "00:00-02:30" on 2026-03-08: 00:00 EST = 05:00Z; 02:30 does not exist, first wall time >= 02:30 is 03:00 EDT = 07:00Z; 2 h.
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Sunday, "00:00-02:30");
        Instant start = Instant.FromUtc(2026, 3, 8, 5, 0);
        Instant transition = Instant.FromUtc(2026, 3, 8, 7, 0);

        Assert.Equal(Duration.FromHours(2), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 3, 7, 12, 0), Instant.FromUtc(2026, 3, 9, 12, 0)));
        Assert.Equal(transition, calendar.Add(start, Duration.FromHours(2)));
        Assert.Equal(transition, calendar.NextTransition(start));
        Assert.True(calendar.IsWorking(transition - Duration.Epsilon));
        Assert.False(calendar.IsWorking(transition));
        Assert.Equal(transition, calendar.EndOfWorkingDay(new LocalDate(2026, 3, 8)));
    }

    [Fact]
    public void WorkingTimeBetween_NewYorkIntervalStartingInsideSpringForwardGap_StartsAtTransition()
    {
        // "02:30-04:00" on 2026-03-08: 02:30 is in the gap so it starts at the transition 07:00Z (03:00 EDT); 04:00 EDT = 08:00Z; 1 h.
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Sunday, "02:30-04:00");
        Instant transition = Instant.FromUtc(2026, 3, 8, 7, 0);

        Assert.Equal(Duration.FromHours(1), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 3, 7, 12, 0), Instant.FromUtc(2026, 3, 9, 12, 0)));
        Assert.Equal(transition, calendar.NextWorkingInstant(Instant.FromUtc(2026, 3, 8, 5, 0)));
        Assert.False(calendar.IsWorking(transition - Duration.Epsilon));
        Assert.True(calendar.IsWorking(transition));
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 8, 0), calendar.Add(Instant.FromUtc(2026, 3, 8, 5, 0), Duration.FromHours(1)));
        Assert.Equal(transition, calendar.Subtract(Instant.FromUtc(2026, 3, 8, 8, 0), Duration.FromHours(1)));
    }

    [Fact]
    public void Add_NewYorkIntervalWhollyInsideSpringForwardGap_HasNoWorkingTimeThatDay()
    {
        // "02:00-03:00" on 2026-03-08: both ends map to the transition 07:00Z, so nothing; the next Sunday 02:00 EDT = 2026-03-15T06:00Z, +30 min = 06:30Z.
        BusinessCalendar calendar = Only(NewYork, IsoDayOfWeek.Sunday, "02:00-03:00");

        Assert.Equal(Duration.Zero, calendar.WorkingTimeBetween(Instant.FromUtc(2026, 3, 7, 12, 0), Instant.FromUtc(2026, 3, 9, 12, 0)));
        Assert.Equal(Instant.FromUtc(2026, 3, 15, 6, 30), calendar.Add(Instant.FromUtc(2026, 3, 7, 12, 0), Duration.FromMinutes(30)));
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 3, 8)));
    }

    [Fact]
    public void WorkingTimeBetween_LordHoweDstEndDay_Is24AndAHalfHours()
    {
        // 2026-04-05 (1st Sunday of April): 00:00 +11:00 = 2026-04-04T13:00Z; next midnight +10:30 = 2026-04-05T13:30Z; 24.5 h.
        AssertOffsets(LordHowe, Instant.FromUtc(2026, 4, 4, 15, 0), 11 * 60, (10 * 60) + 30, minutes: true);
        BusinessCalendar calendar = Only(LordHowe, IsoDayOfWeek.Sunday, "00:00-24:00");
        Instant start = Instant.FromUtc(2026, 4, 4, 13, 0);
        Instant end = Instant.FromUtc(2026, 4, 5, 13, 30);

        Assert.Equal(Duration.FromMinutes((24 * 60) + 30), calendar.WorkingTimeBetween(start - Duration.FromHours(6), end + Duration.FromHours(6)));
        Assert.Equal(end, calendar.Add(start, Duration.FromMinutes((24 * 60) + 30)));
        Assert.Equal(start, calendar.Subtract(end, Duration.FromMinutes((24 * 60) + 30)));
    }

    [Fact]
    public void WorkingTimeBetween_LordHoweIntervalAcrossHalfHourOverlap_CountsRepeatedHalfHour()
    {
        // 2026-04-05 02:00 LHDT -> 01:30 LHST at 15:00Z: 01:45 (first pass, +11) = 14:45Z; 02:15 (+10:30) = 15:45Z; 1 h of real time for a 30-minute wall interval.
        BusinessCalendar calendar = Only(LordHowe, IsoDayOfWeek.Sunday, "01:45-02:15");

        Assert.Equal(Duration.FromHours(1), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 4, 4, 12, 0), Instant.FromUtc(2026, 4, 5, 12, 0)));
        Assert.Equal(Instant.FromUtc(2026, 4, 4, 14, 45), calendar.NextWorkingInstant(Instant.FromUtc(2026, 4, 4, 12, 0)));
        Assert.Equal(Instant.FromUtc(2026, 4, 4, 15, 45), calendar.NextTransition(Instant.FromUtc(2026, 4, 4, 14, 45)));
    }

    [Fact]
    public void WorkingTimeBetween_LordHoweDstStartDay_Is23AndAHalfHours()
    {
        // 2026-10-04 (1st Sunday of October): 00:00 +10:30 = 2026-10-03T13:30Z; next midnight +11:00 = 2026-10-04T13:00Z; 23.5 h.
        AssertOffsets(LordHowe, Instant.FromUtc(2026, 10, 3, 15, 30), (10 * 60) + 30, 11 * 60, minutes: true);
        BusinessCalendar calendar = Only(LordHowe, IsoDayOfWeek.Sunday, "00:00-24:00");
        Instant start = Instant.FromUtc(2026, 10, 3, 13, 30);
        Instant end = Instant.FromUtc(2026, 10, 4, 13, 0);

        Assert.Equal(Duration.FromMinutes((23 * 60) + 30), calendar.WorkingTimeBetween(start - Duration.FromHours(6), end + Duration.FromHours(6)));
        Assert.Equal(end, calendar.Add(start, Duration.FromMinutes((23 * 60) + 30)));
        Assert.Equal(start, calendar.Subtract(end, Duration.FromMinutes((23 * 60) + 30)));
    }

    [Fact]
    public void NextWorkingInstant_SantiagoDayStartingAt0100_IsLocal0100AndDayIs23Hours()
    {
        // Chile springs forward at 04:00Z on Sun>=2 September (2026-09-06): 00:00 -04 does not exist, the day starts at 01:00 -03 = 04:00Z; it ends Monday 00:00 -03 = 2026-09-07T03:00Z; 23 h.
        AssertOffsets(Santiago, Instant.FromUtc(2026, 9, 6, 4, 0), -4, -3);
        BusinessCalendar calendar = Only(Santiago, IsoDayOfWeek.Sunday, "00:00-24:00");
        Instant first = Instant.FromUtc(2026, 9, 6, 4, 0);
        Instant end = Instant.FromUtc(2026, 9, 7, 3, 0);

        Assert.Equal(first, calendar.NextWorkingInstant(Instant.FromUtc(2026, 9, 5, 12, 0)));
        Assert.Equal(new LocalDateTime(2026, 9, 6, 1, 0), first.InZone(Santiago).LocalDateTime);
        Assert.Equal(Duration.FromHours(23), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 9, 5, 12, 0), Instant.FromUtc(2026, 9, 7, 12, 0)));
        Assert.Equal(end, calendar.Add(Instant.FromUtc(2026, 9, 5, 12, 0), Duration.FromHours(23)));
        Assert.Equal(first, calendar.Subtract(end, Duration.FromHours(23)));
        Assert.False(calendar.IsWorking(first - Duration.Epsilon));
        Assert.True(calendar.IsWorking(first));
    }

    [Fact]
    public void WorkingTimeBetween_SantiagoFallBackAtMidnight_SaturdayIs25Hours()
    {
        // Chile falls back at 03:00Z on Sun>=2 April (2026-04-05): Saturday 00:00 -03 = 2026-04-04T03:00Z; the wall clock first shows Sunday 00:00 at 00:00 -04 = 2026-04-05T04:00Z; 25 h.
        AssertOffsets(Santiago, Instant.FromUtc(2026, 4, 5, 3, 0), -3, -4);
        BusinessCalendar calendar = Only(Santiago, IsoDayOfWeek.Saturday, "00:00-24:00");
        Instant start = Instant.FromUtc(2026, 4, 4, 3, 0);
        Instant end = Instant.FromUtc(2026, 4, 5, 4, 0);

        Assert.Equal(Duration.FromHours(25), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 4, 3, 12, 0), Instant.FromUtc(2026, 4, 5, 12, 0)));
        Assert.Equal(end, calendar.Add(start, Duration.FromHours(25)));
        Assert.True(calendar.IsWorking(Instant.FromUtc(2026, 4, 5, 3, 30))); // Saturday 23:30 -04, second pass
    }

    [Fact]
    public void WorkingTimeBetween_AucklandFallBackDayOnWholeDayCalendar_Is25Hours()
    {
        // 2026-04-05 (1st Sunday of April) 03:00 NZDT -> 02:00 NZST: 00:00 +13 = 2026-04-04T11:00Z; next midnight +12 = 2026-04-05T12:00Z; 25 h.
        AssertOffsets(Auckland, Instant.FromUtc(2026, 4, 4, 14, 0), 13, 12);
        BusinessCalendar calendar = Only(Auckland, IsoDayOfWeek.Sunday, "00:00-24:00");

        Assert.Equal(Duration.FromHours(25), calendar.WorkingTimeBetween(Instant.FromUtc(2026, 4, 4, 0, 0), Instant.FromUtc(2026, 4, 6, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 4, 5, 12, 0), calendar.Add(Instant.FromUtc(2026, 4, 4, 11, 0), Duration.FromHours(25)));
    }

    [Fact]
    public void Add_FridayAfternoonPlus4HoursOnNineToSixCalendar_IsMondayNoon()
    {
        // 09:00-18:00 Mon-Fri in UTC: Friday 2026-05-15 17:00 leaves 1 h on Friday, 3 h more from Monday 09:00 = Monday 12:00.
        BusinessCalendar calendar = BusinessCalendar.CreateBuilder("nine-to-six", DateTimeZone.Utc).WithWeekdayHours("09:00-18:00").Build();
        Instant friday = Instant.FromUtc(2026, 5, 15, 17, 0);
        Instant monday = Instant.FromUtc(2026, 5, 18, 12, 0);

        Assert.Equal(monday, calendar.Add(friday, Duration.FromHours(4)));
        Assert.Equal(friday, calendar.Subtract(monday, Duration.FromHours(4)));
        Assert.Equal(Duration.FromHours(4), calendar.WorkingTimeBetween(friday, monday));
        Assert.Equal(Instant.FromUtc(2026, 5, 15, 18, 0), calendar.Add(friday, Duration.FromHours(1))); // ends exactly at Friday 18:00, not Monday 09:00
    }

    [Fact]
    public void Add_NewYorkFridayAfternoonPlus4HoursAcrossSpringForward_IsMondayNoonLocal()
    {
        // Friday 2026-03-06 17:00 EST = 22:00Z; 1 h Friday + 3 h Monday from 09:00 EDT: Monday 2026-03-09 12:00 EDT = 16:00Z.
        BusinessCalendar calendar = BusinessCalendar.CreateBuilder("ny-nine-to-six", NewYork).WithWeekdayHours("09:00-18:00").Build();
        Instant friday = Instant.FromUtc(2026, 3, 6, 22, 0);
        Instant monday = Instant.FromUtc(2026, 3, 9, 16, 0);

        Assert.Equal(monday, calendar.Add(friday, Duration.FromHours(4)));
        Assert.Equal(new LocalDateTime(2026, 3, 9, 12, 0), calendar.Add(friday, Duration.FromHours(4)).InZone(NewYork).LocalDateTime);
        Assert.Equal(friday, calendar.Subtract(monday, Duration.FromHours(4)));
    }

    private static BusinessCalendar Only(DateTimeZone zone, IsoDayOfWeek day, params string[] hours) =>
        BusinessCalendar.CreateBuilder($"{zone.Id}-{day}", zone).WithHours(day, hours).Build();

    /// <summary>Asserts the zone's offset just before and at a transition (hours, or minutes when <paramref name="minutes"/>).</summary>
    private static void AssertOffsets(DateTimeZone zone, Instant transition, int before, int after, bool minutes = false)
    {
        Func<int, Offset> offset = minutes ? m => Offset.FromSeconds(m * 60) : Offset.FromHours;
        Assert.Equal(offset(before), zone.GetUtcOffset(transition - Duration.Epsilon));
        Assert.Equal(offset(after), zone.GetUtcOffset(transition));
    }
}
