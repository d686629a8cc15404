namespace ItsmCore.ServiceRequests;

/// <summary>Command: withdraw an open request; its fulfilment clock is cancelled. Checked by <see cref="CancelServiceRequestValidator"/>.</summary>
/// <param name="Reason">
/// Why (withdrawn by the requester, raised in error); 1 to 500 characters, not padded. It is also recorded on the
/// fulfilment clock, whose reasons are at most <see cref="Sla.SlaClockEvent.MaxReasonLength"/> characters.
/// </param>
public sealed record CancelServiceRequest(string Reason);
