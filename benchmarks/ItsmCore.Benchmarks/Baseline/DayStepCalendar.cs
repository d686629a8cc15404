using System;
using System.Collections.Generic;
using ItsmCore.Calendars.Holidays;
using NodaTime;
using NodaTime.TimeZones;

namespace ItsmCore.Benchmarks.Baseline;

/// <summary>
/// The straightforward day-by-day implementation the engine is compared with: the way typical
/// business-calendar engines work. <see cref="Add"/> and <see cref="WorkingTimeBetween"/> walk local
/// dates one at a time from the start; for each date they take that date's working intervals (the
/// weekly hours, none on a holiday), map both ends to instants with the time zone and sum, until the
/// target is reached. Holidays are computed once per year and cached in a dictionary.
/// </summary>
/// <remarks>
/// The calendar is hard-wired to the benchmark definition: Asia/Tokyo, Monday to Friday 09:00-12:00
/// and 13:00-18:00, the built-in "JP" holiday set. Its intervals never cross midnight, so each local
/// date only contributes intervals within itself. The walk itself is kept allocation-free in steady
/// state (no per-day lists or iterators), so the comparison measures the algorithm, not garbage: a
/// conservative baseline. Not thread-safe (the holiday cache is a plain dictionary).
/// </remarks>
internal sealed class DayStepCalendar
{
    /// <summary>How many days without working time end a search (ten years, like the engine's horizon).</summary>
    private const int SearchHorizonDays = 3660;

    private static readonly (LocalTime Start, LocalTime End)[] WeekdayHours =
    {
        (new LocalTime(9, 0), new LocalTime(12, 0)),
        (new LocalTime(13, 0), new LocalTime(18, 0)),
    };

    private static readonly (LocalTime Start, LocalTime End)[] NoHours = Array.Empty<(LocalTime, LocalTime)>();

    /// <summary>The engine's boundary rule (identical to the lenient one in a zone without gaps, such as Asia/Tokyo today).</summary>
    private static readonly ZoneLocalMappingResolver Resolver =
        Resolvers.CreateMappingResolver(Resolvers.ReturnEarlier, Resolvers.ReturnStartOfIntervalAfter);

    private readonly DateTimeZone zone;
    private readonly Dictionary<int, HashSet<LocalDate>> holidaysByYear = new();

    public DayStepCalendar()
        : this(DateTimeZoneProviders.Tzdb["Asia/Tokyo"])
    {
    }

    public DayStepCalendar(DateTimeZone zone) => this.zone = zone;

    /// <summary>The earliest instant at which <paramref name="workingTime"/> of working time has elapsed since <paramref name="start"/>.</summary>
    public Instant Add(Instant start, Duration workingTime)
    {
        if (workingTime < Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, "Working time must not be negative.");
        }

        if (workingTime == Duration.Zero)
        {
            return start;
        }

        Duration remaining = workingTime;
        LocalDate date = start.InZone(zone).Date;
        int idleDays = 0;
        while (true)
        {
            bool any = false;
            foreach ((LocalTime from, LocalTime to) in HoursOn(date))
            {
                Instant s = Map(date, from);
                Instant e = Map(date, to);
                if (s < start)
                {
                    s = start;
                }

                if (e <= s)
                {
                    continue;
                }

                any = true;
                Duration length = e - s;
                if (remaining <= length)
                {
                    return s + remaining;
                }

                remaining -= length;
            }

            idleDays = any ? 0 : idleDays + 1;
            if (idleDays > SearchHorizonDays)
            {
                throw new InvalidOperationException("No working time within the search horizon.");
            }

            date = date.PlusDays(1);
        }
    }

    /// <summary>The working time within [<paramref name="start"/>, <paramref name="end"/>); negative when end is before start.</summary>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        if (end < start)
        {
            return -WorkingTimeBetween(end, start);
        }

        Duration sum = Duration.Zero;
        LocalDate last = end.InZone(zone).Date;
        for (LocalDate date = start.InZone(zone).Date; date <= last; date = date.PlusDays(1))
        {
            foreach ((LocalTime from, LocalTime to) in HoursOn(date))
            {
                Instant s = Map(date, from);
                Instant e = Map(date, to);
                if (s < start)
                {
                    s = start;
                }

                if (e > end)
                {
                    e = end;
                }

                if (e > s)
                {
                    sum += e - s;
                }
            }
        }

        return sum;
    }

    /// <summary>Whether <paramref name="instant"/> lies inside a working interval (closed start, open end).</summary>
    public bool IsWorking(Instant instant)
    {
        LocalDate date = instant.InZone(zone).Date;
        foreach ((LocalTime from, LocalTime to) in HoursOn(date))
        {
            if (Map(date, from) <= instant && instant < Map(date, to))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The working hours of one local date: the weekly hours, none on weekends and holidays.</summary>
    private (LocalTime Start, LocalTime End)[] HoursOn(LocalDate date)
    {
        if (date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday || IsHoliday(date))
        {
            return NoHours;
        }

        return WeekdayHours;
    }

    private bool IsHoliday(LocalDate date)
    {
        if (!holidaysByYear.TryGetValue(date.Year, out HashSet<LocalDate>? holidays))
        {
            var list = new List<KeyValuePair<LocalDate, string>>();
            JapaneseHolidays.AddHolidays(date.Year, list);
            holidays = new HashSet<LocalDate>();
            foreach (KeyValuePair<LocalDate, string> pair in list)
            {
                holidays.Add(pair.Key);
            }

            holidaysByYear[date.Year] = holidays;
        }

        return holidays.Contains(date);
    }

    private Instant Map(LocalDate date, LocalTime time) => zone.ResolveLocal(date + time, Resolver).ToInstant();
}
