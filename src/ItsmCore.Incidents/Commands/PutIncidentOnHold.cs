namespace ItsmCore.Incidents;

/// <summary>Command: put on hold. Checked by <see cref="PutIncidentOnHoldValidator"/>.</summary>
/// <param name="Reason">What the incident waits for.</param>
public sealed record PutIncidentOnHold(HoldReason Reason)
{
    /// <summary>Details (e.g. which supplier, which question), or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
