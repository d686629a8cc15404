namespace ItsmCore.Changes;

/// <summary>The code of a schedule conflict (DESIGN "Change schedule semantics").</summary>
public enum ScheduleConflictCode
{
    /// <summary>Two overlapping changes share an affected CI; the value lists every shared CI.</summary>
    SameItem = 0,

    /// <summary>Two overlapping changes where one's outage impairs the other's CIs, or with a common affected service.</summary>
    RelatedItem = 1,

    /// <summary>The window overlaps a blackout covering everything or an affected CI or service; no value.</summary>
    Blackout = 2,

    /// <summary>The window leaves a declared maintenance window; the value is the time outside.</summary>
    MaintenanceWindow = 3,

    /// <summary>A change with an outage runs in an affected service's service hours; the value is the service time in the window.</summary>
    ServiceHours = 4,

    /// <summary>The expected outage exceeds an affected service's allowance; the value is the outage.</summary>
    OutageAllowanceExceeded = 5,

    /// <summary>An affected service is in a release freeze that stops the change's class; no value.</summary>
    ReleaseFreeze = 6,

    /// <summary>The same implementer on two overlapping changes; no value.</summary>
    AssigneeDoubleBooked = 7,

    /// <summary>
    /// A set of changes sharing an instant takes a business service Down that no smaller set of them does (through a
    /// redundancy group's quorum); the other party is the service, the interval the common intersection of their windows,
    /// the chain the service's explanation, and the number of changes is <see cref="ScheduleConflict.Changes"/>' count.
    /// </summary>
    CombinedOutage = 8,

    /// <summary>
    /// More than eight changes whose planned impact reaches members of one redundancy group share an instant, so their
    /// combined outages there are not enumerated; the other party and the items name the group, the interval is the
    /// changes' common intersection.
    /// </summary>
    CombinedOutageNotEnumerated = 9,
}
