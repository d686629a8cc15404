using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The status changed by a lifecycle trigger (all but assignment and resolution, which have their own events).</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="HoldReason">What the incident waits for when put on hold; otherwise null.</param>
public sealed record IncidentStatusChanged(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentTrigger Trigger, IncidentStatus From, IncidentStatus To, HoldReason? HoldReason)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Status changed";
}
