namespace ItsmCore.Incidents;

/// <summary>Command: record the decision on a prepared action. Checked by <see cref="DecideIncidentActionValidator"/>.</summary>
/// <param name="Name">The prepared action's name.</param>
/// <param name="Taken">True when the action is taken, false when declined.</param>
/// <param name="Observed">The information observed when deciding; 1 to 2,000 characters.</param>
/// <param name="Rationale">How the criterion applied to it; 1 to 2,000 characters.</param>
public sealed record DecideIncidentAction(string Name, bool Taken, string Observed, string Rationale);
