using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: link an incident caused by the problem (<see cref="Problem.LinkIncident"/>); linking a linked incident
/// again changes nothing. Checked by its validator (<c>IValidator&lt;LinkProblemIncident&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident; not the empty id.</param>
public sealed record LinkProblemIncident(IncidentId Incident);
