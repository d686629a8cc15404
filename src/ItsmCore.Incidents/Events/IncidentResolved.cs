using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A resolution was recorded.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="ResolutionCode">The resolution code.</param>
/// <param name="ResolutionNotes">What was done.</param>
public sealed record IncidentResolved(IncidentId Incident, long Version, Instant At, Actor Actor, string ResolutionCode, string ResolutionNotes)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Resolved";
}
