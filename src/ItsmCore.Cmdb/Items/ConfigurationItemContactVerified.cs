using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// A contact's verification was recorded (reachable, unreachable, or corrected with a new name or reach). Journal
/// action <c>ContactVerified</c>. Immutable and thread-safe.
/// </summary>
/// <param name="Item">The item's id.</param>
/// <param name="Version">The item's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who verified.</param>
/// <param name="Cause">Why, or null.</param>
/// <param name="ValidFrom">Start of the valid interval of <see cref="Record"/>.</param>
/// <param name="ValidTo">End (exclusive) of the valid interval, or null when open.</param>
/// <param name="Role">The verified contact's role.</param>
/// <param name="Verification">The verification recorded.</param>
/// <param name="Record">The whole item record after the step.</param>
/// <param name="PreviousRecord">The whole item record before the step.</param>
public sealed record ConfigurationItemContactVerified(
    ConfigurationItemId Item,
    long Version,
    Instant At,
    Actor Actor,
    string? Cause,
    Instant ValidFrom,
    Instant? ValidTo,
    string Role,
    ContactVerification Verification,
    ConfigurationItemRecord Record,
    ConfigurationItemRecord PreviousRecord)
    : ConfigurationItemEvent(Item, Version, At, Actor, Cause, ValidFrom, ValidTo), IItemStateEvent
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => Entry("ContactVerified", ItemJournal.Changes(PreviousRecord, Record));
}
