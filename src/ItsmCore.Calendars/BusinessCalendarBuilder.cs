using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using ItsmCore.Calendars.Holidays;
using ItsmCore.Calendars.Model;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Calendars;

/// <summary>
/// Builds a <see cref="BusinessCalendar"/> in code. The builder validates exactly like
/// <see cref="BusinessCalendar.FromJson(string)"/> and reports errors as a
/// <see cref="CalendarFormatException"/> naming the JSON path the same value would have
/// (for example <c>$.weekly.monday[1]</c> or <c>$.holidays[0].n</c>); a calendar built here and one
/// read from the equivalent JSON are equal.
/// </summary>
/// <remarks>
/// Hours are written as in JSON: <c>"09:00-18:00"</c>, overnight <c>"22:00-06:00"</c>, whole day
/// <c>"00:00-24:00"</c>. A builder is not thread-safe; the calendars it builds are immutable and are.
/// </remarks>
public sealed class BusinessCalendarBuilder
{
    private readonly string id;
    private readonly DateTimeZone zone;
    private readonly ImmutableArray<WallInterval>[] weekly = new ImmutableArray<WallInterval>[7];
    private readonly List<string> holidaySets = new();
    private readonly List<HolidayRule> holidays = new();
    private readonly List<DateException> exceptions = new();
    private readonly List<ClosureRule> closures = new();

    /// <summary>Starts a calendar with no working time.</summary>
    /// <param name="id">The calendar id; not empty.</param>
    /// <param name="zone">The time zone whose wall clock the hours are written in.</param>
    /// <exception cref="ArgumentNullException">A parameter is null.</exception>
    /// <exception cref="CalendarFormatException">The id is empty or whitespace.</exception>
    public BusinessCalendarBuilder(string id, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(zone);
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new CalendarFormatException("$.id", "the calendar id must not be empty");
        }

