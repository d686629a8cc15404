namespace ItsmCore.Changes;

/// <summary>How a <see cref="Quorum"/> is expressed.</summary>
public enum QuorumKind
{
    /// <summary>A number of approvals.</summary>
    Count,

    /// <summary>A percentage of the step's approvers, rounded up exactly.</summary>
    Percentage,
}
