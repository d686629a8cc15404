namespace ItsmCore.ServiceRequests;

/// <summary>Command: approve a request awaiting approval. Checked by <see cref="ApproveServiceRequestValidator"/>.</summary>
public sealed record ApproveServiceRequest
{
    /// <summary>The approver's comment, or null; up to 1,000 characters.</summary>
    public string? Comment { get; init; }

    /// <summary>
    /// The approver group (one of the type's approvers) on whose behalf the actor decides, or null when the actor's own
    /// id is listed as an approver. The host vouches that the actor belongs to the group: ItsmCore knows no group
    /// membership. At most 200 characters, not padded.
    /// </summary>
    public string? OnBehalfOf { get; init; }
}
