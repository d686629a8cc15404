using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class BusinessCalendarCatalogTests
{
    private static readonly Instant Dec1 = Cal.Jst(2026, 12, 1, 0);

    private static BusinessCalendar Office(params string[] hours) =>
        BusinessCalendar.CreateBuilder("office", Cal.Tokyo).WithWeekdayHours(hours).Build();

    [Fact]
    public void TryGetCalendar_Versions_ReturnsTheVersionInForce()
    {
        BusinessCalendar v1 = Office("09:00-18:00");
        BusinessCalendar v2 = Office("08:00-20:00");
        BusinessCalendarCatalog catalog = BusinessCalendarCatalog.Empty.Add(v2, Dec1).Add(v1);

        Assert.Same(v1, catalog.GetCalendar("office", Dec1 - Duration.Epsilon));
        Assert.Same(v2, catalog.GetCalendar("office", Dec1));
        Assert.Same(v2, catalog.GetCalendar("office", Dec1 + Duration.FromDays(400)));
        Assert.Equal(new[] { BusinessCalendar.MinSupportedInstant, Dec1 }, ToInstants(catalog.Versions("office")));
        Assert.Equal(new[] { "office" }, catalog.CalendarIds);
    }

    [Fact]
    public void TryGetCalendar_BeforeFirstVersionOrUnknownId_ReturnsFalse()
    {
        BusinessCalendarCatalog catalog = BusinessCalendarCatalog.Empty.Add(Office("09:00-18:00"), Dec1);
        Assert.False(catalog.TryGetCalendar("office", Dec1 - Duration.Epsilon, out _));
        Assert.False(catalog.TryGetCalendar("other", Dec1, out _));
        Assert.Empty(catalog.Versions("other"));
        var e = Assert.Throws<KeyNotFoundException>(() => catalog.GetCalendar("office", Dec1 - Duration.Epsilon));
        Assert.Contains("'office'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_IsImmutable_AndEqualVersionTwiceIsHarmless()
    {
        BusinessCalendarCatalog empty = BusinessCalendarCatalog.Empty;
        BusinessCalendarCatalog one = empty.Add(Office("09:00-18:00"));
        Assert.Empty(empty.CalendarIds);
        Assert.Same(one, one.Add(Office("09:00-18:00")));
    }

    [Fact]
    public void Add_DifferentVersionAtSameInstant_ThrowsNamingTheCalendar()
    {
        BusinessCalendarCatalog catalog = BusinessCalendarCatalog.Empty.Add(Office("09:00-18:00"), Dec1);
        var e = Assert.Throws<ArgumentException>(() => catalog.Add(Office("10:00-19:00"), Dec1));
        Assert.Equal("calendar", e.ParamName);
        Assert.Contains("'office'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => BusinessCalendarCatalog.Of(null!));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendarCatalog.Of(new BusinessCalendar[] { null! }));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendarCatalog.Empty.Add(null!));
    }

    private static Instant[] ToInstants(IReadOnlyList<BusinessCalendarVersion> versions)
    {
        var result = new Instant[versions.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = versions[i].EffectiveFrom;
        }

        return result;
    }
}
