using System;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;

namespace ItsmCore.Sla.Tests;

public sealed class MeanTimeToRestoreTests
{
    private static readonly Duration Target = Duration.FromMinutes(45);

    private static Interval Outage(int day, int hour, int minutes) =>
        new(At(day.November(2026).At(hour, 0)), At(day.November(2026).At(hour, 0)) + Duration.FromMinutes(minutes));

    [Fact]
    public void Case7_Of_CurrentOutages_Is60MinutesAndMissesThe45MinuteTarget()
    {
        Duration mttr = MeanTimeToRestore.Of(new[] { Outage(2, 10, 50), Outage(9, 14, 70), Outage(20, 3, 60) });

        Assert.Equal(Duration.FromMinutes(60), mttr);
        Assert.True(mttr > Target);
    }

    [Fact]
    public void Case7_Of_ImprovedOutages_Is45MinutesAndMeetsTheTarget()
    {
        Duration mttr = MeanTimeToRestore.Of(new[] { Outage(2, 10, 40), Outage(9, 14, 50), Outage(20, 3, 45) });

        Assert.Equal(Duration.FromMinutes(45), mttr);
        Assert.True(mttr <= Target);
    }

    [Fact]
    public void Of_OverlappingOutages_AreNotMerged()
    {
        // Two incidents over the same hour are two restorations of 60 and 30 minutes.
        Duration mttr = MeanTimeToRestore.Of(new[] { Outage(2, 10, 60), Outage(2, 10, 30) });

        Assert.Equal(Duration.FromMinutes(45), mttr);
    }

    [Fact]
    public void Of_InexactMean_IsTruncatedToTheNanosecond()
    {
        Instant t = Instant.FromUtc(2026, 1, 1, 0, 0);
        Duration mttr = MeanTimeToRestore.Of(new[] { new Interval(t, t + Duration.FromNanoseconds(1)), new Interval(t, t + Duration.FromNanoseconds(1)), new Interval(t, t) });

        Assert.Equal(Duration.Zero, mttr);
    }

    [Fact]
    public void Of_WithServiceHours_CountsOnlyWorkingTime()
    {
        // Friday 13 Nov 18:30 to Monday 16 Nov 09:30 on a 09:00-18:00 calendar: 30 min of working time (wall time 63 h).
        BusinessCalendar office = TestCalendars.NineToSix(Tokyo);
        Interval weekend = Between(13.November(2026).At(18, 30), 16.November(2026).At(9, 30));

        Assert.Equal(Duration.FromMinutes(30), MeanTimeToRestore.Of(new[] { weekend }, office));
        Assert.Equal(Duration.FromHours(63), MeanTimeToRestore.Of(new[] { weekend }));
    }

    [Fact]
    public void Of_BadArguments_ThrowNamingTheParameter()
    {
        Assert.Equal("outages", Assert.Throws<ArgumentException>(() => MeanTimeToRestore.Of(Array.Empty<Interval>())).ParamName);
        Assert.Equal("outages", Assert.Throws<ArgumentNullException>(() => MeanTimeToRestore.Of(null!)).ParamName);
        Assert.Equal("outages", Assert.Throws<ArgumentException>(() => MeanTimeToRestore.Of(new[] { new Interval(null, Instant.FromUtc(2026, 1, 1, 0, 0)) })).ParamName);
        Assert.Equal("serviceHours", Assert.Throws<ArgumentNullException>(() => MeanTimeToRestore.Of(new[] { Outage(2, 10, 5) }, null!)).ParamName);
        Assert.Equal("outages", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTimeToRestore.Of(new[] { new Interval(Instant.FromUtc(1800, 1, 1, 0, 0), Instant.FromUtc(1800, 1, 2, 0, 0)) }, SalesService)).ParamName);
    }
}
