using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: link an incident caused by the problem (<see cref="Problem.LinkIncident"/>); linking a linked incident
/// again changes nothing. Checked by <see cref="LinkIncidentValidator"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident; not the empty id.</param>
public sealed record LinkIncident(IncidentId Incident);
