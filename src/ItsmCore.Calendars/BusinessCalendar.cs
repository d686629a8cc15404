using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using ItsmCore.Calendars.Engine;
using ItsmCore.Calendars.Holidays;
using ItsmCore.Calendars.Model;
using ItsmCore.Calendars.Serialization;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.HighPerformance;
using NodaTime.TimeZones;

namespace ItsmCore.Calendars;

/// <summary>
/// A business calendar: a time zone, weekly working intervals, holidays, date exceptions and closures,
/// with exact working-time arithmetic on <see cref="Instant"/>s.
/// </summary>
/// <remarks>
/// <para>
/// Working intervals are written in local wall time and belong to the local date they start on.
/// A boundary maps to the first instant at which the wall clock shows that time or later: inside a
/// spring-forward gap it maps to the transition, inside a fall-back overlap to the earlier
/// occurrence. Working time is real elapsed time, so a 22:00-06:00 shift over a fall-back night lasts
/// 9 hours. Exceptions replace a date's hours (and win over holidays); holidays remove a date's
/// hours; closures are subtracted last.
/// </para>
/// <para>
/// The calendar compiles lazily, per UTC year, into a sorted index of working intervals with
/// cumulative working time. <see cref="Add"/>, <see cref="Subtract"/>, <see cref="WorkingTimeBetween"/>
/// and <see cref="IsWorking"/> are a bucket lookup, a short search and arithmetic: O(log n) and allocation-free once
/// the years they touch are built, whatever the distance between the instants.
/// </para>
/// <para>
/// Instances are immutable and thread-safe; concurrent first use from many threads is safe and gives
/// the same answers as serial use. Supported instants are [<see cref="MinSupportedInstant"/>,
/// <see cref="MaxSupportedInstant"/>); anything outside is rejected with
/// <see cref="ArgumentOutOfRangeException"/>. Searches never loop: they stop with
/// <see cref="WorkingTimeNotFoundException"/> after <see cref="SearchHorizonYears"/> consecutive
/// years without working time.
/// </para>
/// </remarks>
public sealed class BusinessCalendar : IEquatable<BusinessCalendar>
{
    /// <summary>How many consecutive years without working time end a search (<see cref="Add"/>, <see cref="NextWorkingInstant"/>, ...).</summary>
    public const int SearchHorizonYears = Timeline.SearchHorizonYears;

    private static readonly Duration MaxWorkingTime = TimeScale.MaxSupported - TimeScale.MinSupported;

    private readonly Timeline timeline;
    private readonly DayRules? rules;
    private readonly Lazy<BusinessCalendar?> beforeClosures;

    private BusinessCalendar(CalendarSpec spec, Timeline timeline, DayRules? rules)
    {
        Spec = spec;
        this.timeline = timeline;
        this.rules = rules;
        beforeClosures = new Lazy<BusinessCalendar?>(() => WithoutClosures(spec) is { } open ? Create(open) : null);
    }

    /// <summary>The earliest supported instant, 1900-01-01T00:00:00Z.</summary>
    public static Instant MinSupportedInstant => TimeScale.MinSupported;

    /// <summary>The end (exclusive) of the supported range, 2150-01-01T00:00:00Z.</summary>
    public static Instant MaxSupportedInstant => TimeScale.MaxSupported;

    /// <summary>
    /// The calendar's one rule for mapping a local wall time to an instant: the first instant at which the wall clock
    /// shows that time or later (a time in a spring-forward gap maps to the transition, a time in a fall-back overlap
    /// to its earlier occurrence). Published so that code building deadlines from local times maps them the same way.
    /// </summary>
    public static ZoneLocalMappingResolver BoundaryResolver => DayRules.BoundaryResolver;

    /// <summary>The names of the built-in holiday sets usable in <c>holidaySets</c>, such as <c>"JP"</c>.</summary>
    public static IReadOnlyList<string> HolidaySetNames => HolidaySets.Names;

    /// <summary>The calendar's id.</summary>
    public string Id => Spec.Id;

