using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Changes.Tests;

/// <summary>Zones, calendars and instants shared by the tests, plus random calendars for the property tests.</summary>
internal static class Fixtures
{
    public static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];
    public static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    public static readonly DateTimeZone London = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Weekdays 10:00-19:00 Asia/Tokyo with the JP national holidays (case 1's second line).</summary>
    public static readonly BusinessCalendar TokyoSecondLine =
        BusinessCalendar.CreateBuilder("tokyo-second-line", Tokyo).WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").Build();

    /// <summary>Weekdays 09:00-18:00 Asia/Tokyo with the JP national holidays.</summary>
    public static readonly BusinessCalendar TokyoOffice =
        BusinessCalendar.CreateBuilder("tokyo-office", Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Tokyo).ToInstant();

    public static Instant At(DateTimeZone zone, int year, int month, int day, int hour, int minute = 0) =>
        zone.AtLeniently(new LocalDateTime(year, month, day, hour, minute)).ToInstant();

    /// <summary>
    /// Random calendars: Tokyo, New York (DST) or London; on each weekday no hours or one or two intervals on whole
    /// quarter hours (some overnight), at least one working weekday; up to 20 random holidays and 3 whole-day closures in
    /// 2025-2027.
    /// </summary>
    public static Gen<BusinessCalendar> Calendars(string id = "random") =>
        from zone in Gen.Elements(Tokyo, NewYork, London)
        from days in Gen.ArrayOf(DayHours(), 7)
        from forced in Gen.Choose(1, 5)
        from holidayCount in Gen.Choose(0, 20)
        from holidays in Gen.ArrayOf(Gen.Choose(0, 3 * 365), holidayCount)
        from closureCount in Gen.Choose(0, 3)
        from closures in Gen.ArrayOf(Gen.Choose(0, 3 * 365), closureCount)
        select Build(id, zone, days, forced, holidays, closures);

    private static Gen<string[]> DayHours() =>
        Gen.Frequency(
            (2, Gen.Constant(Array.Empty<string>())),
            (4, Interval(0, 22 * 4).Select(i => new[] { i })),
            (1, from a in Gen.Choose(0, 10 * 4) from la in Gen.Choose(1, 4 * 4) from gap in Gen.Choose(1, 8) from lb in Gen.Choose(1, 6 * 4)
                select new[] { Text(a, a + la), Text(a + la + gap, a + la + gap + lb) }),
            (1, Gen.Elements("22:00-06:00", "00:00-24:00", "01:00-03:30").Select(s => new[] { s })));

    private static Gen<string> Interval(int minStart, int maxStart) =>
        from start in Gen.Choose(minStart, maxStart)
        from length in Gen.Choose(1, Math.Min(12 * 4, 96 - start))
        select Text(start, start + length);

    private static string Text(int startQuarters, int endQuarters) =>
        $"{startQuarters / 4:00}:{startQuarters % 4 * 15:00}-{endQuarters / 4:00}:{endQuarters % 4 * 15:00}";

    private static BusinessCalendar Build(string id, DateTimeZone zone, string[][] days, int forced, int[] holidays, int[] closures)
    {
        var builder = BusinessCalendar.CreateBuilder(id, zone);
        bool any = false;
        for (int d = 0; d < 7; d++)
        {
            string[] hours = days[d].Length == 0 && d + 1 == forced ? ["09:00-17:00"] : days[d];
            if (hours.Length > 0)
            {
                builder.WithHours((IsoDayOfWeek)(d + 1), hours);
                any = true;
            }
        }

        if (!any)
        {
            builder.WithHours(IsoDayOfWeek.Monday, "09:00-17:00");
        }

        var origin = new LocalDate(2025, 1, 1);
        foreach (int h in holidays.Distinct())
        {
            builder.AddHoliday(origin.PlusDays(h));
        }

        foreach (int c in closures.Distinct())
        {
            builder.AddClosure(origin.PlusDays(c), "00:00-24:00");
        }

        return builder.Build();
    }
}
