using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>An action candidate was prepared. Journal action <c>Action prepared</c>. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The action's name.</param>
/// <param name="DecidingInformation">The information that decides it.</param>
/// <param name="Criterion">The criterion.</param>
public sealed record IncidentActionPrepared(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, EquatableArray<string> DecidingInformation, string Criterion)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Action prepared", new JournalChanges().Set("Action", null, $"{Name} (decided by: {string.Join("; ", DecidingInformation)}; criterion: {Criterion})"));
}