    /// <summary>The time zone whose wall clock the calendar's hours are written in.</summary>
    public DateTimeZone Zone => Spec.Zone;

    internal CalendarSpec Spec { get; }

    internal DayRules? Rules => rules;

    internal Timeline Timeline => timeline;

    /// <summary>Reads a calendar from its JSON definition (see docs/calendars.md for the format).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="CalendarFormatException">The definition is malformed; the exception names the JSON path and the reason.</exception>
    public static BusinessCalendar FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Create(CalendarJson.Read(json));
    }

    /// <summary>
    /// The id of the calendar <see cref="AlwaysOpen"/> builds: <c>"24x7"</c>. Policies that need a calendar open
    /// around the clock name it by this id (ItsmCore.Incidents' default major-incident policy does), so registering
    /// <c>AlwaysOpen(zone)</c> provides it.
    /// </summary>
    public const string AlwaysOpenId = "24x7";

    /// <summary>
    /// A calendar that is open around the clock (24x7) in the given zone, with the id <see cref="AlwaysOpenId"/>
    /// (<c>"24x7"</c>), the id the default major-incident policy of ItsmCore.Incidents names.
    /// </summary>
    /// <param name="zone">The zone used for business-day helpers.</param>
    /// <returns>The calendar.</returns>
    public static BusinessCalendar AlwaysOpen(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var builder = new BusinessCalendarBuilder(AlwaysOpenId, zone);
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            builder.WithHours(day, "00:00-24:00");
        }

        return builder.Build();
    }

    /// <summary>Starts a fluent builder for a calendar.</summary>
    /// <param name="id">The calendar id.</param>
    /// <param name="zone">The time zone of the calendar's hours.</param>
    /// <returns>A new builder.</returns>
    public static BusinessCalendarBuilder CreateBuilder(string id, DateTimeZone zone) => new(id, zone);

    /// <summary>Writes the calendar as JSON (camelCase); <see cref="FromJson"/> of the result gives an equal calendar.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => CalendarJson.Write(Spec);

    /// <summary>Whether <paramref name="instant"/> lies inside working time (intervals are closed at the start, open at the end).</summary>
    /// <param name="instant">The instant, within the supported range.</param>
    /// <returns>True during working time.</returns>
    public bool IsWorking(Instant instant)
    {
        if (TimeScale.IsSupported(instant) && timeline.TryIsWorkingInRecentYear(TimeScale.ToNs(instant), out bool working))
        {
            return working;
        }

        return IsWorkingChecked(instant);
    }

    /// <summary>
    /// The total real time inside working intervals within [<paramref name="start"/>, <paramref name="end"/>).
    /// When <paramref name="end"/> is before <paramref name="start"/> the result is the negated working time of [end, start).
    /// </summary>
    /// <param name="start">The start, within the supported range.</param>
    /// <param name="end">The end, within the supported range.</param>
    /// <returns>The working time.</returns>
    public Duration WorkingTimeBetween(Instant start, Instant end)
    {
        if (TimeScale.IsSupported(start)
            && TimeScale.IsSupported(end)
            && timeline.TryBetweenInRecentYear(TimeScale.ToNs(start), TimeScale.ToNs(end), out long working))
        {
            return Duration64.FromNanoseconds(working).ToDuration();
        }

        return WorkingTimeBetweenChecked(start, end);
    }

    /// <summary>
    /// The earliest instant t &gt;= <paramref name="start"/> with <c>WorkingTimeBetween(start, t) == workingTime</c>.
    /// <c>Add(s, Duration.Zero) == s</c>; a positive result lies inside or at the end of a working interval
    /// (Friday 17:00 + 4 h on a 09:00-18:00 calendar is Monday 12:00).
    /// </summary>
    /// <param name="start">The start, within the supported range.</param>
    /// <param name="workingTime">Non-negative working time.</param>
    /// <returns>The instant at which that much working time has elapsed.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Instant Add(Instant start, Duration workingTime)
    {
        // The common case inline, everything else (checks that fail, zero, other years, first use) in AddChecked.
        if (TimeScale.IsSupported(start)
            && workingTime > Duration.Zero
            && workingTime < MaxWorkingTime
            && timeline.TryAddInRecentYear(TimeScale.ToNs(start), workingTime.ToInt64Nanoseconds(), out long end))
        {
            return TimeScale.ToInstant(end);
        }

        return AddChecked(start, workingTime);
    }

    /// <summary>
    /// The latest instant t &lt;= <paramref name="end"/> with <c>WorkingTimeBetween(t, end) == workingTime</c>.
    /// A positive result lies at the start of or inside a working interval.
    /// </summary>
    /// <param name="end">The end, within the supported range.</param>
    /// <param name="workingTime">Non-negative working time.</param>
    /// <returns>The instant that much working time before <paramref name="end"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Instant Subtract(Instant end, Duration workingTime)
    {
        if (TimeScale.IsSupported(end)
            && workingTime > Duration.Zero
            && workingTime < MaxWorkingTime
            && timeline.TrySubtractInRecentYear(TimeScale.ToNs(end), workingTime.ToInt64Nanoseconds(), out long start))
        {
            return TimeScale.ToInstant(start);
        }

        return SubtractChecked(end, workingTime);
    }

    /// <summary>The first working instant at or after <paramref name="instant"/> (the instant itself during working time).</summary>
    /// <param name="instant">The instant, within the supported range.</param>
    /// <returns>The next working instant.</returns>
    /// <exception cref="WorkingTimeNotFoundException">No working time within the search horizon.</exception>
    public Instant NextWorkingInstant(Instant instant)
    {
        TimeScale.CheckSupported(instant, nameof(instant));
        long ns = TimeScale.ToNs(instant);
        if (!timeline.Source.MayHaveWorkingTime)
        {
            throw new WorkingTimeNotFoundException(Id, instant, "the calendar has no working hours on any weekday or exception date");
        }

        long? next = timeline.NextWorkingStart(ns);
        return next is { } n
            ? TimeScale.ToInstant(n)
            : throw new WorkingTimeNotFoundException(Id, instant, $"no working time within {SearchHorizonYears} years or before the end of the supported range");
    }

    /// <summary>
    /// The next instant strictly after <paramref name="instant"/> at which the calendar opens or closes,
    /// for hosts that set one timer; null when nothing changes within the search horizon (a 24x7 calendar).
    /// </summary>
    /// <param name="instant">The instant, within the supported range.</param>
    /// <returns>The next opening or closing instant, or null.</returns>
    public Instant? NextTransition(Instant instant)
    {
        TimeScale.CheckSupported(instant, nameof(instant));
        long? next = timeline.NextTransition(TimeScale.ToNs(instant));
        return next is { } n ? TimeScale.ToInstant(n) : null;
    }

    /// <summary>
    /// The working intervals within <paramref name="interval"/>, clipped to it, merged where they touch,
    /// in order. Enumerating allocates nothing per item (a struct enumerator).
    /// </summary>
    /// <param name="interval">A bounded interval within the supported range.</param>
    /// <returns>The intervals.</returns>
    public WorkingIntervalEnumerable WorkingIntervals(Interval interval)
    {
        if (!interval.HasStart || !interval.HasEnd)
        {
            throw new ArgumentException("The interval must have a start and an end.", nameof(interval));
        }

        TimeScale.CheckSupported(interval.Start, nameof(interval));
        TimeScale.CheckSupported(interval.End, nameof(interval));
        return new WorkingIntervalEnumerable(timeline, TimeScale.ToNs(interval.Start), TimeScale.ToNs(interval.End));
    }

    /// <summary>
    /// The working time that closures remove within <paramref name="interval"/> (planned downtime, freezes): the
    /// intervals that are working by the weekly hours, holidays and exceptions but closed, clipped to the interval,
    /// merged and in order. Empty for a calendar without closures. For a calendar made by <see cref="Union"/>,
    /// <see cref="Intersect"/> or <see cref="Except"/>, the difference between the same operation on the operands
    /// without their closures and this calendar.
    /// </summary>
    /// <param name="interval">A bounded interval within the supported range.</param>
    /// <returns>The closed intervals.</returns>
    public IReadOnlyList<Interval> ClosureIntervals(Interval interval)
    {
        WorkingIntervalEnumerable closedToo = WorkingIntervals(interval);
        if (beforeClosures.Value is not { } open)
        {
            return Array.Empty<Interval>();
        }

        var result = new List<Interval>();
        var working = new List<Interval>();
        foreach (Interval i in closedToo)
        {
            working.Add(i);
        }

        int k = 0;
        foreach (Interval hours in open.WorkingIntervals(interval))
        {
            // Subtract this calendar's working intervals (sorted, disjoint) from the hours before closures.
            Instant from = hours.Start;
            while (k < working.Count && working[k].End <= from)
            {
                k++;
            }

            for (int j = k; j < working.Count && working[j].Start < hours.End; j++)
            {
                if (working[j].Start > from)
                {
                    result.Add(new Interval(from, working[j].Start));
                }

                from = working[j].End > from ? working[j].End : from;
            }

            if (from < hours.End)
            {
                result.Add(new Interval(from, hours.End));
            }
        }

        return result;
    }

    /// <summary>
    /// Whether <paramref name="date"/> is a working day: for a rule-based calendar, a date whose own
    /// intervals (after exceptions and holidays) contain working time after closures; for a calendar
    /// made by <see cref="Union"/>, <see cref="Intersect"/> or <see cref="Except"/>, a date on which the
    /// local day contains working time.
    /// </summary>
    /// <param name="date">The local date in <see cref="Zone"/>.</param>
    /// <returns>True for a working day.</returns>
    public bool IsWorkingDay(LocalDate date) => LastWorkingEndOn(date) is not null;

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="date"/> (before it when negative);
    /// the date itself does not count. <c>AddWorkingDays(d, 0) == d</c>.
    /// </summary>
    /// <param name="date">The local date in <see cref="Zone"/>.</param>
    /// <param name="days">The number of working days.</param>
    /// <returns>The working day reached.</returns>
    /// <exception cref="WorkingTimeNotFoundException">No working day within the search horizon.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        int step = Math.Sign(days);
        int remaining = Math.Abs(days);
        int sinceLastWorkingDay = 0;
        while (remaining > 0)
        {
            date = date.PlusDays(step);
            if (IsWorkingDay(date))
            {
                remaining--;
                sinceLastWorkingDay = 0;
            }
            else if (++sinceLastWorkingDay > SearchHorizonYears * 366)
            {
                throw new WorkingTimeNotFoundException(Id, DateStart(date), $"no working day within {SearchHorizonYears} years");
            }
        }

        return date;
    }

    /// <summary>
    /// The instant at <paramref name="time"/> on the first working day strictly after the local date of
    /// <paramref name="instant"/> ("by 09:00 the next business day"), mapped by the calendar's boundary rule.
    /// </summary>
    /// <param name="instant">The reference instant.</param>
    /// <param name="time">The local time of day.</param>
    /// <returns>The deadline instant.</returns>
    public Instant NextWorkingDayAt(Instant instant, LocalTime time)
    {
        TimeScale.CheckSupported(instant, nameof(instant));
        LocalDate next = AddWorkingDays(instant.InZone(Zone).Date, 1);
        return Zone.ResolveLocal(next.At(time), DayRules.BoundaryResolver).ToInstant();
    }

    /// <summary>
    /// The instant working time ends on <paramref name="date"/>: the end of the last working interval that
    /// starts on that date, after closures (for algebra calendars, the last working instant of the local day);
    /// null when the date is not a working day.
    /// </summary>
    /// <param name="date">The local date in <see cref="Zone"/>.</param>
    /// <returns>The end of the working day, or null.</returns>
    public Instant? EndOfWorkingDay(LocalDate date) => LastWorkingEndOn(date);

    /// <summary>Explains <see cref="WorkingTimeBetween"/>: the counted intervals and the reason for every gap.</summary>
    /// <param name="start">The start.</param>
    /// <param name="end">The end, not before <paramref name="start"/>.</param>
    /// <returns>The explanation.</returns>
    public WorkingTimeExplanation ExplainWorkingTimeBetween(Instant start, Instant end)
    {
        TimeScale.CheckSupported(start, nameof(start));
        TimeScale.CheckSupported(end, nameof(end));
        if (end < start)
        {
            throw new ArgumentException($"The end {end} is before the start {start}.", nameof(end));
        }

        return Explainer.Explain(this, start, end, result: null);
    }

    /// <summary>Explains <see cref="Add"/>: the counted intervals that make up the working time and the reason for every gap.</summary>
    /// <param name="start">The start.</param>
    /// <param name="workingTime">Non-negative working time.</param>
    /// <returns>The explanation, whose <see cref="WorkingTimeExplanation.Result"/> is <c>Add(start, workingTime)</c>.</returns>
    public WorkingTimeExplanation ExplainAdd(Instant start, Duration workingTime)
    {
        Instant result = Add(start, workingTime);
        return Explainer.Explain(this, start, result, result);
    }

    /// <summary>A calendar whose working time is working time of this calendar or of <paramref name="other"/>.</summary>
    /// <param name="other">The other calendar, in any zone.</param>
    /// <param name="id">The id of the result; by default built from both ids.</param>
    /// <returns>The union, in this calendar's zone.</returns>
    public BusinessCalendar Union(BusinessCalendar other, string? id = null) => Combine(CalendarOperation.Union, other, id, "|");

    /// <summary>A calendar whose working time is working time of both this calendar and <paramref name="other"/>.</summary>
    /// <param name="other">The other calendar, in any zone.</param>
    /// <param name="id">The id of the result; by default built from both ids.</param>
    /// <returns>The intersection, in this calendar's zone.</returns>
    public BusinessCalendar Intersect(BusinessCalendar other, string? id = null) => Combine(CalendarOperation.Intersect, other, id, "&");

    /// <summary>A calendar whose working time is working time of this calendar that is not working time of <paramref name="other"/>.</summary>
    /// <param name="other">The calendar to remove, in any zone (e.g. maintenance windows).</param>
    /// <param name="id">The id of the result; by default built from both ids.</param>
    /// <returns>The difference, in this calendar's zone.</returns>
    public BusinessCalendar Except(BusinessCalendar other, string? id = null) => Combine(CalendarOperation.Except, other, id, "-");

    /// <summary>Calendars are equal when their definitions are equal (id, zone id, hours, holidays, exceptions, closures, algebra).</summary>
    /// <param name="other">The other calendar.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(BusinessCalendar? other) => other is not null && Spec.Equals(other.Spec);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BusinessCalendar other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Spec.GetHashCode();

    /// <summary>The id and zone, e.g. <c>jp-office (Asia/Tokyo)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Id} ({Zone.Id})";

    internal static BusinessCalendar Create(CalendarSpec spec)
    {
        switch (spec)
        {
            case RuleCalendarSpec ruleSpec:
                var dayRules = new DayRules(ruleSpec);
                return new BusinessCalendar(spec, new Timeline(spec.Id, new RuleSource(dayRules)), dayRules);
            case CombinedCalendarSpec combined:
                BusinessCalendar left = Create(combined.Left);
                BusinessCalendar right = Create(combined.Right);
                return new BusinessCalendar(spec, new Timeline(spec.Id, new CombinedSource(combined.Operation, left.timeline, right.timeline)), null);
            default:
                throw new InvalidOperationException($"Unknown calendar definition {spec.GetType().Name}.");
        }
    }

    /// <summary>The same definition without closures; null when it has none.</summary>
    private static CalendarSpec? WithoutClosures(CalendarSpec spec)
    {
        switch (spec)
        {
            case RuleCalendarSpec rule:
                return rule.Closures.Count == 0 ? null : rule with { Closures = EquatableArray<ClosureRule>.Empty };
            case CombinedCalendarSpec combined:
                CalendarSpec? left = WithoutClosures(combined.Left);
                CalendarSpec? right = WithoutClosures(combined.Right);
                return left is null && right is null ? null : combined with { Left = left ?? combined.Left, Right = right ?? combined.Right };
            default:
                return null;
        }
    }

    internal Instant DateStart(LocalDate date) => Zone.ResolveLocal(date.AtMidnight(), DayRules.BoundaryResolver).ToInstant();

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool IsWorkingChecked(Instant instant) => timeline.IsWorking(TimeScale.ToSupportedNs(instant, nameof(instant)));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Duration WorkingTimeBetweenChecked(Instant start, Instant end)
    {
        long a = TimeScale.ToSupportedNs(start, nameof(start));
        long b = TimeScale.ToSupportedNs(end, nameof(end));
        return Duration64.FromNanoseconds(timeline.Between(a, b)).ToDuration();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant SubtractChecked(Instant end, Duration workingTime)
    {
        long t = TimeScale.ToSupportedNs(end, nameof(end));
        long d = CheckWorkingTime(workingTime, nameof(workingTime));
        return d == 0 ? end : TimeScale.ToInstant(timeline.Subtract(t, d));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private Instant AddChecked(Instant start, Duration workingTime)
    {
        long t = TimeScale.ToSupportedNs(start, nameof(start));
        long d = CheckWorkingTime(workingTime, nameof(workingTime));
        return d == 0 ? start : TimeScale.ToInstant(timeline.Add(t, d));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long CheckWorkingTime(Duration workingTime, string paramName)
    {
        if (workingTime < Duration.Zero || workingTime >= MaxWorkingTime)
        {
            ThrowWorkingTimeOutOfRange(workingTime, paramName);
        }

        return workingTime.ToInt64Nanoseconds();
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowWorkingTimeOutOfRange(Duration workingTime, string paramName) =>
        throw new ArgumentOutOfRangeException(
            paramName,
            workingTime,
            workingTime < Duration.Zero
                ? "Working time must not be negative; use Subtract to go backwards."
                : "Working time exceeds the supported range.");

    private BusinessCalendar Combine(CalendarOperation operation, BusinessCalendar other, string? id, string symbol)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (id is not null && string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The id must not be empty.", nameof(id));
        }

        var spec = new CombinedCalendarSpec(id ?? $"({Id}{symbol}{other.Id})", operation, Spec, other.Spec);
        return new BusinessCalendar(spec, new Timeline(spec.Id, new CombinedSource(operation, timeline, other.timeline)), null);
    }

    private Instant? LastWorkingEndOn(LocalDate date)
    {
        if (rules is null)
        {
            return LastWorkingEndWithin(DateStart(date), DateStart(date.PlusDays(1)), nameof(date));
        }

        Instant? last = null;
        foreach (WallInterval interval in rules.Resolve(date).Hours)
        {
            Instant? end = LastWorkingEndWithin(rules.Map(date, interval.StartSeconds), rules.Map(date, interval.EndSeconds), nameof(date));
            if (end is { } e && (last is null || e > last))
            {
                last = e;
            }
        }

        return last;
    }

    /// <summary>The end of the last working piece within [start, end), or null when there is none.</summary>
    private Instant? LastWorkingEndWithin(Instant start, Instant end, string paramName)
    {
        if (!TimeScale.IsSupported(start) || !TimeScale.IsSupported(end))
        {
            throw new ArgumentOutOfRangeException(paramName, $"The date maps to instants outside the supported range [{MinSupportedInstant}, {MaxSupportedInstant}).");
        }

        long s = TimeScale.ToNs(start);
        long total = timeline.Between(s, TimeScale.ToNs(end));
        return total > 0 ? TimeScale.ToInstant(timeline.Add(s, total)) : null;
    }
}
