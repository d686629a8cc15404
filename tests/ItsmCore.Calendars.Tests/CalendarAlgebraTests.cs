using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class CalendarAlgebraTests
{
    [Fact]
    public void Intersect_BerlinProviderWithTokyoCustomer_CountsOnlyTheOverlap()
    {
        // Berlin 09:00-18:00 (UTC+1 in November) = 08:00-17:00Z; Tokyo 09:00-18:00 (UTC+9) = 00:00-09:00Z.
        // Overlap on a weekday: 08:00-09:00Z, one hour (Tokyo 17:00-18:00, Berlin 09:00-10:00).
        BusinessCalendar coverage = Cal.NineToSix(Cal.Berlin).Intersect(Cal.NineToSix(Cal.Tokyo), "follow-the-sun-overlap");
        Assert.Equal("follow-the-sun-overlap", coverage.Id);
        Assert.Equal(Cal.Berlin, coverage.Zone);
        Assert.Equal(Duration.FromHours(5), coverage.WorkingTimeBetween(Instant.FromUtc(2026, 11, 16, 0, 0), Instant.FromUtc(2026, 11, 23, 0, 0)));
        Assert.Equal(Instant.FromUtc(2026, 11, 16, 8, 30), coverage.Add(Instant.FromUtc(2026, 11, 16, 0, 0), Duration.FromMinutes(30)));
    }

    [Fact]
    public void Intersect_AcrossDstChangeInOneZoneOnly_FollowsEachZoneExactly()
    {
        // On Monday 2026-10-26 Berlin is back on UTC+1 but on Monday 2026-10-19 it was UTC+2 (08:00-17:00 local offset 2 = 07:00-16:00Z).
        BusinessCalendar coverage = Cal.NineToSix(Cal.Berlin).Intersect(Cal.NineToSix(Cal.Tokyo));
        // 19 Oct: Berlin 07:00-16:00Z, Tokyo 00:00-09:00Z -> 2 h. 26 Oct: Berlin 08:00-17:00Z -> 1 h.
        Assert.Equal(Duration.FromHours(2), coverage.WorkingTimeBetween(Instant.FromUtc(2026, 10, 19, 0, 0), Instant.FromUtc(2026, 10, 20, 0, 0)));
        Assert.Equal(Duration.FromHours(1), coverage.WorkingTimeBetween(Instant.FromUtc(2026, 10, 26, 0, 0), Instant.FromUtc(2026, 10, 27, 0, 0)));
    }

    [Fact]
    public void Except_AlwaysOpenMinusMaintenanceWindows_RemovesTheWindows()
    {
        BusinessCalendar maintenance = BusinessCalendar.CreateBuilder("maintenance", Cal.Tokyo)
            .WithHours(IsoDayOfWeek.Sunday, "02:00-04:00")
            .Build();
        BusinessCalendar service = BusinessCalendar.AlwaysOpen(Cal.Tokyo).Except(maintenance, "service");
        Assert.Equal(Duration.FromHours(168 - 2), service.WorkingTimeBetween(Cal.Jst(2026, 11, 16, 0), Cal.Jst(2026, 11, 23, 0)));
        Assert.False(service.IsWorking(Cal.Jst(2026, 11, 22, 3)));
        Assert.Equal(Cal.Jst(2026, 11, 22, 4), service.NextTransition(Cal.Jst(2026, 11, 22, 2)));
        Assert.Equal(Cal.Jst(2026, 11, 22, 5), service.Add(Cal.Jst(2026, 11, 22, 1), Duration.FromHours(2)));
    }

    [Fact]
    public void Union_TwoShifts_CoversBoth()
    {
        BusinessCalendar early = BusinessCalendar.CreateBuilder("early", Cal.Tokyo).WithWeekdayHours("06:00-14:00").Build();
        BusinessCalendar late = BusinessCalendar.CreateBuilder("late", Cal.Tokyo).WithWeekdayHours("12:00-20:00").Build();
        BusinessCalendar both = early.Union(late);
        Assert.Equal("(early|late)", both.Id);
        Interval[] day = both.WorkingIntervals(new Interval(Cal.Jst(2026, 11, 16, 0), Cal.Jst(2026, 11, 17, 0))).ToArray();
        Assert.Equal(new[] { new Interval(Cal.Jst(2026, 11, 16, 6), Cal.Jst(2026, 11, 16, 20)) }, day);
        Assert.True(both.IsWorkingDay(new LocalDate(2026, 11, 16)));
        Assert.Equal(Cal.Jst(2026, 11, 16, 20), both.EndOfWorkingDay(new LocalDate(2026, 11, 16)));
    }

    [Fact]
    public void ToJson_Combined_RoundTripsToEqualCalendar()
    {
        BusinessCalendar maintenance = BusinessCalendar.CreateBuilder("maintenance", Cal.Tokyo).WithHours(IsoDayOfWeek.Sunday, "02:00-04:00").Build();
        BusinessCalendar service = BusinessCalendar.AlwaysOpen(Cal.Tokyo).Except(maintenance, "service").Intersect(Cal.NineToSix(Cal.Berlin), "svc-berlin");
        BusinessCalendar back = BusinessCalendar.FromJson(service.ToJson());
        Assert.Equal(service, back);
        Instant a = Instant.FromUtc(2026, 3, 1, 0, 0);
        Instant b = Instant.FromUtc(2026, 4, 1, 0, 0);
        Assert.Equal(service.WorkingTimeBetween(a, b), back.WorkingTimeBetween(a, b));
    }
}
