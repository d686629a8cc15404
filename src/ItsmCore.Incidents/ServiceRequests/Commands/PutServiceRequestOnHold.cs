namespace ItsmCore.ServiceRequests;

/// <summary>Command: put a request in fulfilment on hold; the fulfilment clock pauses. Checked by <see cref="PutServiceRequestOnHoldValidator"/>.</summary>
/// <param name="Reason">What the request waits for.</param>
public sealed record PutServiceRequestOnHold(ServiceRequestHoldReason Reason)
{
    /// <summary>Details (which supplier, which question), or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
