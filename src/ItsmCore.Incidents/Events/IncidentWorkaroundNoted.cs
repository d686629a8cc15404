using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A linked problem's workaround was noted on the incident.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Problem">The problem.</param>
/// <param name="Workaround">The workaround.</param>
public sealed record IncidentWorkaroundNoted(IncidentId Incident, long Version, Instant At, Actor Actor, ProblemId Problem, string Workaround)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Workaround noted";
}
