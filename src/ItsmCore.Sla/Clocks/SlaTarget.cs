using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Calendars;
using ItsmCore.HumanText;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>
/// A metric's target on a calendar: an amount of working time, a number of business days, or a time of day on the
/// next business day. The calendar is named by id (<see cref="CalendarId"/>) and supplied when a clock starts.
/// Immutable and thread-safe; equal targets compare equal.
/// </summary>
/// <remarks>
/// A clock measures every target as a working-time budget. For <see cref="SlaTargetKind.WorkingTime"/> the budget is
/// the working time itself. For the other kinds the clock computes the deadline from the instant it starts
/// (<see cref="DeadlineFrom"/>) and takes as its budget the working time between the start and that deadline
/// (<see cref="BudgetFrom"/>): pauses then push the deadline out by the working time they took, like any other target.
/// </remarks>
public sealed record SlaTarget
{
    /// <summary>The largest working-time budget a target may have: 366 days.</summary>
    public static readonly Duration MaxWorkingTime = Duration.FromDays(366);

    /// <summary>The largest number of business days a target may have: 250.</summary>
    public const int MaxBusinessDays = 250;

    private SlaTarget(SlaTargetKind kind, string calendarId, Duration workingTime, int businessDays, BusinessDayEnd dayEnd, LocalTime timeOfDay)
    {
        Kind = kind;
        CalendarId = calendarId;
        WorkingTime = workingTime;
        BusinessDays = businessDays;
        DayEnd = dayEnd;
        TimeOfDay = timeOfDay;
    }

    /// <summary>How the target is expressed.</summary>
    public SlaTargetKind Kind { get; }

    /// <summary>The id of the calendar the target is measured on.</summary>
    public string CalendarId { get; }

    /// <summary>The working time, for <see cref="SlaTargetKind.WorkingTime"/>; zero otherwise.</summary>
    public Duration WorkingTime { get; }

    /// <summary>The number of business days, for <see cref="SlaTargetKind.BusinessDays"/>; zero otherwise.</summary>
    public int BusinessDays { get; }

    /// <summary>Where the last business day ends, for <see cref="SlaTargetKind.BusinessDays"/>.</summary>
    public BusinessDayEnd DayEnd { get; }

    /// <summary>The local time of day, for <see cref="SlaTargetKind.NextBusinessDayAt"/>; midnight otherwise.</summary>
    public LocalTime TimeOfDay { get; }

    /// <summary>A target of <paramref name="workingTime"/> on the calendar <paramref name="calendarId"/> ("4 working hours").</summary>
    /// <param name="workingTime">Positive working time, at most <see cref="MaxWorkingTime"/>.</param>
    /// <param name="calendarId">The calendar id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="workingTime"/> is not positive or is too long.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is empty.</exception>
    public static SlaTarget Within(Duration workingTime, string calendarId)
    {
        if (workingTime <= Duration.Zero || workingTime > MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(workingTime), workingTime, $"A working-time target must be positive and at most {MaxWorkingTime.TotalDays} days.");
        }

