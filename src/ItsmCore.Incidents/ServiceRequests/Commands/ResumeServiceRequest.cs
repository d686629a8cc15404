namespace ItsmCore.ServiceRequests;

/// <summary>Command: continue fulfilling a request on hold; the fulfilment clock resumes. Checked by <see cref="ResumeServiceRequestValidator"/>.</summary>
public sealed record ResumeServiceRequest
{
    /// <summary>A note (e.g. what arrived), or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
