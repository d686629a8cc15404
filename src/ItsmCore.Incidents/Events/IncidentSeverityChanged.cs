using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The severity level changed.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Severity">The severity after the change.</param>
public sealed record IncidentSeverityChanged(IncidentId Incident, long Version, Instant At, Actor Actor, SeverityLevel Severity)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Severity changed";
}
