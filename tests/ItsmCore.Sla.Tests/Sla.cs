using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla.Tests;

/// <summary>Calendars and instants shared by the SLA tests.</summary>
internal static class Sla
{
    public static DateTimeZone Tokyo { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static DateTimeZone NewYork { get; } = DateTimeZoneProviders.Tzdb["America/New_York"];

    /// <summary>Mon-Fri 09:00-18:00 Asia/Tokyo with JP holidays, id "jp-office".</summary>
    public static BusinessCalendar Office { get; } =
        BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();

    /// <summary>24x7 in Asia/Tokyo, id "24x7".</summary>
    public static BusinessCalendar AlwaysOpen { get; } = BusinessCalendar.AlwaysOpen(Tokyo);

    public static BusinessCalendarCatalog Catalog { get; } = BusinessCalendarCatalog.Of(new[] { Office, AlwaysOpen });

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Tokyo.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second)).ToInstant();

    public static Duration H(double hours) => Duration.FromSeconds((long)(hours * 3600));

    public static Duration M(long minutes) => Duration.FromMinutes(minutes);
}