        this.id = id;
        this.zone = zone;
        for (int i = 0; i < 7; i++)
        {
            weekly[i] = ImmutableArray<WallInterval>.Empty;
        }
    }

    /// <summary>Sets the working hours of one weekday, replacing any set before; no hours means a non-working weekday.</summary>
    /// <param name="day">The weekday.</param>
    /// <param name="hours">Intervals such as <c>"09:00-12:00", "13:00-18:00"</c>; they must not overlap each other.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WithHours(IsoDayOfWeek day, params string[] hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The weekday must be Monday to Sunday.");
        }

        weekly[(int)day - 1] = ParseHours(hours, "$.weekly." + WeekdayName(day));
        return this;
    }

    /// <summary>Sets the same working hours on Monday to Friday.</summary>
    /// <param name="hours">Intervals such as <c>"09:00-18:00"</c>.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder WithWeekdayHours(params string[] hours)
    {
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Friday; day++)
        {
            WithHours(day, hours);
        }

        return this;
    }

    /// <summary>
    /// Adds a built-in holiday set, such as <c>"JP"</c> (Japanese national holidays, every date of 1980-2100; a
    /// calendar using it answers for the instants [1979-01-01T00:00Z, 2102-01-01T00:00Z) and throws
    /// <see cref="ArgumentOutOfRangeException"/> outside, see docs/calendars.md).
    /// </summary>
    /// <param name="name">The set's name; see <see cref="BusinessCalendar.HolidaySetNames"/>.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHolidaySet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string path = $"$.holidaySets[{holidaySets.Count}]";
        if (!HolidaySets.IsKnown(name))
        {
            throw new CalendarFormatException(path, $"unknown holiday set '{name}'; known sets: {string.Join(", ", HolidaySets.Names)}");
        }

        if (holidaySets.Contains(name))
        {
            throw new CalendarFormatException(path, $"holiday set '{name}' is listed twice");
        }

        holidaySets.Add(name);
        return this;
    }

    /// <summary>Adds a holiday on an explicit date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="name">A name shown in explanations; optional.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddHoliday(LocalDate date, string? name = null)
    {
        CheckIso(date, HolidayPath() + ".date");
        holidays.Add(new HolidayRule(HolidayRuleKind.Date, name, Date: date));
        return this;
    }

    /// <summary>Adds a holiday on the same month and day every year.</summary>
    /// <param name="month">1-12.</param>
    /// <param name="day">1 to the days of that month (29 February occurs in leap years only).</param>
    /// <param name="name">A name shown in explanations; optional.</param>
    /// <param name="observance">How the holiday moves when it falls on a weekend.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddFixedHoliday(int month, int day, string? name = null, HolidayObservance observance = HolidayObservance.None)
    {
        string path = HolidayPath();
        CheckMonth(month, path);
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(2000, month))
        {
            throw new CalendarFormatException(path + ".day", $"day {day} does not exist in month {month}");
        }

        if (!Enum.IsDefined(observance))
        {
            throw new CalendarFormatException(path + ".observance", $"unknown observance {observance}");
        }

        holidays.Add(new HolidayRule(HolidayRuleKind.Fixed, name, Month: month, Day: day, Observance: observance));
        return this;
    }

    /// <summary>Adds a holiday on the n-th weekday of a month every year (no holiday in a year whose month has no n-th one).</summary>
    /// <param name="month">1-12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1-5.</param>
    /// <param name="name">A name shown in explanations; optional.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddNthWeekdayHoliday(int month, IsoDayOfWeek weekday, int n, string? name = null)
    {
        string path = HolidayPath();
        CheckMonth(month, path);
        CheckWeekday(weekday, path);
        CheckN(n, path);
        holidays.Add(new HolidayRule(HolidayRuleKind.NthWeekday, name, Month: month, Weekday: weekday, N: n));
        return this;
    }

    /// <summary>Adds a holiday on the last given weekday of a month every year.</summary>
    /// <param name="month">1-12.</param>
    /// <param name="weekday">The weekday.</param>
    /// <param name="name">A name shown in explanations; optional.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddLastWeekdayHoliday(int month, IsoDayOfWeek weekday, string? name = null)
    {
        string path = HolidayPath();
        CheckMonth(month, path);
        CheckWeekday(weekday, path);
        holidays.Add(new HolidayRule(HolidayRuleKind.LastWeekday, name, Month: month, Weekday: weekday));
        return this;
    }

    /// <summary>Adds a holiday a number of days from Gregorian Easter Sunday (-2 Good Friday, 1 Easter Monday).</summary>
    /// <param name="offsetDays">Days from Easter Sunday, -366 to 366.</param>
    /// <param name="name">A name shown in explanations; optional.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddEasterHoliday(int offsetDays, string? name = null)
    {
        if (offsetDays < -366 || offsetDays > 366)
        {
            throw new CalendarFormatException(HolidayPath() + ".offset", $"offset {offsetDays} must be between -366 and 366 days");
        }

        holidays.Add(new HolidayRule(HolidayRuleKind.Easter, name, Offset: offsetDays));
        return this;
    }

    /// <summary>Gives a date its own hours, replacing the weekly hours and any holiday; no hours closes the date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="hours">The hours of that date; empty for closed.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddException(LocalDate date, params string[] hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        string path = $"$.exceptions[{exceptions.Count}]";
        CheckIso(date, path + ".date");
        if (exceptions.Exists(e => e.Rule == ExceptionRuleKind.Date && e.Date == date))
        {
            throw new CalendarFormatException(path + ".date", $"date {Format(date)} already has an exception");
        }

        exceptions.Add(new DateException(date, new EquatableArray<WallInterval>(ParseHours(hours, path + ".hours"))));
        return this;
    }

    /// <summary>
    /// Gives the last business day of each month its own hours ("the month end, 08:45-20:00"), replacing the weekly
    /// hours of that date. For this rule a business day is a date with weekly hours that is not a holiday; exceptions
    /// and closures are ignored, so the rule cannot depend on itself (elsewhere a business day is
    /// <see cref="BusinessCalendar.IsWorkingDay"/>). A dated exception on the same date wins; closures still apply.
    /// In JSON: <c>{ "rule": "lastBusinessDay", "hours": ["08:45-20:00"] }</c> in <c>exceptions</c>.
    /// </summary>
    /// <param name="hours">The hours of that date; empty for closed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="CalendarFormatException">The hours are invalid, or the calendar already has this rule.</exception>
    public BusinessCalendarBuilder AddLastBusinessDayException(params string[] hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        string path = $"$.exceptions[{exceptions.Count}]";
        if (exceptions.Exists(e => e.Rule == ExceptionRuleKind.LastBusinessDay))
        {
            throw new CalendarFormatException(path + ".rule", "the calendar already has a lastBusinessDay exception");
        }

        exceptions.Add(new DateException(default, new EquatableArray<WallInterval>(ParseHours(hours, path + ".hours")), ExceptionRuleKind.LastBusinessDay));
        return this;
    }

    /// <summary>Removes working time on a date (planned downtime, a freeze); applied after holidays and exceptions.</summary>
    /// <param name="date">The date the closure hours start on.</param>
    /// <param name="hours">The closed hours, at least one.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddClosure(LocalDate date, params string[] hours)
    {
        string path = ClosurePath();
        CheckIso(date, path + ".date");
        closures.Add(new ClosureRule(ClosureRuleKind.Date, ClosureHours(hours, path), Date: date));
        return this;
    }

    /// <summary>
    /// Removes working time on the n-th weekday of every month (or of one month every year), e.g. the
    /// first Saturday 18:00-23:00 planned downtime.
    /// </summary>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1-5.</param>
    /// <param name="hours">The closed hours, at least one.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddNthWeekdayClosure(IsoDayOfWeek weekday, int n, params string[] hours) =>
        AddNthWeekdayClosure(weekday, n, month: null, hours);

    /// <summary>Removes working time on the n-th weekday of a given month every year, or of every month when <paramref name="month"/> is null.</summary>
    /// <param name="weekday">The weekday.</param>
    /// <param name="n">1-5.</param>
    /// <param name="month">1-12, or null for every month.</param>
    /// <param name="hours">The closed hours, at least one.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddNthWeekdayClosure(IsoDayOfWeek weekday, int n, int? month, params string[] hours)
    {
        string path = ClosurePath();
        CheckWeekday(weekday, path);
        CheckN(n, path);
        if (month is { } m)
        {
            CheckMonth(m, path);
        }

        closures.Add(new ClosureRule(ClosureRuleKind.NthWeekday, ClosureHours(hours, path), Month: month ?? 0, Weekday: weekday, N: n));
        return this;
    }

    /// <summary>Removes working time on the last given weekday of every month, or of one month every year.</summary>
    /// <param name="weekday">The weekday.</param>
    /// <param name="month">1-12, or null for every month.</param>
    /// <param name="hours">The closed hours, at least one.</param>
    /// <returns>This builder.</returns>
    public BusinessCalendarBuilder AddLastWeekdayClosure(IsoDayOfWeek weekday, int? month, params string[] hours)
    {
        string path = ClosurePath();
        CheckWeekday(weekday, path);
        if (month is { } m)
        {
            CheckMonth(m, path);
        }

        closures.Add(new ClosureRule(ClosureRuleKind.LastWeekday, ClosureHours(hours, path), Month: month ?? 0, Weekday: weekday));
        return this;
    }

    /// <summary>Builds the immutable calendar.</summary>
    /// <returns>The calendar.</returns>
    public BusinessCalendar Build()
    {
        var spec = new RuleCalendarSpec(
            id,
            zone,
            EquatableArray.From(Array.ConvertAll(weekly, w => new EquatableArray<WallInterval>(w))),
            EquatableArray.From(holidaySets),
            EquatableArray.From(holidays),
            EquatableArray.From(exceptions),
            EquatableArray.From(closures));
        return BusinessCalendar.Create(spec);
    }

    internal static string WeekdayName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "monday",
        IsoDayOfWeek.Tuesday => "tuesday",
        IsoDayOfWeek.Wednesday => "wednesday",
        IsoDayOfWeek.Thursday => "thursday",
        IsoDayOfWeek.Friday => "friday",
        IsoDayOfWeek.Saturday => "saturday",
        IsoDayOfWeek.Sunday => "sunday",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "The weekday must be Monday to Sunday."),
    };

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Parses and checks one day's list: sorted by start, no overlap within the list.</summary>
    internal static ImmutableArray<WallInterval> ParseHours(IReadOnlyList<string> hours, string path)
    {
        var parsed = new List<(WallInterval Interval, int Index)>(hours.Count);
        for (int i = 0; i < hours.Count; i++)
        {
            parsed.Add((WallInterval.Parse(hours[i], $"{path}[{i}]"), i));
        }

        parsed.Sort((a, b) => a.Interval.CompareTo(b.Interval));
        for (int i = 1; i < parsed.Count; i++)
        {
            if (parsed[i].Interval.StartSeconds < parsed[i - 1].Interval.EndSeconds)
            {
                throw new CalendarFormatException(
                    $"{path}[{parsed[i].Index}]",
                    $"'{hours[parsed[i].Index]}' overlaps '{hours[parsed[i - 1].Index]}' on the same day");
            }
        }

        return ImmutableArray.CreateRange(parsed.ConvertAll(p => p.Interval));
    }

    private static EquatableArray<WallInterval> ClosureHours(string[] hours, string path)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (hours.Length == 0)
        {
            throw new CalendarFormatException(path + ".hours", "a closure needs at least one interval of closed hours");
        }

        return new EquatableArray<WallInterval>(ParseHours(hours, path + ".hours"));
    }

    private string HolidayPath() => $"$.holidays[{holidays.Count}]";

    private string ClosurePath() => $"$.closures[{closures.Count}]";

    private static void CheckIso(LocalDate date, string path)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new CalendarFormatException(path, "dates must be in the ISO calendar");
        }
    }

    private static void CheckMonth(int month, string path)
    {
        if (month < 1 || month > 12)
        {
            throw new CalendarFormatException(path + ".month", $"month {month} must be between 1 and 12");
        }
    }

    private static void CheckN(int n, string path)
    {
        if (n < 1 || n > 5)
        {
            throw new CalendarFormatException(path + ".n", $"n {n} must be between 1 and 5");
        }
    }

    private static void CheckWeekday(IsoDayOfWeek weekday, string path)
    {
        if (weekday < IsoDayOfWeek.Monday || weekday > IsoDayOfWeek.Sunday)
        {
            throw new CalendarFormatException(path + ".weekday", $"weekday {weekday} must be Monday to Sunday");
        }
    }
}
