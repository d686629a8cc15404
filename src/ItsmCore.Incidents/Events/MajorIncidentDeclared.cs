using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The incident was declared major; its clocks move to the policy's calendar.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Declaration">The decision and its criterion.</param>
public sealed record MajorIncidentDeclared(IncidentId Incident, long Version, Instant At, Actor Actor, MajorIncidentDeclaration Declaration)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Major incident declared";
}
