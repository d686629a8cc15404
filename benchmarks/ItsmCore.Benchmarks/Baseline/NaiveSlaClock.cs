using System;
using System.Collections.Generic;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Benchmarks.Baseline;

/// <summary>
/// The straightforward SLA clock the engine is compared with: it keeps the running segments of the cycle (start and
/// end instants) and, on every evaluation, recomputes the working time of each segment with the calendar and sums
/// them, finding the due and breach instants from the segment in which the budget runs out. This is how an SLA
/// clock is typically evaluated from a stored pause history. <see cref="SlaClock"/> instead folds the working time
/// of each closed segment into its state when the segment closes, so it only measures the open segment.
/// </summary>
/// <remarks>
/// <para>Scope: one cycle with a start, pauses, resumes and no target change or stop (what the benchmarks use);
/// <see cref="FromClock"/> throws on anything else. The working-time budget of deadline targets (business days,
/// next business day at) is computed once from the start with <see cref="SlaTarget.BudgetFrom"/>, as the engine does.</para>
/// <para>The calendar is pluggable (<see cref="ICalendar"/>) so the same algorithm runs on the engine's
/// <see cref="BusinessCalendar"/> (the "naive sum" baseline) and on <see cref="DayStepCalendar"/> (the "naive
/// day-stepping" baseline: a naive clock on a naive calendar). It uses only <c>WorkingTimeBetween</c> and <c>Add</c>:
/// the first working instant at or after t is <c>Add(t, 1 ns) - 1 ns</c>, and the breach instant (the first at which
/// elapsed exceeds the budget) is <c>Add(segment start, remaining + 1 ns)</c>. Thresholds are precomputed per clock.
/// Evaluation allocates nothing. Immutable; thread-safe if the calendar is.</para>
/// </remarks>
internal sealed class NaiveSlaClock
{
    private static readonly Duration Epsilon = Duration.Epsilon;

    /// <summary>Running segments: start0, end0, start1, end1, ...; when running, the last entry is the open segment's start.</summary>
    private readonly Instant[] bounds;
    private readonly long[] thresholdNs;

    private NaiveSlaClock(Instant[] bounds, bool running, long budgetNs, long[] thresholdNs)
    {
        this.bounds = bounds;
        IsRunning = running;
        BudgetNs = budgetNs;
        this.thresholdNs = thresholdNs;
    }

    /// <summary>What a calendar must offer the naive clock.</summary>
    public interface ICalendar
    {
        Duration WorkingTimeBetween(Instant start, Instant end);

        Instant Add(Instant start, Duration workingTime);
    }

    public bool IsRunning { get; }

    public long BudgetNs { get; }

    /// <summary>Builds the naive clock from an engine clock's event log (start, pauses and resumes only).</summary>
    public static NaiveSlaClock FromClock(SlaClock clock, BusinessCalendar calendar)
    {
        IReadOnlyList<SlaClockEvent> events = clock.Events;
        SlaClockEvent start = events[0];
        if (start.Kind != SlaClockEventKind.Started || start.Target is null || start.Thresholds is null)
        {
            throw new ArgumentException("The log must begin with a start.", nameof(clock));
        }

        var bounds = new List<Instant> { start.At };
        for (int i = 1; i < events.Count; i++)
        {
            SlaClockEvent e = events[i];
            if (e.Kind is not (SlaClockEventKind.Paused or SlaClockEventKind.Resumed))
            {
                throw new ArgumentException($"The naive clock handles pauses and resumes only, not {e.Kind}.", nameof(clock));
            }

            bounds.Add(e.At);
        }

        long budget = start.Target.BudgetFrom(calendar, start.At).ToInt64Nanoseconds();
        var thresholds = new long[start.Thresholds.Count];
        for (int i = 0; i < thresholds.Length; i++)
        {
            thresholds[i] = start.Thresholds.ThresholdNs(i, budget);
        }

        bool running = bounds.Count % 2 == 1;
        return new NaiveSlaClock(bounds.ToArray(), running, budget, thresholds);
    }

