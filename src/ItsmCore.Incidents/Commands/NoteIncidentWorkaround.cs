using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: record a workaround published on a linked problem (sent by ItsmCore.Problems' workaround handling).
/// Checked by <see cref="NoteIncidentWorkaroundValidator"/>.
/// </summary>
/// <param name="Problem">The problem that published it.</param>
/// <param name="Workaround">The workaround; 1 to 10,000 characters.</param>
public sealed record NoteIncidentWorkaround(ProblemId Problem, string Workaround);
