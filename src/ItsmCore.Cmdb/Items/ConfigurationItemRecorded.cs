using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>A configuration item was recorded (version 1). Journal action <c>Recorded</c>; every set field is a change from none. Immutable and thread-safe.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Version">Always 1.</param>
/// <param name="At">When it was recorded.</param>
/// <param name="Actor">Who recorded it.</param>
/// <param name="Cause">Why (e.g. a change request id), or null.</param>
/// <param name="ValidFrom">Start of the valid interval of <see cref="Record"/>.</param>
/// <param name="ValidTo">End (exclusive) of the valid interval, or null when open.</param>
/// <param name="Record">The whole item record.</param>
public sealed record ConfigurationItemRecorded(
    ConfigurationItemId Item,
    long Version,
    Instant At,
    Actor Actor,
    string? Cause,
    Instant ValidFrom,
    Instant? ValidTo,
    ConfigurationItemRecord Record)
    : ConfigurationItemEvent(Item, Version, At, Actor, Cause, ValidFrom, ValidTo), IItemStateEvent
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("Recorded", ItemJournal.Changes(null, Record));
}
