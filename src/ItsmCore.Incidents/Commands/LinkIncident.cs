namespace ItsmCore.Incidents;

/// <summary>Command: link to a problem, change, parent major incident or related incident. Checked by <see cref="LinkIncidentValidator"/>.</summary>
/// <param name="Kind">What the target is.</param>
/// <param name="TargetId">The target's id (a valid record id; not the incident itself).</param>
public sealed record LinkIncident(IncidentLinkKind Kind, string TargetId);
