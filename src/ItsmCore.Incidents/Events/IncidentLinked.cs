using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A link was added. Journal action <c>Linked</c>: <c>Link</c> set. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Link">The link.</param>
public sealed record IncidentLinked(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentLink Link)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("Linked", new JournalChanges().Set("Link", null, Link.ToString()));
}
