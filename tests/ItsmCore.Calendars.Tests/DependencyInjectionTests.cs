using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddItsmCoreCalendars_RegistersProviderAndNoClock()
    {
        BusinessCalendar office = Cal.NineToSix(Cal.Tokyo);
        using ServiceProvider sp = new ServiceCollection().AddItsmCoreCalendars(office).BuildServiceProvider();
        IBusinessCalendarProvider provider = sp.GetRequiredService<IBusinessCalendarProvider>();
        Assert.Same(office, provider.GetCalendar("nine-to-six", Instant.FromUtc(2026, 1, 1, 0, 0)));
        // Calendars do not read the time: the packages whose services do register the system clock with TryAdd, so a
        // fake clock registered after AddItsmCoreCalendars is no longer lost behind it.
        Assert.Null(sp.GetService<IClock>());
        var e = Assert.Throws<KeyNotFoundException>(() => provider.GetCalendar("missing", Instant.FromUtc(2026, 1, 1, 0, 0)));
        Assert.Contains("'missing'", e.Message, StringComparison.Ordinal);
        Assert.Contains("nine-to-six", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreCalendars_CalledTwice_IsHarmlessAndAddsNewCalendars()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(Cal.NineToSix(Cal.Tokyo));
        services.AddItsmCoreCalendars(Cal.NineToSix(Cal.Tokyo), BusinessCalendar.AlwaysOpen(Cal.Tokyo));
        using ServiceProvider sp = services.BuildServiceProvider();
        Assert.Equal(new[] { "24x7", "nine-to-six" }, Sorted(sp.GetRequiredService<IBusinessCalendarProvider>().CalendarIds));
        Assert.Single(sp.GetServices<IBusinessCalendarProvider>());
    }

    [Fact]
    public void AddItsmCoreCalendars_HostClock_IsKept()
    {
        var clock = new ItsmCore.Testing.FakeClock(Instant.FromUtc(2026, 1, 1, 0, 0));
        using ServiceProvider sp = new ServiceCollection().AddSingleton<IClock>(clock).AddItsmCoreCalendars().BuildServiceProvider();
        Assert.Same(clock, sp.GetRequiredService<IClock>());
    }

    [Fact]
    public void Provider_TwoDifferentCalendarsWithOneId_Throws()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddItsmCoreCalendars(Cal.NineToSix(Cal.Tokyo), Cal.NineToSix(Cal.Berlin))
            .BuildServiceProvider();
        var e = Assert.Throws<ArgumentException>(() => sp.GetRequiredService<IBusinessCalendarProvider>());
        Assert.Contains("nine-to-six", e.Message, StringComparison.Ordinal);
    }

    private static string[] Sorted(IReadOnlyCollection<string> ids)
    {
        var list = new List<string>(ids);
        list.Sort(StringComparer.Ordinal);
        return list.ToArray();
    }
}
