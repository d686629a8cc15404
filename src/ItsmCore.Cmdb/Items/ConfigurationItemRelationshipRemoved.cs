using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A relationship from this item was removed (a retraction over the valid interval). Journal action <c>RelationshipRemoved</c>. Immutable and thread-safe.</summary>
/// <param name="Item">The item's id (the relationship's source).</param>
/// <param name="Version">The item's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Cause">Why (e.g. a change request id), or null.</param>
/// <param name="ValidFrom">Start of the interval over which the relationship no longer holds.</param>
/// <param name="ValidTo">End (exclusive) of that interval, or null when open.</param>
/// <param name="Relationship">The relationship removed, as it was.</param>
public sealed record ConfigurationItemRelationshipRemoved(
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
        Entry("RelationshipRemoved", [new FieldChange(ItemJournal.Relationships, ItemJournal.Text(Relationship), null)]);
}
