namespace ItsmCore.ServiceRequests;

/// <summary>What moves a service request between states (see <see cref="ServiceRequest.Lifecycle"/>).</summary>
public enum ServiceRequestTrigger
{
    /// <summary>The request's type requires approval; fired automatically on submission.</summary>
    RequestApproval,

    /// <summary>One of the type's approvers approves.</summary>
    Approve,

    /// <summary>One of the type's approvers rejects; a reason is required.</summary>
    Reject,

    /// <summary>First assignment to a group.</summary>
    Assign,

    /// <summary>Assignment to another group or person; the state stays.</summary>
    Reassign,

    /// <summary>Someone starts fulfilling the request.</summary>
    StartWork,

    /// <summary>Fulfilment waits for the requester or a supplier; a <see cref="ServiceRequestHoldReason"/> is required.</summary>
    PutOnHold,

    /// <summary>Fulfilment continues after a hold.</summary>
    Resume,

    /// <summary>The request is fulfilled; fulfilment notes are required.</summary>
    Fulfil,

    /// <summary>The fulfilment was not what was asked for; work continues. A reason is required.</summary>
    Reopen,

    /// <summary>The fulfilment is confirmed (or the confirmation period passed).</summary>
    Close,

    /// <summary>The request is withdrawn; a reason is required.</summary>
    Cancel,
}
