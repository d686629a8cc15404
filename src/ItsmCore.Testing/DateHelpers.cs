using System;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Extension methods for writing dates and times briefly in tests, in the style of NodaTime.Testing:
/// <c>24.November(2026).At(10).ToInstantStrictly(tokyo)</c> or <c>1.April(2026).At(9, 30).Utc()</c>.
/// </summary>
/// <remarks>
/// All dates are in the ISO calendar. Invalid values (such as <c>30.February(2026)</c> or an hour of 24) throw
/// <see cref="ArgumentOutOfRangeException"/>, as the NodaTime constructors do.
/// </remarks>
public static class DateHelpers
{
    /// <summary>The ISO date <paramref name="day"/> January <paramref name="year"/>, e.g. <c>1.January(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate January(this int day, int year) => new(year, 1, day);

    /// <summary>The ISO date <paramref name="day"/> February <paramref name="year"/>, e.g. <c>1.February(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate February(this int day, int year) => new(year, 2, day);

    /// <summary>The ISO date <paramref name="day"/> March <paramref name="year"/>, e.g. <c>1.March(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate March(this int day, int year) => new(year, 3, day);

    /// <summary>The ISO date <paramref name="day"/> April <paramref name="year"/>, e.g. <c>1.April(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate April(this int day, int year) => new(year, 4, day);

    /// <summary>The ISO date <paramref name="day"/> May <paramref name="year"/>, e.g. <c>1.May(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate May(this int day, int year) => new(year, 5, day);

    /// <summary>The ISO date <paramref name="day"/> June <paramref name="year"/>, e.g. <c>1.June(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate June(this int day, int year) => new(year, 6, day);

    /// <summary>The ISO date <paramref name="day"/> July <paramref name="year"/>, e.g. <c>1.July(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate July(this int day, int year) => new(year, 7, day);

    /// <summary>The ISO date <paramref name="day"/> August <paramref name="year"/>, e.g. <c>1.August(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate August(this int day, int year) => new(year, 8, day);

    /// <summary>The ISO date <paramref name="day"/> September <paramref name="year"/>, e.g. <c>1.September(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate September(this int day, int year) => new(year, 9, day);

    /// <summary>The ISO date <paramref name="day"/> October <paramref name="year"/>, e.g. <c>1.October(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate October(this int day, int year) => new(year, 10, day);

    /// <summary>The ISO date <paramref name="day"/> November <paramref name="year"/>, e.g. <c>1.November(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate November(this int day, int year) => new(year, 11, day);

    /// <summary>The ISO date <paramref name="day"/> December <paramref name="year"/>, e.g. <c>1.December(2026)</c>.</summary>
    /// <param name="day">The day of the month.</param>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The day does not exist in that month and year.</exception>
    public static LocalDate December(this int day, int year) => new(year, 12, day);

    /// <summary>The date at a time of day given in hours and minutes, e.g. <c>1.April(2026).At(9, 30)</c>.</summary>
    /// <param name="date">The date.</param>
    /// <param name="hour">The hour, 0-23.</param>
    /// <param name="minute">The minute, 0-59.</param>
    /// <returns>The local date and time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The hour or minute is out of range.</exception>
    public static LocalDateTime At(this LocalDate date, int hour, int minute = 0) => date.At(new LocalTime(hour, minute));

    /// <summary>
    /// The instant at which <paramref name="zone"/>'s wall clock shows <paramref name="localDateTime"/>: a shortcut
    /// for <c>localDateTime.InZoneStrictly(zone).ToInstant()</c>. (It cannot be called <c>InZoneStrictly</c>:
    /// <see cref="LocalDateTime.InZoneStrictly"/> is an instance method and would always win.)
    /// </summary>
    /// <param name="localDateTime">The wall-clock date and time.</param>
    /// <param name="zone">The time zone.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="NodaTime.SkippedTimeException">The local time falls in a gap (spring forward) in the zone.</exception>
    /// <exception cref="NodaTime.AmbiguousTimeException">The local time occurs twice (fall back) in the zone.</exception>
    public static Instant ToInstantStrictly(this LocalDateTime localDateTime, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return localDateTime.InZoneStrictly(zone).ToInstant();
    }

    /// <summary>The instant at which UTC shows <paramref name="localDateTime"/>, e.g. <c>1.April(2026).At(9).Utc()</c>.</summary>
    /// <param name="localDateTime">The date and time in UTC.</param>
    /// <returns>The instant.</returns>
    public static Instant Utc(this LocalDateTime localDateTime) => localDateTime.InUtc().ToInstant();
}
