using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The clock's arithmetic: applying an event to a cycle state, and evaluating a state at an instant. The live clock and
/// <see cref="SlaClock.Replay"/> both go through <see cref="Apply"/>, so a replayed log is the same computation.
/// </summary>
internal static class ClockEngine
{
    /// <summary>Applies one event; throws <see cref="SlaClockCommandException"/> when it is out of order.</summary>
    public static CycleState Apply(CycleState? state, SlaClockEvent e, BusinessCalendar? calendar)
    {
        CheckSupported(e.At);
        if (state is null)
        {
            if (e.Kind != SlaClockEventKind.Started)
            {
                throw new ArgumentException($"The first event of a clock must be Started, not {e.Kind}.", "events");
            }

            return Start(1, e, calendar!);
        }

        if (e.At < state.LastEventAt)
        {
            Refuse(state, e, $"it is earlier than the clock's last event at {state.LastEventAt}");
        }

        switch (e.Kind)
        {
            case SlaClockEventKind.Started:
                if (state.IsOpen)
                {
                    Refuse(state, e, "the cycle is still open; stop or cancel it before reopening");
                }

                return Start(state.Number + 1, e, calendar!);

            case SlaClockEventKind.Paused:
                if (state.Phase != ClockPhase.Running)
                {
                    Refuse(state, e, state.Phase == ClockPhase.Paused ? "the clock is already paused" : Ended(state));
                }

                {
                    CycleState next = Advance(state, e.At);
                    next.Phase = ClockPhase.Paused;
                    next.PauseReason = e.Reason;
                    next.PausedSince = e.At;
                    return next;
                }

            case SlaClockEventKind.Resumed:
                if (state.Phase != ClockPhase.Paused)
                {
                    Refuse(state, e, state.Phase == ClockPhase.Running ? "the clock is running, not paused" : Ended(state));
                }

                {
                    CycleState next = Advance(state, e.At);
                    next.Phase = ClockPhase.Running;
                    next.SegmentStart = e.At;
                    next.PauseReason = null;
                    next.PausedSince = null;
                    return next;
                }

            case SlaClockEventKind.Stopped:
            case SlaClockEventKind.Cancelled:
                if (!state.IsOpen)
                {
                    Refuse(state, e, Ended(state));
                }

                {
                    CycleState next = Advance(state, e.At);
                    next.Phase = e.Kind == SlaClockEventKind.Stopped ? ClockPhase.Stopped : ClockPhase.Cancelled;
                    next.EndedAt = e.At;
                    next.PauseReason = null;
                    next.PausedSince = null;
                    return next;
                }

            default:
                if (!state.IsOpen)
                {
                    Refuse(state, e, Ended(state));
                }

                return ChangeTarget(Advance(state, e.At), e, calendar!);
        }
    }

    /// <summary>The status of a state at <paramref name="now"/> (not before its last event). Allocation-free.</summary>
    public static SlaStatus Status(CycleState s, Instant now)
    {
        bool running = s.Phase == ClockPhase.Running;
        long elapsed = s.BaseNs;
        Instant? breachedAt = s.BreachedAt;
        Instant? due = null;
        if (running)
        {
            elapsed += s.Calendar.WorkingTimeBetween(s.SegmentStart, now).ToInt64Nanoseconds();
            if (s.BaseNs <= s.BudgetNs)
            {
                // One Add gives both the due instant and, once over, the breach instant.
                bool breachedNow = breachedAt is null && elapsed > s.BudgetNs;
                (due, Instant? firstOver) = DueAndFirstOver(s, s.BudgetNs - s.BaseNs, breachedNow);
                if (breachedNow)
                {
                    breachedAt = firstOver ?? throw NoWorkingTimeAfterDue();
                }
            }
            else
            {
                due = s.DueReachedAt;
            }
        }

        int crossed = 0;
        long[] thresholds = s.ThresholdNs;
        for (int i = 0; i < thresholds.Length; i++)
        {
            if (s.CrossedAt[i] is not null || (running && elapsed >= thresholds[i]))
            {
                crossed++;
            }
        }

        SlaClockState state = s.Phase switch
        {
            ClockPhase.Cancelled => SlaClockState.Cancelled,
            _ when breachedAt is not null => SlaClockState.Breached,
            ClockPhase.Stopped => SlaClockState.Met,
            ClockPhase.Paused => SlaClockState.Paused,
            _ => SlaClockState.Running,
        };
        return new SlaStatus(
            now,
            s.Number,
            state,
            s.IsOpen,
            s.Phase == ClockPhase.Paused,
            s.PauseReason,
            Duration.FromNanoseconds(s.BudgetNs),
            Duration.FromNanoseconds(elapsed),
            due,
            breachedAt,
            crossed);
    }

