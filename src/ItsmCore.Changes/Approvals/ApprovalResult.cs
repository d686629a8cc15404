namespace ItsmCore.Changes;

/// <summary>The overall result of an approval route.</summary>
public enum ApprovalResult
{
    /// <summary>A step is open for votes.</summary>
    Pending,

    /// <summary>Every step is approved.</summary>
    Approved,

    /// <summary>A step was rejected.</summary>
    Rejected,

    /// <summary>An open step cannot reach its quorum: too few eligible approvers (segregation of duties left too few).</summary>
    QuorumUnreachable,
}
