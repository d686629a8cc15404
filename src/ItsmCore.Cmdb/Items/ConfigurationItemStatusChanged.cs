using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>The item moved in its lifecycle (<see cref="ConfigurationItem.Lifecycle"/>). Journal action <c>StatusChanged</c>. Immutable and thread-safe.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Version">The item's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Cause">Why (e.g. a change request id), or null.</param>
/// <param name="ValidFrom">Start of the valid interval of <see cref="Record"/>.</param>
/// <param name="ValidTo">End (exclusive) of the valid interval, or null when open.</param>
/// <param name="Trigger">The lifecycle trigger fired.</param>
/// <param name="Record">The whole item record after the step.</param>
/// <param name="PreviousRecord">The whole item record before the step.</param>
public sealed record ConfigurationItemStatusChanged(
    ConfigurationItemId Item,
    long Version,
    Instant At,
    Actor Actor,
    string? Cause,
    Instant ValidFrom,
    Instant? ValidTo,
    ConfigurationItemTrigger Trigger,
    ConfigurationItemRecord Record,
    ConfigurationItemRecord PreviousRecord)
    : ConfigurationItemEvent(Item, Version, At, Actor, Cause, ValidFrom, ValidTo), IItemStateEvent
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("StatusChanged", ItemJournal.Changes(PreviousRecord, Record));
}