    /// <summary>The next instant after <paramref name="now"/> at which a threshold is crossed or the breach begins.</summary>
    public static Instant? NextChange(CycleState s, Instant now)
    {
        if (s.Phase != ClockPhase.Running)
        {
            return null;
        }

        long[] thresholds = s.ThresholdNs;
        for (int i = 0; i < thresholds.Length; i++)
        {
            if (s.CrossedAt[i] is null)
            {
                Instant? t = TryAdd(s.Calendar, s.SegmentStart, thresholds[i] - s.BaseNs);
                if (t is null)
                {
                    return null;
                }

                if (t.Value > now)
                {
                    return t;
                }
            }
        }

        if (s.BreachedAt is null)
        {
            Instant? b = DueAndFirstOver(s, s.BudgetNs - s.BaseNs, wantFirstOver: true).FirstOver;
            if (b is { } breach && breach > now)
            {
                return breach;
            }
        }

        return null;
    }

    /// <summary>Closes the running segment at <paramref name="at"/>, recording thresholds crossed and a breach inside it.</summary>
    public static CycleState Advance(CycleState state, Instant at)
    {
        CycleState next = state.Clone();
        next.LastEventAt = at;
        if (state.Phase != ClockPhase.Running)
        {
            return next;
        }

        long elapsed = state.BaseNs + state.Calendar.WorkingTimeBetween(state.SegmentStart, at).ToInt64Nanoseconds();
        for (int i = 0; i < state.ThresholdNs.Length; i++)
        {
            if (next.CrossedAt[i] is null && elapsed >= state.ThresholdNs[i])
            {
                next.CrossedAt[i] = state.Calendar.Add(state.SegmentStart, Duration.FromNanoseconds(state.ThresholdNs[i] - state.BaseNs));
            }
        }

        if (next.BreachedAt is null && elapsed > state.BudgetNs)
        {
            (next.DueReachedAt, Instant? firstOver) = DueAndFirstOver(state, state.BudgetNs - state.BaseNs, wantFirstOver: true);
            next.BreachedAt = firstOver ?? throw NoWorkingTimeAfterDue();
        }

        next.BaseNs = elapsed;
        next.SegmentStart = at;
        return next;
    }

    private static CycleState Start(int number, SlaClockEvent e, BusinessCalendar calendar)
    {
        SlaTarget target = e.Target!;
        long budget = target.BudgetFrom(calendar, e.At).ToInt64Nanoseconds();
        var state = new CycleState
        {
            Number = number,
            StartedAt = e.At,
            Target = target,
            Calendar = calendar,
            Thresholds = e.Thresholds!,
            BudgetNs = budget,
            ThresholdNs = ThresholdsFor(e.Thresholds!, budget),
            BaseNs = 0,
            SegmentStart = e.At,
            Phase = ClockPhase.Running,
            CrossedAt = new Instant?[e.Thresholds!.Count],
            LastEventAt = e.At,
        };
        for (int i = 0; i < state.ThresholdNs.Length; i++)
        {
            if (state.ThresholdNs[i] == 0)
            {
                state.CrossedAt[i] = e.At;
            }
        }

        return state;
    }

