using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using ItsmCore.Calendars.Holidays;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// The built-in "JP" set against an independent list: the holiday_jp dataset (Data/holiday_jp, MIT licence),
/// date by date and name by name for every year both cover (the set's computed years from 1978 to the dataset's last, 2050).
/// </summary>
/// <remarks>
/// The dataset names holidays in Japanese and the set in English. The mapping: each national holiday's Japanese name
/// maps to one English name (<see cref="NationalHolidayNames"/>); "X 振替休日" (substitute for X) is the set's
/// "Substitute Holiday"; "休日" (a day between two holidays) is "Citizens' Holiday"; the special days map by date
/// (<see cref="SpecialDays"/>), since the dataset names two of them only "休日（祝日扱い）" (a day treated as a holiday).
/// </remarks>
public sealed class JapaneseHolidaysDatasetTests
{
    private const int LastDatasetYear = 2050;

    private static readonly Dictionary<string, string> NationalHolidayNames = new(StringComparer.Ordinal)
    {
        ["元日"] = "New Year's Day",
        ["成人の日"] = "Coming of Age Day",
        ["建国記念の日"] = "National Foundation Day",
        ["天皇誕生日"] = "Emperor's Birthday",
        ["春分の日"] = "Vernal Equinox Day",
        ["みどりの日"] = "Greenery Day",
        ["昭和の日"] = "Showa Day",
        ["憲法記念日"] = "Constitution Memorial Day",
        ["こどもの日"] = "Children's Day",
        ["海の日"] = "Marine Day",
        ["山の日"] = "Mountain Day",
        ["敬老の日"] = "Respect for the Aged Day",
        ["秋分の日"] = "Autumnal Equinox Day",
        ["体育の日"] = "Health and Sports Day",
        ["スポーツの日"] = "Sports Day",
        ["文化の日"] = "Culture Day",
        ["勤労感謝の日"] = "Labour Thanksgiving Day",
    };

    /// <summary>The one-off days, by date: the dataset's name and the set's.</summary>
    private static readonly Dictionary<LocalDate, (string Dataset, string Set)> SpecialDays = new()
    {
        [new LocalDate(1989, 2, 24)] = ("大喪の礼", "Funeral of Emperor Showa"),
        [new LocalDate(1990, 11, 12)] = ("即位礼正殿の儀", "Enthronement Ceremony"),
        [new LocalDate(1993, 6, 9)] = ("結婚の儀", "Wedding of the Crown Prince"),
        [new LocalDate(2019, 5, 1)] = ("休日（祝日扱い）", "Enthronement Day"),
        [new LocalDate(2019, 10, 22)] = ("休日（祝日扱い）", "Enthronement Ceremony"),
        // Health and Sports Day of 2019, written with the name it took in 2020.
        [new LocalDate(2019, 10, 14)] = ("体育の日（スポーツの日）", "Health and Sports Day"),
    };

    [Fact]
    public void AddHolidays_EveryYearTheDatasetCovers_HasTheDatasetsDatesAndNames()
    {
        Dictionary<LocalDate, string> dataset = ReadDataset();
        var differences = new List<string>();
        for (int year = JapaneseHolidays.FirstComputedYear; year <= LastDatasetYear; year++)
        {
            var set = new List<KeyValuePair<LocalDate, string>>();
            JapaneseHolidays.AddHolidays(year, set);
            var expected = dataset.Where(d => d.Key.Year == year).ToDictionary(d => d.Key, d => EnglishName(d.Key, d.Value));

            foreach (var (date, name) in set)
            {
                if (!expected.TryGetValue(date, out string? want))
                {
                    differences.Add($"{date:uuuu-MM-dd}: set has {name}, dataset has none");
                }
                else if (want != name)
                {
                    differences.Add($"{date:uuuu-MM-dd}: set has {name}, dataset has {want} ({dataset[date]})");
                }
            }

            foreach (var (date, want) in expected)
            {
                if (!set.Any(h => h.Key == date))
                {
                    differences.Add($"{date:uuuu-MM-dd}: dataset has {want} ({dataset[date]}), set has none");
                }
            }
        }

        Assert.Empty(differences);
    }

    [Fact]
    public void ReadDataset_File_CoversTheComparedYearsAndOnlyKnownNames()
    {
        Dictionary<LocalDate, string> dataset = ReadDataset();

        Assert.Equal(1970, dataset.Keys.Min().Year);
        Assert.Equal(LastDatasetYear, dataset.Keys.Max().Year);
        Assert.All(dataset, d => EnglishName(d.Key, d.Value)); // throws for a name the mapping does not know
        Assert.InRange(dataset.Count(d => d.Key.Year >= JapaneseHolidays.FirstComputedYear), 1000, 1300);
    }

    /// <summary>The set's English name for a dataset entry.</summary>
    private static string EnglishName(LocalDate date, string japanese)
    {
        if (SpecialDays.TryGetValue(date, out var special))
        {
            Assert.Equal(special.Dataset, japanese);
            return special.Set;
        }

        if (japanese == "休日")
        {
            return "Citizens' Holiday";
        }

        if (japanese.EndsWith(" 振替休日", StringComparison.Ordinal)
            && NationalHolidayNames.ContainsKey(japanese[..^" 振替休日".Length]))
        {
            return "Substitute Holiday";
        }

        return NationalHolidayNames.TryGetValue(japanese, out string? english)
            ? english
            : throw new InvalidDataException($"{date:uuuu-MM-dd}: no English name for '{japanese}'");
    }

    /// <summary>Reads Data/holiday_jp/holidays.yml: a "---" line, then one "yyyy-MM-dd: name" line per holiday.</summary>
    private static Dictionary<LocalDate, string> ReadDataset()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "holiday_jp", "holidays.yml");
        var result = new Dictionary<LocalDate, string>();
        foreach (string line in File.ReadLines(path).Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            int colon = line.IndexOf(": ", StringComparison.Ordinal);
            LocalDate date = LocalDatePattern.Iso.Parse(line[..colon]).GetValueOrThrow();
            result.Add(date, line[(colon + 2)..].Trim());
        }

        return result;
    }
}
