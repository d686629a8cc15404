using System.Collections.Generic;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>Folds an event log into the clock's cycles with their segments, pauses and target changes.</summary>
internal static class ClockHistory
{
    public static IReadOnlyList<SlaCycle> Build(IReadOnlyList<SlaClockEvent> events, IReadOnlyList<BusinessCalendar?> calendars)
    {
        var cycles = new List<SlaCycle>();
        CycleState? state = null;
        List<SlaSegment> segments = new();
        List<SlaPause> pauses = new();
        List<SlaTargetChange> changes = new();
        for (int i = 0; i < events.Count; i++)
        {
            SlaClockEvent e = events[i];
            if (e.Kind == SlaClockEventKind.Started && state is not null)
            {
                cycles.Add(Finish(state, segments, pauses, changes));
                segments = new();
                pauses = new();
                changes = new();
            }

            CycleState? before = state;
            state = ClockEngine.Apply(state, e, calendars[i]);
            switch (e.Kind)
            {
                case SlaClockEventKind.Started:
                    segments.Add(new SlaSegment(e.At, null, state.Calendar.Id));
                    break;
                case SlaClockEventKind.Paused:
                    CloseSegment(segments, e.At);
                    pauses.Add(new SlaPause(e.At, null, e.Reason));
                    break;
                case SlaClockEventKind.Resumed:
                    ClosePause(pauses, e.At);
                    segments.Add(new SlaSegment(e.At, null, state.Calendar.Id));
                    break;
                case SlaClockEventKind.Stopped:
                case SlaClockEventKind.Cancelled:
                    CloseSegment(segments, e.At);
                    ClosePause(pauses, e.At);
                    break;
                default:
                    CycleState advanced = ClockEngine.Advance(before!, e.At);
                    changes.Add(new SlaTargetChange(
                        e.At,
                        before!.Target,
                        state.Target,
                        e.Policy!.Value,
                        Duration.FromNanoseconds(before.BudgetNs),
                        Duration.FromNanoseconds(state.BudgetNs),
                        Duration.FromNanoseconds(advanced.BaseNs),
                        Duration.FromNanoseconds(state.BaseNs),
                        advanced.BreachedAt));
                    if (state.Phase == ClockPhase.Running)
                    {
                        CloseSegment(segments, e.At);
                        segments.Add(new SlaSegment(e.At, null, state.Calendar.Id));
                    }

                    break;
            }
        }

        if (state is not null)
        {
            cycles.Add(Finish(state, segments, pauses, changes));
        }

        return cycles;
    }

    private static SlaCycle Finish(CycleState s, List<SlaSegment> segments, List<SlaPause> pauses, List<SlaTargetChange> changes)
    {
        SlaClockState? outcome = s.Phase switch
        {
            ClockPhase.Cancelled => SlaClockState.Cancelled,
            ClockPhase.Stopped => s.BreachedAt is null ? SlaClockState.Met : SlaClockState.Breached,
            _ => null,
        };
        var crossings = new List<SlaThresholdCrossing>();
        for (int i = 0; i < s.CrossedAt.Length; i++)
        {
            if (s.CrossedAt[i] is { } at)
            {
                crossings.Add(new SlaThresholdCrossing(s.Thresholds.Percents[i], at));
            }
        }

        return new SlaCycle(
            s.Number,
            s.StartedAt,
            s.EndedAt,
            outcome,
            s.Target,
            Duration.FromNanoseconds(s.BudgetNs),
            Duration.FromNanoseconds(s.BaseNs),
            s.BreachedAt,
            segments.ToArray(),
            pauses.ToArray(),
            changes.ToArray(),
            crossings.ToArray());
    }

    private static void CloseSegment(List<SlaSegment> segments, Instant at)
    {
        if (segments.Count > 0 && segments[^1].End is null)
        {
            segments[^1] = segments[^1] with { End = at };
        }
    }

    private static void ClosePause(List<SlaPause> pauses, Instant at)
    {
        if (pauses.Count > 0 && pauses[^1].End is null)
        {
            pauses[^1] = pauses[^1] with { End = at };
        }
    }
}
