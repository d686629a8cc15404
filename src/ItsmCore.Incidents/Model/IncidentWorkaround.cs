using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A workaround a linked problem published to this incident.</summary>
/// <param name="Problem">The problem.</param>
/// <param name="Text">The workaround.</param>
/// <param name="At">When it was noted on the incident.</param>
public sealed record IncidentWorkaround(ProblemId Problem, string Text, Instant At);
