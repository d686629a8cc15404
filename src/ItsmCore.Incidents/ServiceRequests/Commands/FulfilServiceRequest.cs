namespace ItsmCore.ServiceRequests;

/// <summary>Command: mark a request in fulfilment as fulfilled; the fulfilment clock stops. Checked by <see cref="FulfilServiceRequestValidator"/>.</summary>
/// <param name="Notes">What was done; 1 to 10,000 characters, not blank.</param>
public sealed record FulfilServiceRequest(string Notes);
