namespace ItsmCore.Incidents;

/// <summary>Command: withdraw an open incident. Checked by <see cref="CancelIncidentValidator"/>.</summary>
/// <param name="Reason">Why (duplicate, raised in error); 1 to 1,000 characters.</param>
public sealed record CancelIncident(string Reason);
