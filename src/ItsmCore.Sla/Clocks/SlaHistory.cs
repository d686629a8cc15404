using System.Collections.Generic;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>One cycle of an SLA clock: from a start (or reopening) to its stop or cancel. Immutable.</summary>
public sealed class SlaCycle
{
    internal SlaCycle(
        int number,
        Instant startedAt,
        Instant? endedAt,
        SlaClockState? outcome,
        SlaTarget target,
        Duration budget,
        Duration elapsed,
        Instant? breachedAt,
        IReadOnlyList<SlaSegment> segments,
        IReadOnlyList<SlaPause> pauses,
        IReadOnlyList<SlaTargetChange> targetChanges,
        IReadOnlyList<SlaThresholdCrossing> thresholdCrossings)
    {
        Number = number;
        StartedAt = startedAt;
        EndedAt = endedAt;
        Outcome = outcome;
        Target = target;
        Budget = budget;
        Elapsed = elapsed;
        BreachedAt = breachedAt;
        Segments = segments;
        Pauses = pauses;
        TargetChanges = targetChanges;
        ThresholdCrossings = thresholdCrossings;
    }

    /// <summary>1 for the first cycle, one more for each reopening.</summary>
    public int Number { get; }

    /// <summary>When the cycle started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When it was stopped or cancelled; null while open.</summary>
    public Instant? EndedAt { get; }

    /// <summary><see cref="SlaClockState.Met"/>, <see cref="SlaClockState.Breached"/> or <see cref="SlaClockState.Cancelled"/>; null while open.</summary>
    public SlaClockState? Outcome { get; }

    /// <summary>The target in force at the end (or now, while open).</summary>
    public SlaTarget Target { get; }

    /// <summary>The working-time budget of <see cref="Target"/>.</summary>
    public Duration Budget { get; }

    /// <summary>Elapsed working time at the end; for an open cycle, at its last event.</summary>
    public Duration Elapsed { get; }

    /// <summary>When the measurement in force was breached, if it was by the end (or by the last event, while open).</summary>
    public Instant? BreachedAt { get; }

    /// <summary>The running segments, in order; the last one has no end while the clock runs.</summary>
    public IReadOnlyList<SlaSegment> Segments { get; }

    /// <summary>The pauses, in order; the last one has no end while the clock is paused.</summary>
    public IReadOnlyList<SlaPause> Pauses { get; }

    /// <summary>The target changes, in order.</summary>
    public IReadOnlyList<SlaTargetChange> TargetChanges { get; }

    /// <summary>The warning thresholds crossed by the measurement in force, as known at the last event.</summary>
    public IReadOnlyList<SlaThresholdCrossing> ThresholdCrossings { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"cycle {Number}: {StartedAt} - {(EndedAt?.ToString() ?? "open")}, {(Outcome?.ToString() ?? "open")}, elapsed {SlaTarget.FormatDuration(Elapsed)} of {SlaTarget.FormatDuration(Budget)}";
}

/// <summary>A running segment of a cycle: working time is counted inside it on <see cref="CalendarId"/>.</summary>
/// <param name="Start">Where the segment starts.</param>
/// <param name="End">Where it ends; null while the clock runs.</param>
/// <param name="CalendarId">The calendar the segment is measured on.</param>
public sealed record SlaSegment(Instant Start, Instant? End, string CalendarId);

/// <summary>A pause of a cycle.</summary>
/// <param name="Start">When the clock paused.</param>
/// <param name="End">When it resumed (or the cycle ended); null while paused.</param>
/// <param name="Reason">The reason given, if any.</param>
public sealed record SlaPause(Instant Start, Instant? End, string? Reason);

/// <summary>A target change, with what it did to the measurement.</summary>
/// <param name="At">When the target changed.</param>
/// <param name="OldTarget">The target before.</param>
/// <param name="NewTarget">The target after.</param>
/// <param name="Policy">The policy applied.</param>
/// <param name="OldBudget">The working-time budget before.</param>
/// <param name="NewBudget">The working-time budget after.</param>
/// <param name="ElapsedBefore">Elapsed working time just before the change.</param>
/// <param name="ElapsedAfter">Elapsed working time just after it (per the policy).</param>
/// <param name="BreachedBefore">When the old measurement had been breached, if it had.</param>
public sealed record SlaTargetChange(
    Instant At,
    SlaTarget OldTarget,
    SlaTarget NewTarget,
    SlaTargetChangePolicy Policy,
    Duration OldBudget,
    Duration NewBudget,
    Duration ElapsedBefore,
    Duration ElapsedAfter,
    Instant? BreachedBefore);

/// <summary>A warning threshold and the instant it was crossed.</summary>
/// <param name="Percent">The threshold, in percent of the target.</param>
/// <param name="At">The first instant at which elapsed reached that share of the target.</param>
public sealed record SlaThresholdCrossing(decimal Percent, Instant At);
