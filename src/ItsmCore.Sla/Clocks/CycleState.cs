using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>Where the current cycle of a clock is: open and running, open and paused, or ended.</summary>
internal enum ClockPhase
{
    Running,
    Paused,
    Stopped,
    Cancelled,
}

/// <summary>
/// The state of a clock's current cycle after its last event, kept so that <see cref="SlaClock.Evaluate"/> is one or two
/// calendar calls whatever the number of pauses: the working time of every closed segment is folded into
/// <see cref="BaseNs"/> when the segment closes. Treated as immutable once built: the engine clones before changing it.
/// </summary>
internal sealed class CycleState
{
    public int Number { get; set; }

    public Instant StartedAt { get; set; }

    public SlaTarget Target { get; set; } = null!;

    public BusinessCalendar Calendar { get; set; } = null!;

    public SlaThresholds Thresholds { get; set; } = SlaThresholds.None;

    /// <summary>The working-time budget of the target.</summary>
    public long BudgetNs { get; set; }

    /// <summary>The working time at which each threshold is crossed.</summary>
    public long[] ThresholdNs { get; set; } = Array.Empty<long>();

    /// <summary>Elapsed working time up to <see cref="SegmentStart"/> (all of it when not running).</summary>
    public long BaseNs { get; set; }

    /// <summary>Where the running segment began (the last start, resume, target change or other command).</summary>
    public Instant SegmentStart { get; set; }

    public ClockPhase Phase { get; set; }

    public string? PauseReason { get; set; }

    public Instant? PausedSince { get; set; }

    public Instant? EndedAt { get; set; }

    /// <summary>The first instant at which elapsed exceeded the budget, once that is known at a command.</summary>
    public Instant? BreachedAt { get; set; }

    /// <summary>The due instant that was missed, recorded with <see cref="BreachedAt"/>.</summary>
    public Instant? DueReachedAt { get; set; }

    /// <summary>The instant each threshold was crossed, once known at a command.</summary>
    public Instant?[] CrossedAt { get; set; } = Array.Empty<Instant?>();

    public Instant LastEventAt { get; set; }

    public bool IsOpen => Phase is ClockPhase.Running or ClockPhase.Paused;

    public CycleState Clone()
    {
        var copy = (CycleState)MemberwiseClone();
        copy.CrossedAt = (Instant?[])CrossedAt.Clone();
        return copy;
    }
}
