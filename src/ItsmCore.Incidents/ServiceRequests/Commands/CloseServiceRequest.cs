namespace ItsmCore.ServiceRequests;

/// <summary>Command: close a fulfilled request. Checked by <see cref="CloseServiceRequestValidator"/>.</summary>
public sealed record CloseServiceRequest
{
    /// <summary>A closing note (e.g. "requester confirmed"), or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