    /// <summary>Evaluates at <paramref name="now"/> (not before the last event), summing every segment again.</summary>
    public Status Evaluate<TCalendar>(TCalendar calendar, Instant now)
        where TCalendar : ICalendar
    {
        long budget = BudgetNs;
        long elapsed = 0;
        Instant? due = null;
        Instant? breachedAt = null;
        int closedEnd = IsRunning ? bounds.Length - 1 : bounds.Length;
        for (int i = 0; i < closedEnd; i += 2)
        {
            long wt = calendar.WorkingTimeBetween(bounds[i], bounds[i + 1]).ToInt64Nanoseconds();
            if (breachedAt is null && elapsed + wt > budget)
            {
                due = DueFrom(calendar, bounds[i], budget - elapsed);
                breachedAt = calendar.Add(bounds[i], Duration.FromNanoseconds(budget - elapsed) + Epsilon);
            }

            elapsed += wt;
        }

        if (IsRunning)
        {
            Instant open = bounds[^1];
            long wt = calendar.WorkingTimeBetween(open, now).ToInt64Nanoseconds();
            if (breachedAt is null)
            {
                due = DueFrom(calendar, open, budget - elapsed);
                if (elapsed + wt > budget)
                {
                    breachedAt = calendar.Add(open, Duration.FromNanoseconds(budget - elapsed) + Epsilon);
                }
            }

            elapsed += wt;
        }
        else
        {
            due = null;
        }

        int crossed = 0;
        foreach (long t in thresholdNs)
        {
            if (elapsed >= t)
            {
                crossed++;
            }
        }

        SlaClockState state = breachedAt is not null ? SlaClockState.Breached : IsRunning ? SlaClockState.Running : SlaClockState.Paused;
        return new Status(state, Duration.FromNanoseconds(elapsed), due, breachedAt, crossed);
    }

    /// <summary>
    /// The next warning threshold or the breach strictly after <paramref name="now"/>, summing the closed segments again;
    /// null while paused or once the budget ran out in a closed segment.
    /// </summary>
    public Instant? NextChangeAt<TCalendar>(TCalendar calendar, Instant now)
        where TCalendar : ICalendar
    {
        if (!IsRunning)
        {
            return null;
        }

        long elapsed = 0;
        for (int i = 0; i < bounds.Length - 1; i += 2)
        {
            elapsed += calendar.WorkingTimeBetween(bounds[i], bounds[i + 1]).ToInt64Nanoseconds();
        }

        Instant open = bounds[^1];
        foreach (long t in thresholdNs)
        {
            if (t > elapsed)
            {
                Instant at = calendar.Add(open, Duration.FromNanoseconds(t - elapsed));
                if (at > now)
                {
                    return at;
                }
            }
        }

        if (elapsed > BudgetNs)
        {
            return null;
        }

        Instant breach = calendar.Add(open, Duration.FromNanoseconds(BudgetNs - elapsed) + Epsilon);
        return breach > now ? breach : null;
    }

    private static Instant DueFrom<TCalendar>(TCalendar calendar, Instant segmentStart, long remainingNs)
        where TCalendar : ICalendar =>
        calendar.Add(segmentStart, Duration.FromNanoseconds(remainingNs));

    /// <summary>The naive evaluation: the fields compared with <see cref="SlaStatus"/>.</summary>
    public readonly record struct Status(SlaClockState State, Duration Elapsed, Instant? DueAt, Instant? BreachedAt, int ThresholdsCrossed)
    {
        public bool Matches(SlaStatus s) =>
            s.State == State && s.Elapsed == Elapsed && s.DueAt == DueAt && s.BreachedAt == BreachedAt && s.ThresholdsCrossed == ThresholdsCrossed;
    }

    /// <summary>The engine's calendar behind the naive clock (the "naive sum" baseline).</summary>
    public readonly struct Engine(BusinessCalendar calendar) : ICalendar
    {
        public Duration WorkingTimeBetween(Instant start, Instant end) => calendar.WorkingTimeBetween(start, end);

        public Instant Add(Instant start, Duration workingTime) => calendar.Add(start, workingTime);
    }

    /// <summary>The day-by-day calendar behind the naive clock (the "naive day-stepping" baseline).</summary>
    public readonly struct DayStep(DayStepCalendar calendar) : ICalendar
    {
        public Duration WorkingTimeBetween(Instant start, Instant end) => calendar.WorkingTimeBetween(start, end);

        public Instant Add(Instant start, Duration workingTime) => calendar.Add(start, workingTime);
    }
}
