using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A link was removed. Journal action <c>Unlinked</c>: <c>Link</c> cleared, with the reason. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Link">The link removed.</param>
/// <param name="Reason">Why, when a reason was given.</param>
public sealed record IncidentUnlinked(IncidentId Incident, long Version, Instant At, Actor Actor, IncidentLink Link, string? Reason)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("Unlinked", new JournalChanges().Set("Link", Link.ToString(), null), Reason);
}
