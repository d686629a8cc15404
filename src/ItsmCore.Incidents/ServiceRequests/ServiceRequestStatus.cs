namespace ItsmCore.ServiceRequests;

/// <summary>Where a service request is in its lifecycle (see <see cref="ServiceRequest.Lifecycle"/>).</summary>
public enum ServiceRequestStatus
{
    /// <summary>Submitted; a request whose type requires approval moves on to <see cref="AwaitingApproval"/> at once.</summary>
    Submitted,

    /// <summary>Waiting for one of the type's approvers to approve or reject it.</summary>
    AwaitingApproval,

    /// <summary>Approved; ready to be assigned. The fulfilment clock runs from the approval.</summary>
    Approved,

    /// <summary>Rejected by an approver; final.</summary>
    Rejected,

    /// <summary>Assigned to a group (and maybe a person); fulfilment has not started.</summary>
    Assigned,

    /// <summary>Being fulfilled.</summary>
    InFulfilment,

    /// <summary>Waiting for the requester or a supplier (<see cref="ServiceRequestHoldReason"/>); the fulfilment clock is paused.</summary>
    OnHold,

    /// <summary>Fulfilled; the requester can still have it reopened.</summary>
    Fulfilled,

    /// <summary>Finished; final.</summary>
    Closed,

    /// <summary>Withdrawn before it was fulfilled; final.</summary>
    Cancelled,
}
