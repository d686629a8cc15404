namespace ItsmCore.Sla;

/// <summary>
/// What happens to a running measurement when its target changes (the priority is raised or lowered).
/// Each policy is explicit; the clock's history records which one was applied.
/// </summary>
public enum SlaTargetChangePolicy
{
    /// <summary>
    /// The new target is measured from the cycle's original start: elapsed working time is kept as it is, so a
    /// shorter target may be breached at once (at the instant of the change).
    /// </summary>
    KeepStart,

    /// <summary>A new measurement starts at the change: elapsed working time restarts from zero against the new target.</summary>
    Restart,

    /// <summary>
    /// The same fraction of the new target counts as consumed: elapsed becomes
    /// <c>elapsed × newTarget / oldTarget</c>, truncated to the nanosecond.
    /// </summary>
    KeepPercentConsumed,
}
