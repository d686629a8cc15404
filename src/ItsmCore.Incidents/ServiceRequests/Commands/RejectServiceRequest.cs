namespace ItsmCore.ServiceRequests;

/// <summary>Command: reject a request awaiting approval. Checked by <see cref="RejectServiceRequestValidator"/>.</summary>
/// <param name="Reason">Why; 1 to 1,000 characters, not padded.</param>
public sealed record RejectServiceRequest(string Reason)
{
    /// <summary>The approver group on whose behalf the actor decides, or null (see <see cref="ApproveServiceRequest.OnBehalfOf"/>).</summary>
    public string? OnBehalfOf { get; init; }
}
