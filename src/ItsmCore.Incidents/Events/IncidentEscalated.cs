using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The incident was escalated (a functional escalation also reassigns it to the target group).</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Escalation">The escalation, with its answer deadline.</param>
public sealed record IncidentEscalated(IncidentId Incident, long Version, Instant At, Actor Actor, Escalation Escalation)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Escalated";
}
