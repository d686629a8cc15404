namespace ItsmCore.Changes;

/// <summary>How an <see cref="ApprovalQuorum"/> is expressed.</summary>
public enum ApprovalQuorumKind
{
    /// <summary>A number of approvals.</summary>
    Count,

    /// <summary>A percentage of the step's approvers, rounded up exactly.</summary>
    Percentage,
}
