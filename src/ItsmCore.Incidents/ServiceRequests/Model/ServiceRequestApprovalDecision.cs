namespace ItsmCore.ServiceRequests;

/// <summary>What an approver decided about a service request.</summary>
public enum ServiceRequestApprovalDecision
{
    /// <summary>Approved: the request may be fulfilled.</summary>
    Approved,

    /// <summary>Rejected: the request ends.</summary>
    Rejected,
}
