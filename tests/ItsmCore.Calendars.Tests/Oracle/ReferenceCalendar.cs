using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace ItsmCore.Calendars.Tests.Oracle;

/// <summary>
/// A working interval of the reference spec, in whole minutes after the midnight of the local date it
/// starts on. <see cref="Start"/> is in [0, 1440); <see cref="End"/> is after the start and either at most
/// 1440 (same day, 1440 = "24:00") or in (1440, Start + 1440) (overnight, ends on the next day).
/// </summary>
public readonly record struct RefInterval(int Start, int End)
{
    public bool IsOvernight => End > MinutesPerDay;

    public const int MinutesPerDay = 1440;

    /// <summary>The calendar text, "HH:mm-HH:mm"; an overnight end is written as the next day's wall time.</summary>
    public override string ToString()
    {
        int end = End > MinutesPerDay ? End - MinutesPerDay : End;
        return Format(Start) + "-" + Format(end);
    }

    public static RefInterval Create(int start, int end)
    {
        if (start < 0 || start >= MinutesPerDay)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "start must be in [0, 1440)");
        }

        bool sameDay = end > start && end <= MinutesPerDay;
        bool overnight = end > MinutesPerDay && end < start + MinutesPerDay;
        if (!sameDay && !overnight)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"end must be in ({start}, 1440] or (1440, {start + MinutesPerDay})");
        }

        return new RefInterval(start, end);
    }

    private static string Format(int minutes) =>
        string.Create(CultureInfo.InvariantCulture, $"{minutes / 60:00}:{minutes % 60:00}");
}

/// <summary>A date with its own list of intervals (an exception or a closure).</summary>
public sealed record RefDateHours(LocalDate Date, IReadOnlyList<RefInterval> Hours)
{
    public override string ToString() =>
        $"{Date:uuuu-MM-dd}[{string.Join(", ", Hours)}]";
}

/// <summary>
/// A deliberately simple calendar definition for the reference oracle: a zone, weekly hours, holiday
/// dates, exception dates with their hours and closures by date. It converts to the calendar JSON
/// (<see cref="ToJson"/>) and to a builder (<see cref="Build"/>) so the engine can build the same calendar.
/// </summary>
public sealed class ReferenceSpec
{
    public ReferenceSpec(
        string id,
        DateTimeZone zone,
        IReadOnlyList<IReadOnlyList<RefInterval>> weekly,
        IReadOnlyList<LocalDate> holidays,
        IReadOnlyList<RefDateHours> exceptions,
        IReadOnlyList<RefDateHours> closures,
        IReadOnlyList<RefInterval>? lastBusinessDayHours = null)
    {
        ArgumentNullException.ThrowIfNull(weekly);
        if (weekly.Count != 7)
        {
            throw new ArgumentException("weekly needs 7 days, Monday first", nameof(weekly));
        }

        Id = id;
        Zone = zone;
        Weekly = weekly;
        Holidays = holidays;
        Exceptions = exceptions;
        Closures = closures;
        LastBusinessDayHours = lastBusinessDayHours;
    }

    public string Id { get; }

    public DateTimeZone Zone { get; }

    /// <summary>Index 0 is Monday, 6 is Sunday.</summary>
    public IReadOnlyList<IReadOnlyList<RefInterval>> Weekly { get; }

    public IReadOnlyList<LocalDate> Holidays { get; }

    public IReadOnlyList<RefDateHours> Exceptions { get; }

    public IReadOnlyList<RefDateHours> Closures { get; }

    /// <summary>The hours of the recurring "last business day of each month" exception; null when there is none.</summary>
    public IReadOnlyList<RefInterval>? LastBusinessDayHours { get; }

    public bool HasWeeklyHours => Weekly.Any(d => d.Count > 0);

    public IReadOnlyList<RefInterval> WeeklyHours(IsoDayOfWeek day) => Weekly[(int)day - 1];

    /// <summary>A copy with other parts (used by the shrinker).</summary>
    public ReferenceSpec With(
        IReadOnlyList<IReadOnlyList<RefInterval>>? weekly = null,
        IReadOnlyList<LocalDate>? holidays = null,
        IReadOnlyList<RefDateHours>? exceptions = null,
        IReadOnlyList<RefDateHours>? closures = null) =>
        new(Id, Zone, weekly ?? Weekly, holidays ?? Holidays, exceptions ?? Exceptions, closures ?? Closures, LastBusinessDayHours);

