namespace ItsmCore.Changes;

/// <summary>An approver's vote on a step.</summary>
public enum ApprovalDecision
{
    /// <summary>Approve.</summary>
    Approve,

    /// <summary>Reject: ends the step, and the approval, as rejected.</summary>
    Reject,
}
