using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using ItsmCore.Calendars.Holidays;
using ItsmCore.Calendars.Model;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.TimeZones;

namespace ItsmCore.Calendars.Engine;

internal enum DayKind
{
    Weekly,
    Holiday,
    Exception,
}

/// <summary>What a local date contributes: its working hours and why (the holiday's name, or the rule of a recurring exception).</summary>
internal readonly record struct DayPlan(DayKind Kind, EquatableArray<WallInterval> Hours, string? HolidayName);

/// <summary>
/// Resolves the rules of a <see cref="RuleCalendarSpec"/> for single local dates: exceptions first,
/// then holidays, then the weekly hours; closures separately. Holidays are computed once per year
/// and cached (thread-safe).
/// </summary>
internal sealed class DayRules
{
    /// <summary>The boundary rule of the calendar contract: the first instant the wall clock shows that time or later.</summary>
    public static readonly ZoneLocalMappingResolver BoundaryResolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly Dictionary<LocalDate, EquatableArray<WallInterval>> exceptions = new();
    private readonly ConcurrentDictionary<int, Dictionary<LocalDate, string>> holidaysByYear = new();
    private readonly EquatableArray<WallInterval>? lastBusinessDayHours;

    public DayRules(RuleCalendarSpec spec)
    {
        Spec = spec;
        foreach (DateException exception in spec.Exceptions)
        {
            if (exception.Rule == ExceptionRuleKind.LastBusinessDay)
            {
                lastBusinessDayHours = exception.Hours;
            }
            else
            {
                exceptions[exception.Date] = exception.Hours;
            }
        }

        HasAnyHours = false;
        foreach (EquatableArray<WallInterval> day in spec.Weekly)
        {
            HasAnyHours |= day.Count > 0;
        }

        foreach (DateException exception in spec.Exceptions)
        {
            // A rule applies only on dates with weekly hours, which are counted above.
            HasAnyHours |= exception.Rule == ExceptionRuleKind.Date && exception.Hours.Count > 0;
        }
    }

    public RuleCalendarSpec Spec { get; }

    /// <summary>False when no weekday and no exception has hours: the calendar can never have working time.</summary>
    public bool HasAnyHours { get; }

    public DayPlan Resolve(LocalDate date)
    {
        if (exceptions.TryGetValue(date, out EquatableArray<WallInterval> hours))
        {
            return new DayPlan(DayKind.Exception, hours, null);
        }

        if (HolidaysOf(date.Year).TryGetValue(date, out string? name))
        {
            return new DayPlan(DayKind.Holiday, EquatableArray<WallInterval>.Empty, name);
        }

        if (lastBusinessDayHours is { } monthEnd && IsLastRuleBusinessDay(date))
        {
            return new DayPlan(DayKind.Exception, monthEnd, LastBusinessDayName);
        }

        return new DayPlan(DayKind.Weekly, Spec.HoursOf(date.DayOfWeek), null);
    }

    /// <summary>How explanations name the date of a last-business-day exception.</summary>
    public const string LastBusinessDayName = "last business day of the month";

    /// <summary>
    /// Whether <paramref name="date"/> is the last date of its month that has weekly hours and is not a holiday: the
    /// business day of the last-business-day rule, which ignores exceptions and closures so that it cannot depend on itself.
    /// </summary>
    private bool IsLastRuleBusinessDay(LocalDate date)
    {
        if (!IsRuleBusinessDay(date))
        {
            return false;
        }

        for (LocalDate next = date.PlusDays(1); next.Month == date.Month; next = next.PlusDays(1))
        {
            if (IsRuleBusinessDay(next))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsRuleBusinessDay(LocalDate date) =>
        Spec.HoursOf(date.DayOfWeek).Count > 0 && !HolidaysOf(date.Year).ContainsKey(date);

    /// <summary>Adds the closure hours that apply to <paramref name="date"/>.</summary>
    public void AddClosures(LocalDate date, List<WallInterval> into)
    {
        foreach (ClosureRule closure in Spec.Closures)
        {
            if (Applies(closure, date))
            {
                into.AddRange(closure.Hours);
            }
        }
    }

    public bool HasClosures => Spec.Closures.Count > 0;

    public Instant Map(LocalDate date, int seconds) =>
        Spec.TimeZone.ResolveLocal(date.AtMidnight().PlusSeconds(seconds), BoundaryResolver).ToInstant();

    public IReadOnlyDictionary<LocalDate, string> HolidaysOf(int year) =>
        holidaysByYear.GetOrAdd(year, ComputeHolidays);

    private static bool Applies(ClosureRule closure, LocalDate date)
    {
        switch (closure.Kind)
        {
            case ClosureRuleKind.Date:
                return closure.Date == date;
            case ClosureRuleKind.NthWeekday:
                return (closure.Month == 0 || closure.Month == date.Month)
                    && date.DayOfWeek == closure.Weekday
                    && ((date.Day - 1) / 7) + 1 == closure.N;
            case ClosureRuleKind.LastWeekday:
                return (closure.Month == 0 || closure.Month == date.Month)
                    && date.DayOfWeek == closure.Weekday
                    && date.Day + 7 > date.Calendar.GetDaysInMonth(date.Year, date.Month);
            default:
                throw new InvalidOperationException($"Unknown closure rule kind {closure.Kind}.");
        }
    }

    private Dictionary<LocalDate, string> ComputeHolidays(int year)
    {
        var result = new Dictionary<LocalDate, string>();
        var scratch = new List<KeyValuePair<LocalDate, string>>();
        foreach (string set in Spec.HolidaySets)
        {
            scratch.Clear();
            HolidaySets.AddHolidays(set, year, scratch);
            foreach (KeyValuePair<LocalDate, string> pair in scratch)
            {
                Add(result, pair.Key, pair.Value);
            }
        }

        foreach (HolidayRule rule in Spec.Holidays)
        {
            if (rule.Kind == HolidayRuleKind.Date)
            {
                if (rule.Date.Year == year)
                {
                    Add(result, rule.Date, rule.Name ?? "Holiday");
                }

                continue;
            }

            // Observance can move a fixed date across a year boundary, so look at the neighbours too.
            for (int y = year - 1; y <= year + 1; y++)
            {
                LocalDate? date = HolidayRules.Occurrence(rule, y);
                if (date is { } d && d.Year == year)
                {
                    Add(result, d, rule.Name ?? "Holiday");
                }
            }
        }

        return result;
    }

    private static void Add(Dictionary<LocalDate, string> holidays, LocalDate date, string name)
    {
        if (holidays.TryGetValue(date, out string? existing))
        {
            if (!existing.Equals(name, StringComparison.Ordinal))
            {
                holidays[date] = existing + " / " + name;
            }
        }
        else
        {
            holidays[date] = name;
        }
    }
}
