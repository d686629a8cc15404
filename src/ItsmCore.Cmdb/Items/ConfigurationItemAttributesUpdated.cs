using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>An item-state step: typed attributes were set or removed, or descriptive fields (version, location, owner, criticality, serial number, supplier, acquisition date) changed. Journal action <c>AttributesUpdated</c>, one change per field that differs between <see cref="PreviousRecord"/> and <see cref="Record"/>. Immutable and thread-safe.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Version">The item's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Cause">Why (e.g. a change request id), or null.</param>
/// <param name="ValidFrom">Start of the valid interval of <see cref="Record"/>.</param>
/// <param name="ValidTo">End (exclusive) of the valid interval, or null when open.</param>
/// <param name="Record">The whole item record after the step.</param>
/// <param name="PreviousRecord">The whole item record before the step.</param>
public sealed record ConfigurationItemAttributesUpdated(
    ConfigurationItemId Item,
    long Version,
    Instant At,
    Actor Actor,
    string? Cause,
    Instant ValidFrom,
    Instant? ValidTo,
    ConfigurationItemRecord Record,
    ConfigurationItemRecord PreviousRecord)
    : ConfigurationItemEvent(Item, Version, At, Actor, Cause, ValidFrom, ValidTo), IItemStateEvent
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("AttributesUpdated", ItemJournal.Changes(PreviousRecord, Record));
}
