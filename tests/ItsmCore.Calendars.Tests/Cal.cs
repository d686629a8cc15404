using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

/// <summary>Small helpers shared by the calendar tests.</summary>
internal static class Cal
{
    public static DateTimeZone Tokyo { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static DateTimeZone Berlin { get; } = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Mon-Fri 09:00-18:00 in the given zone.</summary>
    public static BusinessCalendar NineToSix(DateTimeZone zone) =>
        BusinessCalendar.CreateBuilder("nine-to-six", zone).WithWeekdayHours("09:00-18:00").Build();

    /// <summary>A local wall time in the zone, strictly mapped (the tests only use unambiguous times).</summary>
    public static Instant Local(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtStrictly(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0) => Local(Tokyo, year, month, day, hour, minute);
}
