using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: remove a linked incident (<see cref="Problem.UnlinkIncident"/>), e.g. one linked by mistake. Checked by its validator (<c>IValidator&lt;UnlinkProblemIncident&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The linked incident; not the empty id.</param>
/// <param name="Reason">Why, or null; 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record UnlinkProblemIncident(IncidentId Incident, string? Reason = null);
