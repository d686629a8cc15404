using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A major-incident task was opened.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Number">The task's number.</param>
/// <param name="Title">What must be done.</param>
/// <param name="Priority">The task's priority.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="EscalationTarget">Who is told when it runs late.</param>
/// <param name="Target">The deadline's target.</param>
public sealed record MajorIncidentTaskOpened(IncidentId Incident, long Version, Instant At, Actor Actor, int Number, string Title, Priority Priority, string Owner, string EscalationTarget, SlaTarget Target)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Task opened";
}
