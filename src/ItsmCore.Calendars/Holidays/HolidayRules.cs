using System;
using ItsmCore.Calendars.Model;
using NodaTime;

namespace ItsmCore.Calendars.Holidays;

/// <summary>Computes the date a yearly holiday rule falls on in a given year.</summary>
internal static class HolidayRules
{
    /// <summary>The observed date of <paramref name="rule"/> in <paramref name="year"/>, or null when it has none that year.</summary>
    public static LocalDate? Occurrence(HolidayRule rule, int year)
    {
        switch (rule.Kind)
        {
            case HolidayRuleKind.Date:
                return rule.Date.Year == year ? rule.Date : null;
            case HolidayRuleKind.Fixed:
                if (rule.Day > CalendarSystem.Iso.GetDaysInMonth(year, rule.Month))
                {
                    return null; // 29 February outside leap years
                }

                return Observe(new LocalDate(year, rule.Month, rule.Day), rule.Observance);
            case HolidayRuleKind.NthWeekday:
                return NthWeekday(year, rule.Month, rule.Weekday, rule.N);
            case HolidayRuleKind.LastWeekday:
                return LastWeekday(year, rule.Month, rule.Weekday);
            case HolidayRuleKind.Easter:
                return EasterSunday(year).PlusDays(rule.Offset);
            default:
                throw new InvalidOperationException($"Unknown holiday rule kind {rule.Kind}.");
        }
    }

    /// <summary>The n-th (1-5) given weekday of a month, or null when the month has no n-th one.</summary>
    public static LocalDate? NthWeekday(int year, int month, IsoDayOfWeek weekday, int n)
    {
        var first = new LocalDate(year, month, 1);
        int offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        int day = 1 + offset + (7 * (n - 1));
        return day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    /// <summary>The last given weekday of a month.</summary>
    public static LocalDate LastWeekday(int year, int month, IsoDayOfWeek weekday)
    {
        var last = new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
        int back = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.PlusDays(-back);
    }

    /// <summary>Gregorian Easter Sunday (the anonymous Gregorian computus).</summary>
    public static LocalDate EasterSunday(int year)
    {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31;
        int day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static LocalDate Observe(LocalDate date, HolidayObservance observance)
    {
        return (observance, date.DayOfWeek) switch
        {
            (HolidayObservance.NextWeekdayIfWeekend, IsoDayOfWeek.Saturday) => date.PlusDays(2),
            (HolidayObservance.NextWeekdayIfWeekend, IsoDayOfWeek.Sunday) => date.PlusDays(1),
            (HolidayObservance.NearestWeekday, IsoDayOfWeek.Saturday) => date.PlusDays(-1),
            (HolidayObservance.NearestWeekday, IsoDayOfWeek.Sunday) => date.PlusDays(1),
            _ => date,
        };
    }
}
