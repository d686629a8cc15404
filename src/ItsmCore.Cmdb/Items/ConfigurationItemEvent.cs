using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// Something that happened to a <see cref="ItsmCore.Cmdb.ConfigurationItem"/>: one sealed record per step. Each event
/// carries the valid interval [<see cref="ValidFrom"/>, <see cref="ValidTo"/>) of the facts it states, the optional
/// <see cref="Cause"/> (e.g. the change request that caused it) and the values it replaced; the journal entry is
/// derived from the event alone. Immutable and thread-safe.
/// </summary>
/// <remarks>The constructor is <c>private protected</c>: the set of configuration item events is closed.</remarks>
public abstract record ConfigurationItemEvent : IDomainEvent
{
    /// <summary>Creates the event's common part.</summary>
    /// <param name="item">The item's id.</param>
    /// <param name="version">The item's version after the event.</param>
    /// <param name="at">When it happened (the commit instant).</param>
    /// <param name="actor">Who caused it.</param>
    /// <param name="cause">Why (e.g. a change request id), or null.</param>
    /// <param name="validFrom">Start of the valid interval of the facts stated.</param>
    /// <param name="validTo">End (exclusive) of the valid interval, or null when open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="item"/> is the empty id, or <paramref name="validTo"/> is not after <paramref name="validFrom"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    private protected ConfigurationItemEvent(ConfigurationItemId item, long version, Instant at, Actor actor, string? cause, Instant validFrom, Instant? validTo)
    {
        if (item.Value.Length == 0)
        {
            throw new ArgumentException("A configuration item event needs the item's id; the empty id (the default value) was given.", nameof(item));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(actor);
        if (validTo is { } to && to <= validFrom)
        {
            throw new ArgumentException($"A valid interval [from, to) needs from < to; got [{validFrom}, {to}).", nameof(validTo));
        }

        Item = item;
        Version = version;
        At = at;
        Actor = actor;
        Cause = cause;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    /// <summary>The item's id.</summary>
    public ConfigurationItemId Item { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public Instant At { get; }

    /// <inheritdoc />
    public Actor Actor { get; }

    /// <summary>Why the step was taken (e.g. the id of the change request that caused it); the journal's reason. Null when none was given.</summary>
    public string? Cause { get; }

    /// <summary>Start of the valid interval of the facts the event states.</summary>
    public Instant ValidFrom { get; }

    /// <summary>End (exclusive) of the valid interval; null when open.</summary>
    public Instant? ValidTo { get; }

    /// <summary>The item's id as text.</summary>
    public string RecordId => Item.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => Journal();

    /// <summary>The journal entry, derived from the event's fields; <c>private protected</c> so no type outside this package derives.</summary>
    /// <returns>The entry.</returns>
    private protected abstract JournalEntry Journal();

    /// <summary>A journal entry for this event, with <see cref="Cause"/> as its reason.</summary>
    /// <param name="action">What was done.</param>
    /// <param name="changes">The changed fields.</param>
    /// <returns>The entry.</returns>
    private protected JournalEntry Entry(string action, FieldChange[] changes) => new(Version, At, Actor, action, changes, Cause);
}
