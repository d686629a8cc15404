namespace ItsmCore.Changes;

/// <summary>Where a change request is in its lifecycle (see <see cref="ChangeRequest.LifecycleFor"/>).</summary>
public enum ChangeStatus
{
    /// <summary>Submitted (the RFC is raised), not yet recorded and classified.</summary>
    Submitted,

    /// <summary>Recorded and classified.</summary>
    Classified,

    /// <summary>Risk assessed; the approval policy is chosen and votes are collected.</summary>
    Assessed,

    /// <summary>Authorized (by the CAB, the emergency board or a standard template).</summary>
    Authorized,

    /// <summary>Scheduled in its planned window.</summary>
    Scheduled,

    /// <summary>Implementation started.</summary>
    Implementing,

    /// <summary>Implemented successfully.</summary>
    Implemented,

    /// <summary>Implementation failed; a rollback decision is due.</summary>
    Failed,

    /// <summary>Rolled back after a failure.</summary>
    RolledBack,

    /// <summary>Post-implementation review recorded.</summary>
    Reviewed,

    /// <summary>Closed (final).</summary>
    Closed,

    /// <summary>Rejected by the CAB (final).</summary>
    Rejected,

    /// <summary>Withdrawn (final).</summary>
    Cancelled,
}

/// <summary>The triggers of the change lifecycles.</summary>
public enum ChangeTrigger
{
    /// <summary>Record and classify.</summary>
    Classify,

    /// <summary>Assess risk and choose the approval policy.</summary>
    Assess,

    /// <summary>Authorize (CAB approval, emergency board).</summary>
    Authorize,

    /// <summary>Schedule in the planned window.</summary>
    Schedule,

    /// <summary>Start implementation.</summary>
    Start,

    /// <summary>Report success.</summary>
    Succeed,

    /// <summary>Report failure.</summary>
    Fail,

    /// <summary>Roll back after a failure.</summary>
    RollBack,

    /// <summary>Record the post-implementation review.</summary>
    Review,

    /// <summary>Close.</summary>
    Close,

    /// <summary>Reject (CAB decision).</summary>
    Reject,

    /// <summary>Withdraw.</summary>
    Cancel,
}

/// <summary>A CAB decision on a change request.</summary>
public enum CabDecision
{
    /// <summary>Approved: the change is authorized.</summary>
    Approve,

    /// <summary>Rejected: the change ends.</summary>
    Reject,

    /// <summary>Deferred to a later meeting: the change stays assessed.</summary>
    Defer,
}

/// <summary>The kind of record a change request links to.</summary>
public enum ChangeLinkKind
{
    /// <summary>An incident.</summary>
    Incident,

    /// <summary>A problem.</summary>
    Problem,

    /// <summary>A service request.</summary>
    ServiceRequest,
}
