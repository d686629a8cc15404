using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Calendars.Holidays;

/// <summary>
/// The built-in Japanese holiday set ("JP"): the national holidays of the Public Holiday Act
/// (国民の祝日に関する法律) as amended, the substitute holidays (振替休日) and citizens' holidays (国民の休日)
/// the Act derives from them, and the one-off holidays of special laws (imperial ceremonies and the
/// moves for the Tokyo Olympics in 2020 and 2021).
/// </summary>
/// <remarks>
/// <para>
/// Each year is computed with the rules in force in that year. The order matters: the national holidays
/// come first; a citizens' holiday is a day sandwiched between two national holidays; a substitute holiday
/// follows a national holiday that falls on a Sunday. Neither derived kind counts as a national holiday
/// for the other rule.
/// </para>
/// <para>
/// The Vernal and Autumnal Equinox Days are fixed officially each February for the following year from the
/// National Astronomical Observatory's ephemeris; this set uses the standard approximation instead, computed in
/// <see cref="decimal"/> so that no rounding error can move a date. The years 1980 to 2027 match the Cabinet Office's
/// published list (syukujitsu.csv, February 2026) date for date; later years are predictions that hold as long as
/// the law is not amended and the official equinox days agree with the approximation. The years 1978 to 2050 also
/// match the independent holiday_jp dataset date for date and name for name (a test keeps a copy of it).
/// </para>
/// </remarks>
internal static class JapaneseHolidays
{
    /// <summary>The first year the set promises (docs/calendars.md): every date of it answers, in any time zone.</summary>
    public const int MinYear = 1980;

    /// <summary>The last year the set promises.</summary>
    public const int MaxYear = 2100;

    /// <summary>
    /// The first year the set computes, with the rules in force in it. A calendar index is built per UTC year from the
    /// local dates 29 December of the year before to 3 January of the year after, and zone offsets reach ±18 h, so
    /// answering every instant of the local dates of <see cref="MinYear"/> needs the UTC year before it, which needs the
    /// last days of the year before that. 1978 and 1979 are computed with the same rules as 1980 (the Act as amended
    /// in 1973) and match the published list.
    /// </summary>
    public const int FirstComputedYear = MinYear - 2;

    /// <summary>The last year the set computes (the Act as it stands), for the same reason as <see cref="FirstComputedYear"/>.</summary>
    public const int LastComputedYear = MaxYear + 2;

    /// <summary>The first instant a calendar using the set answers for: the start of UTC year <see cref="MinYear"/> - 1.</summary>
    public static readonly Instant FirstAnsweredInstant = Instant.FromUtc(MinYear - 1, 1, 1, 0, 0);

    /// <summary>The end (exclusive) of the instants a calendar using the set answers for: the start of UTC year <see cref="MaxYear"/> + 2.</summary>
    public static readonly Instant EndOfAnsweredInstants = Instant.FromUtc(MaxYear + 2, 1, 1, 0, 0);

    /// <summary>
    /// The first year of the range the set is meant to reproduce exactly: the Cabinet Office's published lists match
    /// it from here to the last published year, and the Happy Monday rules of the current law apply from 2000 on.
    /// </summary>
    public const int FirstExactYear = 2000;

    /// <summary>
    /// The last year of the range the set is meant to reproduce exactly, the last year of the standard equinox
    /// approximation for 1980-2099 (assuming the law is not amended).
    /// </summary>
    public const int LastExactYear = 2099;

    private const string NewYearsDay = "New Year's Day";
    private const string ComingOfAgeDay = "Coming of Age Day";
    private const string NationalFoundationDay = "National Foundation Day";
    private const string EmperorsBirthday = "Emperor's Birthday";
    private const string VernalEquinoxDay = "Vernal Equinox Day";
    private const string GreeneryDay = "Greenery Day";
    private const string ShowaDay = "Showa Day";
    private const string ConstitutionMemorialDay = "Constitution Memorial Day";
    private const string ChildrensDay = "Children's Day";
    private const string MarineDay = "Marine Day";
    private const string MountainDay = "Mountain Day";
    private const string RespectForTheAgedDay = "Respect for the Aged Day";
    private const string AutumnalEquinoxDay = "Autumnal Equinox Day";
    private const string HealthAndSportsDay = "Health and Sports Day";
    private const string SportsDay = "Sports Day";
    private const string CultureDay = "Culture Day";
    private const string LabourThanksgivingDay = "Labour Thanksgiving Day";
    private const string SubstituteHoliday = "Substitute Holiday";
    private const string CitizensHoliday = "Citizens' Holiday";

    /// <summary>
    /// The first year in which a day between two national holidays is a holiday: the amendment took effect on
    /// 27 December 1985, so 4 May 1985 (a Saturday) was not one, and 4 May 1988 was the first.
    /// </summary>
    private const int FirstCitizensHolidayYear = 1986;

    /// <summary>The first year of the equinox approximation's constants for 2100-2150.</summary>
    private const int FirstYearOfNextEquinoxConstants = 2100;

