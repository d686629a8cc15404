using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>An action candidate was prepared.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The action.</param>
/// <param name="DecidingInformation">What must be known to decide.</param>
/// <param name="Criterion">The rule that decides it.</param>
public sealed record IncidentActionPrepared(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, IReadOnlyList<string> DecidingInformation, string Criterion)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Action prepared";
}
