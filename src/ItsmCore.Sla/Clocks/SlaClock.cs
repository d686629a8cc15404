using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// An SLA clock: an immutable value measuring working time against a target on a business calendar. Each command
/// (<see cref="Pause(Instant, string)"/>, <see cref="Resume"/>, <see cref="Stop"/>, <see cref="Cancel"/>,
/// <see cref="ChangeTarget(Instant, SlaTarget, BusinessCalendar, SlaTargetChangePolicy)"/>, <see cref="Reopen(Instant)"/>)
/// returns a new clock and appends one <see cref="SlaClockEvent"/> to its log; the log replays to an equal clock
/// (<see cref="Replay"/>). Commands out of order throw <see cref="SlaClockCommandException"/> and change nothing.
/// </summary>
/// <remarks>
/// <para>Elapsed = the working time of the running segments of the current cycle. The clock is breached when elapsed
/// exceeds the target before it is stopped; a stop exactly at <see cref="SlaStatus.DueAt"/> is met.</para>
/// <para><see cref="Evaluate"/> costs one or two calendar lookups whatever the number of pauses (the working time of
/// closed segments is folded in when they close) and allocates nothing. <see cref="NextChangeAt"/> tells a host when
/// to wake up: the next warning threshold or the breach.</para>
/// <para>Thread-safe: instances are immutable (the lazily built <see cref="Cycles"/> list is published safely).</para>
/// </remarks>
public sealed class SlaClock : IEquatable<SlaClock>
{
    private readonly ImmutableArray<SlaClockEvent> events;
    private readonly ImmutableArray<BusinessCalendar?> calendars;
    private readonly CycleState state;
    private IReadOnlyList<SlaCycle>? cycles;

    private SlaClock(ImmutableArray<SlaClockEvent> events, ImmutableArray<BusinessCalendar?> calendars, CycleState state)
    {
        this.events = events;
        this.calendars = calendars;
        this.state = state;
    }

    /// <summary>The event log, oldest first.</summary>
    public IReadOnlyList<SlaClockEvent> Events => events;

    /// <summary>The target in force in the current cycle.</summary>
    public SlaTarget Target => state.Target;

    /// <summary>The calendar the current cycle is measured on.</summary>
    public BusinessCalendar Calendar => state.Calendar;

    /// <summary>The warning thresholds.</summary>
    public SlaThresholds Thresholds => state.Thresholds;

    /// <summary>When the current cycle started.</summary>
    public Instant StartedAt => state.StartedAt;

    /// <summary>The instant of the last event; commands must not be earlier.</summary>
    public Instant LastEventAt => state.LastEventAt;

    /// <summary>The number of the current cycle (1 for the first).</summary>
    public int CycleNumber => state.Number;

    /// <summary>True while the current cycle is open (running or paused).</summary>
    public bool IsActive => state.IsOpen;

    /// <summary>Every cycle with its outcome, segments, pauses, target changes and threshold crossings.</summary>
    public IReadOnlyList<SlaCycle> Cycles => cycles ??= ClockHistory.Build(events, calendars);

