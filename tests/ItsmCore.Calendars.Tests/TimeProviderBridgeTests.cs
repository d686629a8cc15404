using System;
using ItsmCore.Calendars;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>The bridges between NodaTime's <see cref="IClock"/> and .NET's <see cref="TimeProvider"/>, driven by FakeTimeProvider and FakeClock.</summary>
public sealed class TimeProviderBridgeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 20, 7, 30, 0, TimeSpan.Zero);

    [Fact]
    public void GetCurrentInstant_FakeTimeProviderAdvanced_FollowsIt()
    {
        var time = new FakeTimeProvider(Start);
        var clock = new TimeProviderClock(time);

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 7, 30), clock.GetCurrentInstant());
        time.Advance(TimeSpan.FromMinutes(90) + TimeSpan.FromTicks(1));
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 9, 0) + Duration.FromNanoseconds(100), clock.GetCurrentInstant());
        Assert.Same(time, clock.TimeProvider);
    }

    [Fact]
    public void GetCurrentInstant_ProviderWithOffset_IsTheSameInstant()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 16, 30, 0, TimeSpan.FromHours(9)));

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 7, 30), new TimeProviderClock(time).GetCurrentInstant());
    }

    [Fact]
    public void GetUtcNow_FakeClockMoved_FollowsItInUtc()
    {
        var clock = new ItsmCore.Testing.FakeClock(Instant.FromUtc(2026, 11, 20, 7, 30));
        var time = new ClockTimeProvider(clock);

        Assert.Equal(Start, time.GetUtcNow());
        Assert.Equal(TimeSpan.Zero, time.GetUtcNow().Offset);
        clock.AdvanceHours(2);
        Assert.Equal(Start.AddHours(2), time.GetUtcNow());
        Assert.Equal(Start.AddHours(2), time.GetLocalNow());
        Assert.Same(TimeZoneInfo.Utc, time.LocalTimeZone);
        Assert.Same(clock, time.Clock);
    }

    [Fact]
    public void GetElapsedTime_FakeClockMoved_IsTheClocksStep()
    {
        var clock = new ItsmCore.Testing.FakeClock(Instant.FromUtc(2026, 11, 20, 7, 30));
        var time = new ClockTimeProvider(clock);

        long before = time.GetTimestamp();
        clock.Advance(Duration.FromMilliseconds(1500));

        Assert.Equal(TimeSpan.FromMilliseconds(1500), time.GetElapsedTime(before));
    }

    [Fact]
    public void Bridges_OneAfterTheOther_GiveTheInstantBackToTheTick()
    {
        Instant instant = Instant.FromUtc(2026, 11, 20, 7, 30) + Duration.FromNanoseconds(1_234_567);
        var clock = new ItsmCore.Testing.FakeClock(instant);

        Instant back = new TimeProviderClock(new ClockTimeProvider(clock)).GetCurrentInstant();

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 7, 30) + Duration.FromNanoseconds(1_234_500), back);
    }

    [Fact]
    public void Constructors_Null_ThrowArgumentNull()
    {
        Assert.Equal("timeProvider", Assert.Throws<ArgumentNullException>(() => new TimeProviderClock(null!)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => new ClockTimeProvider(null!)).ParamName);
    }

    [Fact]
    public void AddItsmCoreTimeProvider_AfterAddItsmCoreCalendars_IsTheOnlyClock()
    {
        var time = new FakeTimeProvider(Start);
        using ServiceProvider sp = new ServiceCollection()
            .AddItsmCoreCalendars(Cal.NineToSix(Cal.Tokyo))
            .AddItsmCoreTimeProvider(time)
            .BuildServiceProvider();

        IClock clock = sp.GetRequiredService<IClock>();
        time.Advance(TimeSpan.FromHours(1));

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 8, 30), clock.GetCurrentInstant());
        Assert.Same(time, sp.GetRequiredService<TimeProvider>());
        Assert.Single(sp.GetServices<IClock>());
    }

    [Fact]
    public void AddItsmCoreTimeProvider_BeforeAddItsmCoreCalendars_IsKept()
    {
        var time = new FakeTimeProvider(Start);
        using ServiceProvider sp = new ServiceCollection()
            .AddItsmCoreTimeProvider(time)
            .AddItsmCoreCalendars(Cal.NineToSix(Cal.Tokyo))
            .BuildServiceProvider();

        Assert.Equal(Instant.FromUtc(2026, 11, 20, 7, 30), sp.GetRequiredService<IClock>().GetCurrentInstant());
        Assert.IsType<TimeProviderClock>(sp.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddItsmCoreTimeProvider_HostTimeProviderRegistered_KeepsItAndTheLastCallWins()
    {
        var host = new FakeTimeProvider(Start);
        var test = new FakeTimeProvider(Start.AddDays(1));
        using ServiceProvider sp = new ServiceCollection()
            .AddSingleton<TimeProvider>(host)
            .AddItsmCoreTimeProvider(host)
            .AddItsmCoreTimeProvider(test)
            .BuildServiceProvider();

        Assert.Same(host, sp.GetRequiredService<TimeProvider>());
        Assert.Same(test, Assert.IsType<TimeProviderClock>(sp.GetRequiredService<IClock>()).TimeProvider);
    }
}
