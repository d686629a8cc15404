using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A stakeholder communication was recorded.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Communication">Who was told what.</param>
public sealed record StakeholderCommunicated(IncidentId Incident, long Version, Instant At, Actor Actor, StakeholderCommunication Communication)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Communication";
}
