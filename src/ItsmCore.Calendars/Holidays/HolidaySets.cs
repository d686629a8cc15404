using System;
using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Calendars.Holidays;

/// <summary>The registry of built-in holiday sets, referenced by name from calendar definitions.</summary>
internal static class HolidaySets
{
    /// <summary>The names of the built-in sets.</summary>
    public static IReadOnlyList<string> Names { get; } = new[] { "JP" };

    public static bool IsKnown(string name) => name == "JP";

    public static void AddHolidays(string name, int year, List<KeyValuePair<LocalDate, string>> into)
    {
        switch (name)
        {
            case "JP":
                JapaneseHolidays.AddHolidays(year, into);
                break;
            default:
                throw new ArgumentException($"Unknown holiday set '{name}'. Known sets: {string.Join(", ", Names)}.", nameof(name));
        }
    }
}
