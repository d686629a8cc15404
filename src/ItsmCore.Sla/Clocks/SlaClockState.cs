namespace ItsmCore.Sla;

/// <summary>The state of an SLA clock's current cycle, as reported by <see cref="SlaStatus.State"/>.</summary>
public enum SlaClockState
{
    /// <summary>Running and within its target.</summary>
    Running,

    /// <summary>Paused (on hold) and within its target.</summary>
    Paused,

    /// <summary>Stopped within its target: the target was met.</summary>
    Met,

    /// <summary>
    /// The elapsed working time exceeds the target. The cycle may still be running or paused
    /// (<see cref="SlaStatus.IsActive"/>) or stopped; either way it can no longer be met.
    /// </summary>
    Breached,

    /// <summary>Cancelled: the measurement no longer applies (ticket withdrawn, metric not applicable).</summary>
    Cancelled,
}
