namespace ItsmCore.Incidents;

/// <summary>Command: close a resolved incident. Checked by <see cref="CloseIncidentValidator"/>.</summary>
public sealed record CloseIncident
{
    /// <summary>A closing note (e.g. "customer confirmed"), or null; up to 1,000 characters.</summary>
    public string? Note { get; init; }
}
