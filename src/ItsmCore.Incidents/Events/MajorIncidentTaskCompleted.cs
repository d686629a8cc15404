using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A major-incident task was completed.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Number">The task's number.</param>
/// <param name="Outcome">What was achieved.</param>
public sealed record MajorIncidentTaskCompleted(IncidentId Incident, long Version, Instant At, Actor Actor, int Number, string Outcome)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Task completed";
}