    /// <summary>A copy without the last-business-day rule (used by the shrinker).</summary>
    public ReferenceSpec WithoutLastBusinessDayRule() => new(Id, Zone, Weekly, Holidays, Exceptions, Closures);

    /// <summary>The calendar JSON of docs/DESIGN.md.</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("id", Id);
            writer.WriteString("timeZone", Zone.Id);
            writer.WriteStartObject("weekly");
            for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
            {
                writer.WriteStartArray(day.ToString().ToLowerInvariant());
                foreach (RefInterval interval in WeeklyHours(day))
                {
                    writer.WriteStringValue(interval.ToString());
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
            writer.WriteStartArray("holidays");
            foreach (LocalDate date in Holidays)
            {
                writer.WriteStartObject();
                writer.WriteString("date", FormatDate(date));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            WriteDateHours(writer, "exceptions", Exceptions, LastBusinessDayHours);
            WriteDateHours(writer, "closures", Closures);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The same calendar through the fluent builder.</summary>
    public BusinessCalendar Build()
    {
        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder(Id, Zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.WithHours(day, WeeklyHours(day).Select(i => i.ToString()).ToArray());
        }

        foreach (LocalDate date in Holidays)
        {
            builder.AddHoliday(date);
        }

        // The rule comes first, as in ToJson, so that both give the same exception list.
        if (LastBusinessDayHours is not null)
        {
            builder.AddLastBusinessDayException(LastBusinessDayHours.Select(i => i.ToString()).ToArray());
        }

        foreach (RefDateHours exception in Exceptions)
        {
            builder.AddException(exception.Date, exception.Hours.Select(i => i.ToString()).ToArray());
        }

        foreach (RefDateHours closure in Closures)
        {
            builder.AddClosure(closure.Date, closure.Hours.Select(i => i.ToString()).ToArray());
        }

        return builder.Build();
    }

    public override string ToString() => ToJson();

    private static string FormatDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteDateHours(Utf8JsonWriter writer, string name, IReadOnlyList<RefDateHours> list, IReadOnlyList<RefInterval>? lastBusinessDayHours = null)
    {
        writer.WriteStartArray(name);
        if (lastBusinessDayHours is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", "lastBusinessDay");
            writer.WriteStartArray("hours");
            foreach (RefInterval interval in lastBusinessDayHours)
            {
                writer.WriteStringValue(interval.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        foreach (RefDateHours item in list)
        {
            writer.WriteStartObject();
            writer.WriteString("date", FormatDate(item.Date));
            writer.WriteStartArray("hours");
            foreach (RefInterval interval in item.Hours)
            {
                writer.WriteStringValue(interval.ToString());
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

/// <summary>
/// A brute-force reference implementation of the calendar contract, independent of the engine (it never
/// calls <see cref="BusinessCalendar"/>). Boundaries are mapped by the literal definition — the first
/// instant at which the wall clock shows that time or later — found by stepping through real instants
/// minute by minute. Valid for zones whose offsets and transitions are on whole minutes and for
/// specs whose boundaries are whole minutes: then working time is constant on every whole UTC minute.
/// </summary>
public sealed class ReferenceCalendar
{
    private static readonly Duration Minute = Duration.FromMinutes(1);

    private readonly Dictionary<LocalDate, (Instant Start, Instant End)[]> workCache = new();
    private readonly Dictionary<LocalDate, (Instant Start, Instant End)[]> closureCache = new();
    private readonly Dictionary<LocalDate, RefDateHours> exceptions;
    private readonly HashSet<LocalDate> holidays;

    public ReferenceCalendar(ReferenceSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        Spec = spec;
        exceptions = spec.Exceptions.ToDictionary(e => e.Date);
        holidays = new HashSet<LocalDate>(spec.Holidays);
    }

    public ReferenceSpec Spec { get; }

    public DateTimeZone Zone => Spec.Zone;

    /// <summary>
    /// The first instant at which the wall clock of the zone shows <paramref name="local"/> or later,
    /// found by stepping through whole UTC minutes.
    /// </summary>
    public Instant MapBoundary(LocalDateTime local)
    {
        Instant guess = local.InUtc().ToInstant();
        Offset maxOffset = Offset.MinValue;
        foreach (var zoneInterval in Zone.GetZoneIntervals(guess - Duration.FromDays(3), guess + Duration.FromDays(3)))
        {
            CheckWholeMinutes(zoneInterval.WallOffset.Seconds, zoneInterval.Name);
            if (zoneInterval.HasStart)
            {
                CheckWholeMinutes(zoneInterval.Start.ToUnixTimeSeconds(), zoneInterval.Name);
            }

            if (zoneInterval.WallOffset > maxOffset)
            {
                maxOffset = zoneInterval.WallOffset;
            }
        }

        // Before t0 the wall clock is at most t + maxOffset < local, so the answer is at or after t0.
        Instant t = guess - Duration.FromSeconds(maxOffset.Seconds);
        for (int steps = 0; steps < 3 * 24 * 60; steps++, t += Minute)
        {
            if (t.InZone(Zone).LocalDateTime >= local)
            {
                return t;
            }
        }

        throw new InvalidOperationException($"The wall clock of {Zone.Id} never reaches {local} near {guess}.");
    }

    /// <summary>
    /// The working pieces of one local date (before closures): exception, else holiday, else the last-business-day
    /// rule's hours on the month's last date with weekly hours that is not a holiday, else weekly hours.
    /// </summary>
    public IReadOnlyList<(Instant Start, Instant End)> WorkingPiecesOf(LocalDate date)
    {
        if (!workCache.TryGetValue(date, out var pieces))
        {
            IReadOnlyList<RefInterval> hours =
                exceptions.TryGetValue(date, out RefDateHours? exception) ? exception.Hours
                : holidays.Contains(date) ? Array.Empty<RefInterval>()
                : Spec.LastBusinessDayHours is { } monthEnd && LastRuleBusinessDayOf(date.Year, date.Month) == date ? monthEnd
                : Spec.WeeklyHours(date.DayOfWeek);
            pieces = Map(date, hours);
            workCache[date] = pieces;
        }

        return pieces;
    }

    /// <summary>The last date of a month with weekly hours that is not a holiday (exceptions and closures ignored), found by listing the month.</summary>
    public LocalDate? LastRuleBusinessDayOf(int year, int month)
    {
        LocalDate? last = null;
        for (var d = new LocalDate(year, month, 1); d.Month == month; d = d.PlusDays(1))
        {
            if (Spec.WeeklyHours(d.DayOfWeek).Count > 0 && !holidays.Contains(d))
            {
                last = d;
            }
        }

        return last;
    }

    /// <summary>The closed pieces of one local date.</summary>
    public IReadOnlyList<(Instant Start, Instant End)> ClosurePiecesOf(LocalDate date)
    {
        if (!closureCache.TryGetValue(date, out var pieces))
        {
            pieces = Map(date, Spec.Closures.Where(c => c.Date == date).SelectMany(c => c.Hours).ToList());
            closureCache[date] = pieces;
        }

        return pieces;
    }

    /// <summary>
    /// Working at <paramref name="instant"/>: inside a working piece of a candidate local date (the
    /// instant's local date, the 2 days before and, for safety, the day after) and inside no closed piece.
    /// </summary>
    public bool IsWorking(Instant instant)
    {
        LocalDate date = instant.InZone(Zone).Date;
        bool working = false;
        bool closed = false;
        for (LocalDate d = date.PlusDays(-2); d <= date.PlusDays(1); d = d.PlusDays(1))
        {
            working |= Contains(WorkingPiecesOf(d), instant);
            closed |= Contains(ClosurePiecesOf(d), instant);
        }

        return working && !closed;
    }

    /// <summary>Every mapped boundary (working and closure) of the local dates from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IEnumerable<Instant> BoundariesOf(LocalDate first, LocalDate last)
    {
        for (LocalDate d = first; d <= last; d = d.PlusDays(1))
        {
            foreach (var (start, end) in WorkingPiecesOf(d).Concat(ClosurePiecesOf(d)))
            {
                yield return start;
                yield return end;
            }
        }
    }

    /// <summary>Evaluates working time minute by minute over [<paramref name="from"/>, <paramref name="to"/>) (whole minutes).</summary>
    public ReferenceWindow Window(Instant from, Instant to) => new(this, from, to);

    private static void CheckWholeMinutes(long seconds, string what)
    {
        if (seconds % 60 != 0)
        {
            throw new InvalidOperationException($"The reference oracle needs whole-minute offsets and transitions; {what} has {seconds} s.");
        }
    }

    private static bool Contains(IReadOnlyList<(Instant Start, Instant End)> pieces, Instant t)
    {
        foreach (var (start, end) in pieces)
        {
            if (start <= t && t < end)
            {
                return true;
            }
        }

        return false;
    }

    private (Instant Start, Instant End)[] Map(LocalDate date, IReadOnlyList<RefInterval> hours)
    {
        var result = new List<(Instant, Instant)>(hours.Count);
        LocalDateTime midnight = date.AtMidnight();
        foreach (RefInterval interval in hours)
        {
            Instant start = MapBoundary(midnight.PlusMinutes(interval.Start));
            Instant end = MapBoundary(midnight.PlusMinutes(interval.End));
            if (end > start)
            {
                result.Add((start, end));
            }
        }

        return result.ToArray();
    }
}

/// <summary>
/// The reference answers inside a window of whole UTC minutes: each minute is working or not
/// (<see cref="ReferenceCalendar.IsWorking"/> at its start), and every query steps through the minutes.
/// Queries whose answer lies outside the window return null.
/// </summary>
public sealed class ReferenceWindow
{
    private static readonly long MinuteNs = Duration.FromMinutes(1).ToInt64Nanoseconds();

    private readonly bool[] working;

    public ReferenceWindow(ReferenceCalendar calendar, Instant from, Instant to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (from.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0 || to.ToUnixTimeTicks() % NodaConstants.TicksPerMinute != 0 || to <= from)
        {
            throw new ArgumentException($"The window [{from}, {to}) must be non-empty and on whole minutes.");
        }

        From = from;
        To = to;
        working = new bool[(to - from).ToInt64Nanoseconds() / MinuteNs];
        for (int i = 0; i < working.Length; i++)
        {
            working[i] = calendar.IsWorking(MinuteStart(i));
        }
    }

    public Instant From { get; }

    public Instant To { get; }

    public int MinuteCount => working.Length;

    public Instant MinuteStart(int index) => From + Duration.FromMinutes(index);

    public bool IsWorkingMinute(int index) => working[index];

    public bool Contains(Instant t) => From <= t && t < To;

    /// <summary>Working at <paramref name="t"/>, for <paramref name="t"/> in [From, To).</summary>
    public bool IsWorking(Instant t) => working[Index(t)];

    /// <summary>Working time in [a, b) (negated when b &lt; a), both in [From, To].</summary>
    public Duration WorkingTimeBetween(Instant a, Instant b)
    {
        if (b < a)
        {
            return -WorkingTimeBetween(b, a);
        }

        CheckInside(a);
        CheckInside(b);
        long total = 0;
        for (int i = Index(a); i < working.Length && MinuteStart(i) < b; i++)
        {
            if (working[i])
            {
                Instant s = Max(a, MinuteStart(i));
                Instant e = Min(b, MinuteStart(i + 1));
                total += (e - s).ToInt64Nanoseconds();
            }
        }

        return Duration.FromNanoseconds(total);
    }

    /// <summary>The earliest t &gt;= s with WorkingTimeBetween(s, t) == d; null when beyond <see cref="To"/>.</summary>
    public Instant? Add(Instant s, Duration d)
    {
        CheckInside(s);
        if (d == Duration.Zero)
        {
            return s;
        }

        long remaining = d.ToInt64Nanoseconds();
        for (int i = Index(s); i < working.Length; i++)
        {
            if (!working[i])
            {
                continue;
            }

            Instant from = Max(s, MinuteStart(i));
            long available = (MinuteStart(i + 1) - from).ToInt64Nanoseconds();
            if (remaining <= available)
            {
                return from + Duration.FromNanoseconds(remaining);
            }

            remaining -= available;
        }

        return null;
    }

    /// <summary>The latest t &lt;= e with WorkingTimeBetween(t, e) == d; null when before <see cref="From"/>.</summary>
    public Instant? Subtract(Instant e, Duration d)
    {
        CheckInside(e);
        if (d == Duration.Zero)
        {
            return e;
        }

        long remaining = d.ToInt64Nanoseconds();
        long offset = (e - From).ToInt64Nanoseconds();
        int last = (int)((offset + MinuteNs - 1) / MinuteNs) - 1;
        for (int i = last; i >= 0; i--)
        {
            if (!working[i])
            {
                continue;
            }

            Instant to = Min(e, MinuteStart(i + 1));
            long available = (to - MinuteStart(i)).ToInt64Nanoseconds();
            if (remaining <= available)
            {
                return to - Duration.FromNanoseconds(remaining);
            }

            remaining -= available;
        }

        return null;
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private int Index(Instant t) => (int)((t - From).ToInt64Nanoseconds() / MinuteNs);

    private void CheckInside(Instant t)
    {
        if (t < From || t > To)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, $"outside the reference window [{From}, {To}]");
        }
    }
}
