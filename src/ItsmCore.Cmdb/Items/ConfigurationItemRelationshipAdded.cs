using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A relationship from this item was added (it lives in its source's stream). Journal action <c>RelationshipAdded</c>. Immutable and thread-safe.</summary>
/// <param name="Item">The item's id (the relationship's source).</param>
/// <param name="Version">The item's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Cause">Why (e.g. a change request id), or null.</param>
/// <param name="ValidFrom">Start of the relationship's valid interval.</param>
/// <param name="ValidTo">End (exclusive) of the valid interval, or null when open.</param>
/// <param name="Relationship">The relationship (id, source, type, target; none of them ever changes).</param>
public sealed record ConfigurationItemRelationshipAdded(
    ConfigurationItemId Item,
    long Version,
    Instant At,
    Actor Actor,
    string? Cause,
    Instant ValidFrom,
    Instant? ValidTo,
    Relationship Relationship)
    : ConfigurationItemEvent(Item, Version, At, Actor, Cause, ValidFrom, ValidTo)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("RelationshipAdded", [new FieldChange(ItemJournal.Relationships, null, ItemJournal.Text(Relationship))]);
}
