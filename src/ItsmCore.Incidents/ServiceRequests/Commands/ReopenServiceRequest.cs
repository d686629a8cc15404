namespace ItsmCore.ServiceRequests;

/// <summary>Command: reopen a fulfilled request; its fulfilment clock starts a new cycle. Checked by <see cref="ReopenServiceRequestValidator"/>.</summary>
/// <param name="Reason">Why the fulfilment was not what was asked for; 1 to 1,000 characters, not padded.</param>
public sealed record ReopenServiceRequest(string Reason);
