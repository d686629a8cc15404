using System;
using System.Threading;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Ready-made <see cref="BusinessCalendar"/>s for tests, so a test states the calendar it needs in one call
/// instead of building one. All calendars have no holidays unless stated.
/// </summary>
/// <remarks>
/// Calendars are immutable and thread-safe. The Tokyo calendars are built once and shared, so the working-time
/// index they compile lazily is reused across tests; the others are built on each call (equal calls give equal
/// calendars).
/// </remarks>
public static class TestCalendars
{
    /// <summary>The tzdb id of the zone of the Tokyo calendars.</summary>
    public const string TokyoZoneId = "Asia/Tokyo";

    private static readonly Lazy<BusinessCalendar> Tokyo = new(
        () => BuildTokyo("tokyo-business-days", "09:00-18:00"), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<BusinessCalendar> TokyoSecond = new(
        () => BuildTokyo("tokyo-second-line", "10:00-19:00"), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Monday to Friday 09:00-18:00 in <paramref name="zone"/>, no holidays.</summary>
    /// <param name="zone">The time zone of the hours.</param>
    /// <param name="id">The calendar id; <c>"nine-to-six"</c> by default.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="CalendarFormatException"><paramref name="id"/> is empty or whitespace.</exception>
    public static BusinessCalendar NineToSix(DateTimeZone zone, string id = "nine-to-six")
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(id);
        return BusinessCalendar.CreateBuilder(id, zone).WithWeekdayHours("09:00-18:00").Build();
    }

    /// <summary>Monday to Friday 09:00-12:00 and 13:00-18:00 (an unpaid lunch hour) in <paramref name="zone"/>, id <c>"office-with-lunch"</c>, no holidays.</summary>
    /// <param name="zone">The time zone of the hours.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar OfficeWithLunch(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return BusinessCalendar.CreateBuilder("office-with-lunch", zone).WithWeekdayHours("09:00-12:00", "13:00-18:00").Build();
    }

    /// <summary>
    /// Monday to Friday 09:00-18:00 in Asia/Tokyo with the Japanese national holidays (holiday set <c>"JP"</c>),
    /// id <c>"tokyo-business-days"</c>. Returns a shared instance.
    /// </summary>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar TokyoBusinessDays() => Tokyo.Value;

    /// <summary>
    /// The hours of the second-line engineers: Monday to Friday 10:00-19:00 in Asia/Tokyo with the Japanese
    /// national holidays (holiday set <c>"JP"</c>), id <c>"tokyo-second-line"</c>. Returns a shared instance.
    /// </summary>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar TokyoSecondLine() => TokyoSecond.Value;

    /// <summary>Open around the clock, every day, in <paramref name="zone"/>; id <c>"24x7"</c> (the same as <see cref="BusinessCalendar.AlwaysOpen"/>).</summary>
    /// <param name="zone">The zone used for business-day helpers.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return BusinessCalendar.AlwaysOpen(zone);
    }

    /// <summary>
    /// A night shift 22:00-06:00 in <paramref name="zone"/> starting Monday to Friday evenings (so it runs from Monday
    /// 22:00 to Saturday 06:00 with daytime gaps), id <c>"night-shift"</c>, no holidays. Each shift belongs to the date
    /// it starts on.
    /// </summary>
    /// <param name="zone">The time zone of the hours.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar NightShift(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return BusinessCalendar.CreateBuilder("night-shift", zone).WithWeekdayHours("22:00-06:00").Build();
    }

    /// <summary>The time zone with the given tzdb id, from <see cref="DateTimeZoneProviders.Tzdb"/>.</summary>
    /// <param name="tzdbId">A tzdb id such as <c>"Asia/Tokyo"</c> or <c>"Europe/London"</c>.</param>
    /// <returns>The zone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tzdbId"/> is null.</exception>
    /// <exception cref="ArgumentException">The tzdb database has no zone with that id; the message names it.</exception>
    public static DateTimeZone Zone(string tzdbId)
    {
        ArgumentNullException.ThrowIfNull(tzdbId);
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzdbId)
            ?? throw new ArgumentException(
                $"Unknown time zone id '{tzdbId}'; expected a tzdb id such as 'Asia/Tokyo' (tzdb {DateTimeZoneProviders.Tzdb.VersionId}).",
                nameof(tzdbId));
    }

    private static BusinessCalendar BuildTokyo(string id, string hours) =>
        BusinessCalendar.CreateBuilder(id, Zone(TokyoZoneId)).WithWeekdayHours(hours).AddHolidaySet("JP").Build();
}
