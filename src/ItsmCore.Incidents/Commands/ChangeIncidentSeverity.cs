namespace ItsmCore.Incidents;

/// <summary>
/// Command: set the severity level. Reaching the major-incident policy's level declares a major incident.
/// Checked by <see cref="ChangeIncidentSeverityValidator"/>.
/// </summary>
/// <param name="Severity">A level of the severity scale.</param>
public sealed record ChangeIncidentSeverity(int Severity)
{
    /// <summary>Why, or null (up to 1,000 characters).</summary>
    public string? Reason { get; init; }
}
