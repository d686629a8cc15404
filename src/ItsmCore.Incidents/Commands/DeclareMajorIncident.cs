namespace ItsmCore.Incidents;

/// <summary>
/// Command: declare a major incident by hand. Checked by <see cref="DeclareMajorIncidentValidator"/>. An incident
/// whose severity meets the <see cref="MajorIncidentPolicy"/> is declared automatically; this command covers the
/// other cases, and needs the criterion applied.
/// </summary>
/// <param name="Decision">What was decided (e.g. "incident manager takes over; bridge opened"); 1 to 2,000 characters.</param>
public sealed record DeclareMajorIncident(string Decision)
{
    /// <summary>
    /// The criterion applied; 1 to 1,000 characters. Null only when the severity already meets the policy (then the
    /// policy's criterion is recorded).
    /// </summary>
    public string? Criterion { get; init; }
}
