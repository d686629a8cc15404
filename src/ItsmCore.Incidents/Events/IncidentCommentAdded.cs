using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A customer-visible comment or an internal work note was added.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Comment">The comment.</param>
public sealed record IncidentCommentAdded(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentComment Comment)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    public override string Action => "Comment added";
}
