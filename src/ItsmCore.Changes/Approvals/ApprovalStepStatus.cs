namespace ItsmCore.Changes;

/// <summary>Where an approval step stands.</summary>
public enum ApprovalStepStatus
{
    /// <summary>An earlier step is not approved yet (or was rejected).</summary>
    Waiting,

    /// <summary>Open for votes.</summary>
    Open,

    /// <summary>The quorum was reached.</summary>
    Approved,

    /// <summary>An approver rejected.</summary>
    Rejected,
}
