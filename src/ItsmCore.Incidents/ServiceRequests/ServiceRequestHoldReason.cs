namespace ItsmCore.ServiceRequests;

/// <summary>What an on-hold service request waits for. Both pause the fulfilment clock: the wait is outside the provider's control.</summary>
public enum ServiceRequestHoldReason
{
    /// <summary>Waiting for the requester (information, confirmation, a maintenance window, access).</summary>
    AwaitingRequester,

    /// <summary>Waiting for an external supplier.</summary>
    AwaitingSupplier,
}
