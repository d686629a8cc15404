using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The impact, urgency or priority changed.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Impact">The impact level after the change.</param>
/// <param name="Urgency">The urgency level after the change.</param>
/// <param name="Priority">The priority after the change.</param>
/// <param name="IsOverride">True when the priority was set by hand (with a reason) instead of by the matrix.</param>
public sealed record IncidentPriorityChanged(IncidentId Incident, long Version, Instant At, Actor Actor, string Impact, string Urgency, Priority Priority, bool IsOverride)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Priority changed";
}
