namespace ItsmCore.Incidents;

/// <summary>Command: remove a link. Checked by <see cref="UnlinkIncidentValidator"/>.</summary>
/// <param name="Kind">What the target is.</param>
/// <param name="TargetId">The target's id.</param>
/// <param name="Reason">Why; 1 to 1,000 characters.</param>
public sealed record UnlinkIncident(IncidentLinkKind Kind, string TargetId, string Reason);