    /// <summary>The first year in which a substitute holiday is the next day that is not a national holiday, rather than the Monday.</summary>
    private const int FirstNextNonHolidaySubstituteYear = 2007;

    /// <summary>Orders entries by date; the entries of one year never share a date.</summary>
    private static readonly IComparer<KeyValuePair<LocalDate, string>> ByDate =
        Comparer<KeyValuePair<LocalDate, string>>.Create(static (x, y) => x.Key.CompareTo(y.Key));

    /// <summary>
    /// Adds the holidays of the given Gregorian year to <paramref name="into"/>, in date order and with English names
    /// (for example "New Year's Day", "Coming of Age Day", "Substitute Holiday", "Citizens' Holiday").
    /// </summary>
    /// <param name="year">The year, from <see cref="FirstComputedYear"/> to <see cref="LastComputedYear"/>.</param>
    /// <param name="into">The list to append to; the entries already in it are left as they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="into"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="FirstComputedYear"/> to <see cref="LastComputedYear"/>.</exception>
    public static void AddHolidays(int year, List<KeyValuePair<LocalDate, string>> into)
    {
        ArgumentNullException.ThrowIfNull(into);
        if (year is < FirstComputedYear or > LastComputedYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The holiday set \"JP\" covers the dates {MinYear} to {MaxYear}: a calendar using it answers for the instants [{FirstAnsweredInstant}, {EndOfAnsweredInstants}), which hold every such date in any time zone (the set computes the years {FirstComputedYear} to {LastComputedYear})."));
        }

        int start = into.Count;
        AddFixedDateHolidays(year, into);
        AddHappyMondayHolidays(year, into);
        AddEquinoxDays(year, into);
        AddSpecialHolidays(year, into);
        into.Sort(start, into.Count - start, ByDate);

        int nationalEnd = into.Count;
        AddCitizensHolidays(year, into, start, nationalEnd);
        AddSubstituteHolidays(year, into, start, nationalEnd);
        into.Sort(start, into.Count - start, ByDate);
    }

    /// <summary>The national holidays on a fixed date (in the years they exist, with the name of the year).</summary>
    private static void AddFixedDateHolidays(int year, List<KeyValuePair<LocalDate, string>> into)
    {
        Add(into, year, 1, 1, NewYearsDay);
        Add(into, year, 2, 11, NationalFoundationDay);
        if (year >= 2020)
        {
            Add(into, year, 2, 23, EmperorsBirthday);
        }

        Add(into, year, 4, 29, year switch
        {
            <= 1988 => EmperorsBirthday,
            <= 2006 => GreeneryDay,
            _ => ShowaDay,
        });
        Add(into, year, 5, 3, ConstitutionMemorialDay);
        if (year >= 2007)
        {
            Add(into, year, 5, 4, GreeneryDay);
        }

        Add(into, year, 5, 5, ChildrensDay);
        if (year >= 2016 && !IsOlympicYear(year))
        {
            Add(into, year, 8, 11, MountainDay);
        }

        Add(into, year, 11, 3, CultureDay);
        Add(into, year, 11, 23, LabourThanksgivingDay);
        if (year is >= 1989 and <= 2018)
        {
            Add(into, year, 12, 23, EmperorsBirthday);
        }
    }

    /// <summary>
    /// The national holidays the Happy Monday amendments moved to a Monday (from 2000 and 2003),
    /// on their earlier fixed dates before that.
    /// </summary>
    private static void AddHappyMondayHolidays(int year, List<KeyValuePair<LocalDate, string>> into)
    {
        Add(into, year < 2000 ? new LocalDate(year, 1, 15) : NthMonday(year, 1, 2), ComingOfAgeDay);
        if (year >= 1996 && !IsOlympicYear(year))
        {
            Add(into, year < 2003 ? new LocalDate(year, 7, 20) : NthMonday(year, 7, 3), MarineDay);
        }

        Add(into, year < 2003 ? new LocalDate(year, 9, 15) : NthMonday(year, 9, 3), RespectForTheAgedDay);
        if (!IsOlympicYear(year))
        {
            Add(into, year < 2000 ? new LocalDate(year, 10, 10) : NthMonday(year, 10, 2), year < 2020 ? HealthAndSportsDay : SportsDay);
        }
    }

    /// <summary>The Vernal and Autumnal Equinox Days, by the standard approximation.</summary>
    private static void AddEquinoxDays(int year, List<KeyValuePair<LocalDate, string>> into)
    {
        bool nextConstants = year >= FirstYearOfNextEquinoxConstants;
        Add(into, year, 3, EquinoxDay(year, nextConstants ? 21.8510m : 20.8431m), VernalEquinoxDay);
        Add(into, year, 9, EquinoxDay(year, nextConstants ? 24.2488m : 23.2488m), AutumnalEquinoxDay);
    }

    /// <summary>
    /// The day of the month of an equinox: floor(c + 0.242194 (Y - 1980) - floor((Y - 1980) / 4)).
    /// Decimal arithmetic is exact here, so the floor cannot be moved by a rounding error.
    /// </summary>
    private static int EquinoxDay(int year, decimal constant)
    {
        int elapsed = year - 1980;
        return (int)decimal.Floor(constant + (0.242194m * elapsed)) - FloorDiv4(elapsed);
    }

    /// <summary>floor(n / 4), also for the negative n of the years before 1980 (where C# division would round up).</summary>
    private static int FloorDiv4(int n) => n >= 0 ? n / 4 : -((3 - n) / 4);

    /// <summary>
    /// The one-off holidays of special laws, which count as national holidays: imperial ceremonies, and the 2020 and
    /// 2021 Olympic moves of Marine Day, Sports Day and Mountain Day (which replace the regular dates in those years).
    /// </summary>
    private static void AddSpecialHolidays(int year, List<KeyValuePair<LocalDate, string>> into)
    {
        switch (year)
        {
            case 1989:
                Add(into, year, 2, 24, "Funeral of Emperor Showa");
                break;
            case 1990:
                Add(into, year, 11, 12, "Enthronement Ceremony");
                break;
            case 1993:
                Add(into, year, 6, 9, "Wedding of the Crown Prince");
                break;
            case 2019:
                Add(into, year, 5, 1, "Enthronement Day");
                Add(into, year, 10, 22, "Enthronement Ceremony");
                break;
            case 2020:
                Add(into, year, 7, 23, MarineDay);
                Add(into, year, 7, 24, SportsDay);
                Add(into, year, 8, 10, MountainDay);
                break;
            case 2021:
                Add(into, year, 7, 22, MarineDay);
                Add(into, year, 7, 23, SportsDay);
                Add(into, year, 8, 8, MountainDay);
                break;
        }
    }

    /// <summary>
    /// Citizens' holidays: a day whose previous and next days are national holidays. A Sunday stays a Sunday,
    /// and a day after a national holiday on Sunday is that holiday's substitute instead.
    /// </summary>
    /// <remarks>The national holidays are <c>into[start..end)</c>, in date order; new entries are appended after them.</remarks>
    private static void AddCitizensHolidays(int year, List<KeyValuePair<LocalDate, string>> into, int start, int end)
    {
        if (year < FirstCitizensHolidayYear)
        {
            return;
        }

        for (int i = start + 1; i < end; i++)
        {
            LocalDate before = into[i - 1].Key;
            LocalDate middle = before.PlusDays(1);
            if (into[i].Key == middle.PlusDays(1)
                && middle.DayOfWeek != IsoDayOfWeek.Sunday
                && before.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                into.Add(new KeyValuePair<LocalDate, string>(middle, CitizensHoliday));
            }
        }
    }

    /// <summary>
    /// Substitute holidays for national holidays on a Sunday: until 2006 the Monday (none if the Monday is itself
    /// a national holiday), from 2007 the next day that is not a national holiday.
    /// </summary>
    /// <remarks>
    /// The national holidays are <c>into[start..end)</c>, in date order; the citizens' holidays follow them.
    /// A substitute day that is already a citizens' holiday is not added twice.
    /// </remarks>
    private static void AddSubstituteHolidays(int year, List<KeyValuePair<LocalDate, string>> into, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (into[i].Key.DayOfWeek != IsoDayOfWeek.Sunday)
            {
                continue;
            }

            LocalDate substitute = into[i].Key.PlusDays(1);
            int next = i + 1;
            if (year < FirstNextNonHolidaySubstituteYear)
            {
                if (next < end && into[next].Key == substitute)
                {
                    continue;
                }
            }
            else
            {
                while (next < end && into[next].Key == substitute)
                {
                    substitute = substitute.PlusDays(1);
                    next++;
                }
            }

            if (!ContainsDate(into, end, into.Count, substitute))
            {
                into.Add(new KeyValuePair<LocalDate, string>(substitute, SubstituteHoliday));
            }
        }
    }

    private static bool ContainsDate(List<KeyValuePair<LocalDate, string>> entries, int start, int end, LocalDate date)
    {
        for (int i = start; i < end; i++)
        {
            if (entries[i].Key == date)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOlympicYear(int year) => year is 2020 or 2021;

    /// <summary>The <paramref name="n"/>th Monday of the month.</summary>
    private static LocalDate NthMonday(int year, int month, int n)
    {
        var first = new LocalDate(year, month, 1);
        int daysToMonday = ((int)IsoDayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.PlusDays(daysToMonday + (7 * (n - 1)));
    }

    private static void Add(List<KeyValuePair<LocalDate, string>> into, int year, int month, int day, string name) =>
        Add(into, new LocalDate(year, month, day), name);

    private static void Add(List<KeyValuePair<LocalDate, string>> into, LocalDate date, string name) =>
        into.Add(new KeyValuePair<LocalDate, string>(date, name));
}
