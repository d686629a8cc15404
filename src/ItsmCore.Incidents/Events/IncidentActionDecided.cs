using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A prepared action was taken or declined.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The action.</param>
/// <param name="Taken">True when taken.</param>
/// <param name="Observed">The information observed.</param>
/// <param name="Rationale">How the criterion applied.</param>
public sealed record IncidentActionDecided(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, bool Taken, string Observed, string Rationale)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Action decided";
}
