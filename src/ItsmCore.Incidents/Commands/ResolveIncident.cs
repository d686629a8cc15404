namespace ItsmCore.Incidents;

/// <summary>Command: resolve. Checked by <see cref="ResolveIncidentValidator"/>.</summary>
/// <param name="ResolutionCode">The host's resolution code (e.g. <c>"fixed"</c>, <c>"workaround"</c>); 1 to 100 characters, no white space.</param>
/// <param name="ResolutionNotes">What was done; 1 to 10,000 characters.</param>
public sealed record ResolveIncident(string ResolutionCode, string ResolutionNotes);