        return new SlaTarget(SlaTargetKind.WorkingTime, CheckId(calendarId), workingTime, 0, BusinessDayEnd.SameTimeOfDay, LocalTime.Midnight);
    }

    /// <summary>
    /// A target of <paramref name="days"/> business days after the day the clock starts, ending at the same time of day
    /// or at the end of that business day. Both are taken from the first working instant at or after the start: a start
    /// outside working hours counts from the next opening (on weekdays 09:00-18:00, one business day at the same time of
    /// day from Saturday 11:00 names Tuesday 09:00, not Tuesday 11:00). A named deadline outside working hours, or at an
    /// opening, is due at the end of the last working interval before it (Monday 18:00 in that example); see
    /// <see cref="DeadlineFrom"/>.
    /// </summary>
    /// <param name="days">
    /// The number of business days: 1 to <see cref="MaxBusinessDays"/> for <see cref="BusinessDayEnd.SameTimeOfDay"/>;
    /// 0 (the end of the same business day) to <see cref="MaxBusinessDays"/> for <see cref="BusinessDayEnd.EndOfBusinessDay"/>.
    /// </param>
    /// <param name="end">Where the last day ends.</param>
    /// <param name="calendarId">The calendar id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> or <paramref name="end"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is empty.</exception>
    public static SlaTarget WithinBusinessDays(int days, BusinessDayEnd end, string calendarId)
    {
        if (end is not (BusinessDayEnd.SameTimeOfDay or BusinessDayEnd.EndOfBusinessDay))
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, "Unknown business-day end.");
        }

        int min = end == BusinessDayEnd.SameTimeOfDay ? 1 : 0;
        if (days < min || days > MaxBusinessDays)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"A business-day target ending at {end} must be {min} to {MaxBusinessDays} days.");
        }

        return new SlaTarget(SlaTargetKind.BusinessDays, CheckId(calendarId), Duration.Zero, days, end, LocalTime.Midnight);
    }

    /// <summary>
    /// A target of <paramref name="time"/> on the first working day after the local date on which the clock starts
    /// ("medium: by 09:00 the next business day"); the time is mapped by the calendar's boundary rule.
    /// </summary>
    /// <param name="time">The local time of day.</param>
    /// <param name="calendarId">The calendar id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is empty.</exception>
    public static SlaTarget NextBusinessDayAt(LocalTime time, string calendarId) =>
        new(SlaTargetKind.NextBusinessDayAt, CheckId(calendarId), Duration.Zero, 0, BusinessDayEnd.SameTimeOfDay, time);

    /// <summary>
    /// The deadline of this target for a clock started at <paramref name="start"/> that is never paused: the first
    /// instant at which the working time since <paramref name="start"/> reaches the budget (<see cref="BudgetFrom"/>),
    /// which is the <see cref="SlaStatus.DueAt"/> of a new clock.
    /// </summary>
    /// <remarks>
    /// <para>A named deadline (a time of day on a business day) that falls outside working hours, or exactly at an
    /// opening, becomes the end of the last working interval before it, since no working time passes in between. On
    /// weekdays 08:45-19:00 (the last business day of the month open to 20:00), one business day at the same time of
    /// day from Monday 19:30 names Tuesday 19:30 and is due Tuesday 19:00; a stop up to Wednesday 08:45 is still met.
    /// When no working time lies between the start and the named deadline, the deadline is the start itself.</para>
    /// <para>A start outside working hours counts from the next opening: on weekdays 09:00-18:00, one business day at
    /// the same time of day from Saturday 11:00 names Tuesday 09:00 (the opening of Monday plus one business day), so
    /// it is due at the end of Monday, 18:00.</para>
    /// </remarks>
    /// <param name="calendar">The calendar; its id must be <see cref="CalendarId"/>.</param>
    /// <param name="start">The start instant.</param>
    /// <returns>The deadline.</returns>
    /// <exception cref="ArgumentException">The calendar's id is not <see cref="CalendarId"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Instant DeadlineFrom(BusinessCalendar calendar, Instant start)
    {
        CheckCalendar(calendar);
        return Kind == SlaTargetKind.WorkingTime
            ? calendar.Add(start, WorkingTime)
            : calendar.Add(start, NamedBudget(calendar, start));
    }

    /// <summary>
    /// The working-time budget of this target for a clock started at <paramref name="start"/>: <see cref="WorkingTime"/>,
    /// or the working time between <paramref name="start"/> and the deadline as the target names it: the time of day on
    /// the next business day, or the same time of day as the first working instant at or after <paramref name="start"/>
    /// (or the end of the working day) <see cref="BusinessDays"/> business days after that instant's date.
    /// </summary>
    /// <param name="calendar">The calendar; its id must be <see cref="CalendarId"/>.</param>
    /// <param name="start">The start instant.</param>
    /// <returns>The budget (zero is possible for a deadline with no working time before it).</returns>
    /// <exception cref="ArgumentException">The calendar's id is not <see cref="CalendarId"/>.</exception>
    /// <exception cref="WorkingTimeNotFoundException">The calendar runs out of working time.</exception>
    public Duration BudgetFrom(BusinessCalendar calendar, Instant start)
    {
        CheckCalendar(calendar);
        return Kind == SlaTargetKind.WorkingTime ? WorkingTime : NamedBudget(calendar, start);
    }

    private Duration NamedBudget(BusinessCalendar calendar, Instant start)
    {
        Instant named = Named(calendar, start);
        return named <= start ? Duration.Zero : calendar.WorkingTimeBetween(start, named);
    }

    /// <summary>
    /// The deadline exactly as a business-day target names it (a time of day on a business day, or a day's end), before
    /// the clock's rule that moves a named deadline outside working hours to the close before it. Desired-date rules
    /// (<see cref="LeadTime"/>) compare with this instant; SLA clocks use <see cref="DeadlineFrom"/>.
    /// </summary>
    internal Instant NamedDeadlineFrom(BusinessCalendar calendar, Instant start)
    {
        CheckCalendar(calendar);
        return Kind == SlaTargetKind.WorkingTime ? calendar.Add(start, WorkingTime) : Named(calendar, start);
    }

    private Instant Named(BusinessCalendar calendar, Instant start)
    {
        if (Kind == SlaTargetKind.NextBusinessDayAt)
        {
            return calendar.NextWorkingDayAt(start, TimeOfDay);
        }

        Instant first = calendar.NextWorkingInstant(start);
        LocalDateTime local = first.InZone(calendar.Zone).LocalDateTime;
        LocalDate lastDay = calendar.AddWorkingDays(local.Date, BusinessDays);
        if (DayEnd == BusinessDayEnd.EndOfBusinessDay)
        {
            return calendar.EndOfWorkingDay(lastDay)
                ?? throw new InvalidOperationException($"Calendar '{calendar.Id}' reported {lastDay} as a working day without working time.");
        }

        return calendar.Zone.ResolveLocal(lastDay.At(local.TimeOfDay), BusinessCalendar.BoundaryResolver).ToInstant();
    }

    /// <summary>A target of the same expression on another calendar.</summary>
    /// <param name="calendarId">The other calendar's id.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="calendarId"/> is empty.</exception>
    public SlaTarget OnCalendar(string calendarId) =>
        new(Kind, CheckId(calendarId), WorkingTime, BusinessDays, DayEnd, TimeOfDay);

    /// <summary>A readable form, e.g. <c>0:04:00:00 working time on 'jp-office'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        SlaTargetKind.WorkingTime => $"{FormatDuration(WorkingTime)} working time on '{CalendarId}'",
        SlaTargetKind.BusinessDays => string.Create(CultureInfo.InvariantCulture,
            $"{BusinessDays} business day{(BusinessDays == 1 ? string.Empty : "s")} ({(DayEnd == BusinessDayEnd.SameTimeOfDay ? "same time of day" : "end of business day")}) on '{CalendarId}'"),
        _ => $"next business day at {FormatTime(TimeOfDay)} on '{CalendarId}'",
    };

    /// <summary>
    /// The target as people write it: <c>30 min on 24x7</c>, <c>4 h on jp-office</c>, <c>1 business day on jp-office</c>,
    /// <c>2 business days, end of day on jp-office</c>, <c>end of business day on jp-office</c>,
    /// <c>next business day at 09:00 on jp-office</c>. Used by explanations and reports; <see cref="ToString"/> keeps
    /// the exact round-trip form.
    /// </summary>
    /// <returns>The text.</returns>
    public string Describe() => Kind switch
    {
        SlaTargetKind.WorkingTime => $"{HumanDuration(WorkingTime)} on {CalendarId}",
        SlaTargetKind.BusinessDays when DayEnd == BusinessDayEnd.EndOfBusinessDay && BusinessDays == 0 => $"end of business day on {CalendarId}",
        SlaTargetKind.BusinessDays => string.Create(CultureInfo.InvariantCulture,
            $"{BusinessDays} business day{(BusinessDays == 1 ? string.Empty : "s")}{(DayEnd == BusinessDayEnd.EndOfBusinessDay ? ", end of day" : string.Empty)} on {CalendarId}"),
        _ => $"next business day at {FormatTime(TimeOfDay)} on {CalendarId}",
    };

    internal static string FormatDuration(Duration duration) => DurationPattern.Roundtrip.Format(duration);

    /// <summary>A duration as people write it (<see cref="DurationText.Format"/>): <c>30 min</c>, <c>1 h 30 min</c>.</summary>
    internal static string HumanDuration(Duration duration) => DurationText.Format(duration);

    /// <summary>"09:00", or with seconds and fractions when it has them.</summary>
    internal static string FormatTime(LocalTime time) =>
        time.Second == 0 && time.NanosecondOfSecond == 0 ? ShortTime.Format(time) : LocalTimePattern.ExtendedIso.Format(time);

    /// <summary>Parses "09:00" or "09:00:30.5".</summary>
    internal static ParseResult<LocalTime> ParseTime(string text)
    {
        ParseResult<LocalTime> shortForm = ShortTime.Parse(text);
        return shortForm.Success ? shortForm : LocalTimePattern.ExtendedIso.Parse(text);
    }

    private static readonly LocalTimePattern ShortTime = LocalTimePattern.CreateWithInvariantCulture("HH':'mm");

    private static string CheckId(string calendarId)
    {
        ArgumentNullException.ThrowIfNull(calendarId);
        return calendarId.Length == 0 ? throw new ArgumentException("The calendar id must not be empty.", nameof(calendarId)) : calendarId;
    }

    private void CheckCalendar(BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!string.Equals(calendar.Id, CalendarId, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The target is measured on calendar '{CalendarId}' but calendar '{calendar.Id}' was given.", nameof(calendar));
        }
    }
}