    /// <summary>Starts a clock with a working-time target on <paramref name="calendar"/> and no warning thresholds.</summary>
    /// <param name="target">Positive working time, at most <see cref="SlaTarget.MaxWorkingTime"/>.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="startedAt">When the clock starts.</param>
    /// <returns>A running clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target or the instant is out of range.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public static SlaClock Start(Duration target, BusinessCalendar calendar, Instant startedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return Start(SlaTarget.Within(target, calendar.Id), calendar, startedAt, SlaThresholds.None);
    }

    /// <summary>Starts a clock.</summary>
    /// <param name="target">The target; its calendar id must be <paramref name="calendar"/>'s.</param>
    /// <param name="calendar">The calendar.</param>
    /// <param name="startedAt">When the clock starts.</param>
    /// <param name="thresholds">Warning thresholds; null for none.</param>
    /// <returns>A running clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The calendar is not the target's.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startedAt"/> is outside the supported range.</exception>
    public static SlaClock Start(SlaTarget target, BusinessCalendar calendar, Instant startedAt, SlaThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckCalendar(target, calendar);
        SlaClockEvent e = SlaClockEvent.Started(startedAt, target, thresholds ?? SlaThresholds.None);
        return new SlaClock(ImmutableArray.Create(e), ImmutableArray.Create<BusinessCalendar?>(calendar), ClockEngine.Apply(null, e, calendar));
    }

    /// <summary>
    /// Rebuilds a clock from its event log. Each cycle is measured on the calendar version in force when it started,
    /// and a target change onto another calendar on the version in force at the change.
    /// </summary>
    /// <param name="events">The events, oldest first; the first must be <see cref="SlaClockEventKind.Started"/>.</param>
    /// <param name="calendars">Where calendars are found by id and instant.</param>
    /// <returns>The clock, equal to the live clock that produced the log.</returns>
    /// <exception cref="ArgumentException">The log is empty or does not begin with a start.</exception>
    /// <exception cref="SlaClockCommandException">An event is out of order.</exception>
    /// <exception cref="KeyNotFoundException">A calendar id is unknown to the provider.</exception>
    public static SlaClock Replay(IEnumerable<SlaClockEvent> events, IBusinessCalendarProvider calendars)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(calendars);
        ImmutableArray<SlaClockEvent> log = ImmutableArray.CreateRange(events);
        if (log.IsEmpty)
        {
            throw new ArgumentException("An SLA clock's event log must contain at least its start.", nameof(events));
        }

        var used = ImmutableArray.CreateBuilder<BusinessCalendar?>(log.Length);
        CycleState? state = null;
        foreach (SlaClockEvent e in log)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(events));
            BusinessCalendar? calendar = null;
            if (e.Target is { } target)
            {
                calendar = state is not null && e.Kind == SlaClockEventKind.TargetChanged
                    ? CalendarForChange(state, target, calendars, e.At)
                    : calendars.GetCalendar(target.CalendarId, e.At);
            }

            state = ClockEngine.Apply(state, e, calendar);
            used.Add(calendar);
        }

        return new SlaClock(log, used.MoveToImmutable(), state!);
    }

    /// <summary>Pauses the running clock (e.g. the ticket is on hold).</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <returns>The paused clock.</returns>
    /// <exception cref="SlaClockCommandException">The clock is not running, or <paramref name="at"/> is too early.</exception>
    public SlaClock Pause(Instant at) => Pause(at, null);

    /// <summary>Pauses the running clock with a reason ("awaiting customer", "awaiting supplier", ...).</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="reason">Why; null for none.</param>
    /// <returns>The paused clock.</returns>
    /// <exception cref="SlaClockCommandException">The clock is not running, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    public SlaClock Pause(Instant at, string? reason) => With(SlaClockEvent.Paused(at, reason), null);

    /// <summary>Resumes the paused clock.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <returns>The running clock.</returns>
    /// <exception cref="SlaClockCommandException">The clock is not paused, or <paramref name="at"/> is too early.</exception>
    public SlaClock Resume(Instant at) => With(SlaClockEvent.Resumed(at), null);

    /// <summary>Stops the clock: the cycle is over, met when elapsed does not exceed the target.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>. A paused clock may be stopped.</param>
    /// <returns>The stopped clock.</returns>
    /// <exception cref="SlaClockCommandException">The cycle already ended, or <paramref name="at"/> is too early.</exception>
    public SlaClock Stop(Instant at) => With(SlaClockEvent.Stopped(at), null);

    /// <summary>Cancels the cycle: the measurement no longer applies; it counts neither as met nor as breached.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="reason">Why; null for none.</param>
    /// <returns>The cancelled clock.</returns>
    /// <exception cref="SlaClockCommandException">The cycle already ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The reason is blank or too long.</exception>
    public SlaClock Cancel(Instant at, string? reason = null) => With(SlaClockEvent.Cancelled(at, reason), null);

    /// <summary>Changes the working-time target on the same calendar.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="target">The new working time.</param>
    /// <param name="policy">How elapsed time carries over.</param>
    /// <returns>The clock with the new target.</returns>
    /// <exception cref="SlaClockCommandException">The cycle has ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The target or policy is out of range.</exception>
    public SlaClock ChangeTarget(Instant at, Duration target, SlaTargetChangePolicy policy) =>
        ChangeTarget(at, SlaTarget.Within(target, state.Calendar.Id), state.Calendar, policy);

    /// <summary>
    /// Changes the target (priority raised or lowered), possibly onto another calendar (a major incident runs 24x7).
    /// Working time already counted stays as it was counted; the policy decides how it carries over.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="target">The new target.</param>
    /// <param name="calendar">The new target's calendar.</param>
    /// <param name="policy">How elapsed time carries over.</param>
    /// <returns>The clock with the new target.</returns>
    /// <exception cref="SlaClockCommandException">The cycle has ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The calendar is not the target's.</exception>
    public SlaClock ChangeTarget(Instant at, SlaTarget target, BusinessCalendar calendar, SlaTargetChangePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckCalendar(target, calendar);
        return With(SlaClockEvent.TargetChanged(at, target, policy), calendar);
    }

    /// <summary>
    /// Changes the target, finding its calendar as <see cref="Replay"/> does: the cycle's own calendar version when the
    /// target stays on the same calendar id, otherwise the version in force at <paramref name="at"/>.
    /// </summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="target">The new target.</param>
    /// <param name="calendars">Where the new target's calendar is found.</param>
    /// <param name="policy">How elapsed time carries over.</param>
    /// <returns>The clock with the new target.</returns>
    /// <exception cref="SlaClockCommandException">The cycle has ended, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="KeyNotFoundException">The calendar id is unknown to the provider.</exception>
    public SlaClock ChangeTarget(Instant at, SlaTarget target, IBusinessCalendarProvider calendars, SlaTargetChangePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(calendars);
        return ChangeTarget(at, target, CalendarForChange(state, target, calendars, at), policy);
    }

    /// <summary>Reopens a stopped or cancelled clock: a new cycle with the same target, calendar and thresholds.</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <returns>The running clock.</returns>
    /// <exception cref="SlaClockCommandException">The cycle is still open, or <paramref name="at"/> is too early.</exception>
    public SlaClock Reopen(Instant at) => Reopen(at, state.Target, state.Calendar);

    /// <summary>Reopens a stopped or cancelled clock with a target and calendar (e.g. a newer calendar version).</summary>
    /// <param name="at">When; not before <see cref="LastEventAt"/>.</param>
    /// <param name="target">The new cycle's target.</param>
    /// <param name="calendar">Its calendar.</param>
    /// <returns>The running clock.</returns>
    /// <exception cref="SlaClockCommandException">The cycle is still open, or <paramref name="at"/> is too early.</exception>
    /// <exception cref="ArgumentException">The calendar is not the target's.</exception>
    public SlaClock Reopen(Instant at, SlaTarget target, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(target);
        CheckCalendar(target, calendar);
        return With(SlaClockEvent.Started(at, target, state.Thresholds), calendar);
    }

    /// <summary>Reopens with a target, calendar and thresholds (a new cycle under a newer definition version).</summary>
    internal SlaClock Reopen(Instant at, SlaTarget target, BusinessCalendar calendar, SlaThresholds thresholds)
    {
        CheckCalendar(target, calendar);
        return With(SlaClockEvent.Started(at, target, thresholds), calendar);
    }

    /// <summary>
    /// What the clock says at <paramref name="now"/>. Allocation-free for any instant at or after
    /// <see cref="LastEventAt"/>; an earlier instant is answered by replaying the events up to it.
    /// </summary>
    /// <param name="now">The instant; not before the clock's first start.</param>
    /// <returns>The status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the first start or outside the supported range.</exception>
    public SlaStatus Evaluate(Instant now) => ClockEngine.Status(StateAt(now), now);

    /// <summary>
    /// The next instant strictly after <paramref name="now"/> at which <see cref="Evaluate"/> will report something new
    /// without any command: a warning threshold crossed, or the breach (<see cref="SlaStatus.BreachedAt"/>). Null while
    /// paused, after the cycle ended, once breached, or when the calendar has no more working time. A host schedules
    /// one timer per clock at this instant instead of polling; thresholds are returned one at a time, never skipped.
    /// </summary>
    /// <param name="now">The instant; not before the clock's first start.</param>
    /// <returns>The instant, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the first start or outside the supported range.</exception>
    public Instant? NextChangeAt(Instant now) => ClockEngine.NextChange(StateAt(now), now);

    /// <summary>The warning thresholds the current measurement has crossed by <paramref name="now"/>, with their instants.</summary>
    /// <param name="now">The instant; not before the clock's first start.</param>
    /// <returns>The crossings, in threshold order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the first start or outside the supported range.</exception>
    public IReadOnlyList<SlaThresholdCrossing> ThresholdCrossings(Instant now)
    {
        CycleState s = ClockEngine.Advance(StateAt(now), now);
        var result = new List<SlaThresholdCrossing>();
        for (int i = 0; i < s.CrossedAt.Length; i++)
        {
            if (s.CrossedAt[i] is { } at)
            {
                result.Add(new SlaThresholdCrossing(s.Thresholds.Percents[i], at));
            }
        }

        return result;
    }

    /// <summary>Explains the status at <paramref name="now"/>: the counted intervals, pauses and non-working gaps behind Elapsed and DueAt.</summary>
    /// <param name="now">The instant; not before the clock's first start.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the first start or outside the supported range.</exception>
    public SlaClockExplanation Explain(Instant now)
    {
        CycleState s = StateAt(now);
        return SlaClockExplanation.Build(this, s, now);
    }

    /// <summary>Writes the event log as JSON; <see cref="SlaClockJson.ReadClock"/> reads it back into an equal clock.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => SlaClockJson.Write(events);

    /// <summary>Clocks are equal when their event logs and the calendars used are equal.</summary>
    /// <param name="other">The other clock.</param>
    /// <returns>True when equal.</returns>
    public bool Equals(SlaClock? other)
    {
        if (other is null || other.events.Length != events.Length)
        {
            return false;
        }

        for (int i = 0; i < events.Length; i++)
        {
            if (!events[i].Equals(other.events[i]) || !Equals(calendars[i], other.calendars[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaClock other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(events.Length, events[^1], state.Calendar);

    /// <inheritdoc />
    public override string ToString() => $"SLA clock: {state.Target}, cycle {state.Number}, {events.Length} events, last at {state.LastEventAt}";

    /// <summary>The cycles as they stood at <paramref name="now"/>: <see cref="Cycles"/>, or the history of the events up to it.</summary>
    internal IReadOnlyList<SlaCycle> CyclesAt(Instant now)
    {
        if (now >= state.LastEventAt)
        {
            return Cycles;
        }

        int count = 0;
        while (count < events.Length && events[count].At <= now)
        {
            count++;
        }

        return ClockHistory.Build(events.RemoveRange(count, events.Length - count), calendars);
    }

    internal ImmutableArray<BusinessCalendar?> CalendarsUsed => calendars;

    private CycleState StateAt(Instant now)
    {
        if (now >= state.LastEventAt)
        {
            if (now >= BusinessCalendar.MaxSupportedInstant)
            {
                throw new ArgumentOutOfRangeException(nameof(now), now, $"Instants must be before {BusinessCalendar.MaxSupportedInstant}.");
            }

            return state;
        }

        if (now < events[0].At)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The clock started at {events[0].At}; it cannot be evaluated before that.");
        }

        CycleState? s = null;
        for (int i = 0; i < events.Length && events[i].At <= now; i++)
        {
            s = ClockEngine.Apply(s, events[i], calendars[i]);
        }

        return s!;
    }

    /// <summary>The one rule for the calendar of a target change: same id, same version; otherwise the version in force then.</summary>
    private static BusinessCalendar CalendarForChange(CycleState state, SlaTarget target, IBusinessCalendarProvider calendars, Instant at) =>
        string.Equals(state.Calendar.Id, target.CalendarId, StringComparison.Ordinal) ? state.Calendar : calendars.GetCalendar(target.CalendarId, at);

    private SlaClock With(SlaClockEvent e, BusinessCalendar? calendar) =>
        new(events.Add(e), calendars.Add(calendar), ClockEngine.Apply(state, e, calendar));

    private static void CheckCalendar(SlaTarget target, BusinessCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (!string.Equals(target.CalendarId, calendar.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The target is measured on calendar '{target.CalendarId}' but calendar '{calendar.Id}' was given.", nameof(calendar));
        }
    }
}
