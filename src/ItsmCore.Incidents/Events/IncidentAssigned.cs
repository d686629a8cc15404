using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>The incident was assigned (first assignment) or reassigned.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Trigger">Assign or Reassign.</param>
/// <param name="AssignmentGroup">The group.</param>
/// <param name="Assignee">The person, or null for the group's queue.</param>
public sealed record IncidentAssigned(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentTrigger Trigger, string AssignmentGroup, Actor? Assignee)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Assigned";
}
