namespace ItsmCore.Incidents;

/// <summary>Command: reopen a resolved incident. Checked by <see cref="ReopenIncidentValidator"/>.</summary>
/// <param name="Reason">Why the resolution did not hold; 1 to 1,000 characters.</param>
public sealed record ReopenIncident(string Reason);