    private static CycleState ChangeTarget(CycleState next, SlaClockEvent e, BusinessCalendar calendar)
    {
        SlaTargetChangePolicy policy = e.Policy!.Value;
        SlaTarget target = e.Target!;
        long oldBudget = next.BudgetNs;
        long elapsed = next.BaseNs;
        long budget = target.BudgetFrom(calendar, policy == SlaTargetChangePolicy.Restart ? e.At : next.StartedAt).ToInt64Nanoseconds();
        long carried = policy switch
        {
            SlaTargetChangePolicy.Restart => 0,
            SlaTargetChangePolicy.KeepPercentConsumed when oldBudget > 0 => (long)((Int128)elapsed * budget / oldBudget),
            _ => elapsed,
        };

        bool wasBreached = next.BreachedAt is not null;
        next.Target = target;
        next.Calendar = calendar;
        next.BudgetNs = budget;
        next.ThresholdNs = ThresholdsFor(next.Thresholds, budget);
        next.BaseNs = carried;
        next.SegmentStart = e.At;
        if (carried > budget)
        {
            if (!wasBreached || policy == SlaTargetChangePolicy.Restart)
            {
                next.BreachedAt = e.At;
                next.DueReachedAt = e.At;
            }
        }
        else
        {
            next.BreachedAt = null;
            next.DueReachedAt = null;
        }

        for (int i = 0; i < next.ThresholdNs.Length; i++)
        {
            next.CrossedAt[i] = carried >= next.ThresholdNs[i]
                ? (policy == SlaTargetChangePolicy.Restart ? null : next.CrossedAt[i]) ?? e.At
                : null;
        }

        return next;
    }

    private static long[] ThresholdsFor(SlaThresholds thresholds, long budget)
    {
        var result = new long[thresholds.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = thresholds.ThresholdNs(i, budget);
        }

        return result;
    }

    /// <summary>
    /// For a remaining budget from the segment start: the due instant (the first instant at which elapsed reaches the
    /// budget, see <see cref="SlaStatus.DueAt"/>) and the first instant over the budget, one nanosecond past the last
    /// instant still within it (the next working instant at or after the due instant). Either is null when the calendar
    /// runs out of working time first, and the first instant over is only computed when asked for. One <c>Add</c>
    /// serves both.
    /// </summary>
    private static (Instant? Due, Instant? FirstOver) DueAndFirstOver(CycleState s, long remainingNs, bool wantFirstOver)
    {
        if (TryAdd(s.Calendar, s.SegmentStart, remainingNs) is not { } reached)
        {
            return (null, null);
        }

        if (!wantFirstOver)
        {
            return (reached, null);
        }

        // A stop before the next working instant is still met: no working time passes in between.
        try
        {
            Instant lastMet = s.Calendar.IsWorking(reached) ? reached : s.Calendar.NextWorkingInstant(reached);
            return (reached, lastMet + Duration.Epsilon);
        }
        catch (WorkingTimeNotFoundException)
        {
            return (reached, null);
        }
    }

    private static InvalidOperationException NoWorkingTimeAfterDue() =>
        new("A breach was detected but the calendar has no working time after the due instant.");

    private static Instant? TryAdd(BusinessCalendar calendar, Instant start, long ns)
    {
        try
        {
            return calendar.Add(start, Duration.FromNanoseconds(ns));
        }
        catch (WorkingTimeNotFoundException)
        {
            return null;
        }
    }

    private static void CheckSupported(Instant at)
    {
        if (at < BusinessCalendar.MinSupportedInstant || at >= BusinessCalendar.MaxSupportedInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"Clock instants must lie in [{BusinessCalendar.MinSupportedInstant}, {BusinessCalendar.MaxSupportedInstant}).");
        }
    }

    private static string Ended(CycleState state) =>
        $"cycle {state.Number} was {(state.Phase == ClockPhase.Stopped ? "stopped" : "cancelled")} at {state.EndedAt}; reopen it first";

    private static void Refuse(CycleState state, SlaClockEvent e, string reason) =>
        throw new SlaClockCommandException(e.Kind, e.At, Status(state, state.LastEventAt).State, state.LastEventAt, reason);
}
