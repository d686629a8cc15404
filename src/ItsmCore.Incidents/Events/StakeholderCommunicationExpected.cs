using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A communication is expected within a target.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The expectation's name.</param>
/// <param name="Audience">The party.</param>
/// <param name="Direction">Who must inform whom.</param>
/// <param name="Within">The target.</param>
/// <param name="From">When the measurement starts.</param>
public sealed record StakeholderCommunicationExpected(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, StakeholderAudience Audience, CommunicationDirection Direction, SlaTarget Within, Instant From)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Communication expected";
}
