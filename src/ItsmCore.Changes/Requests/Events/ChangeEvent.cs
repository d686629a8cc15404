using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// An event of a change request. Closed: only this package defines change events. Immutable; events compare by value.
/// </summary>
public abstract record ChangeEvent : IDomainEvent
{
    private protected ChangeEvent(ChangeId change, long version, Instant at, Actor actor)
    {
        if (change.Value is null || change.Value.Length == 0)
        {
            throw new ArgumentException("A change event needs the change's id; the empty id (the default value) was given.", nameof(change));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentNullException.ThrowIfNull(actor);
        Change = change;
        Version = version;
        At = at;
        Actor = actor;
    }

    /// <summary>The change request's id.</summary>
    public ChangeId Change { get; }

    /// <inheritdoc />
    public long Version { get; }

    /// <inheritdoc />
    public Instant At { get; }

    /// <inheritdoc />
    public Actor Actor { get; }

    /// <inheritdoc />
    public string RecordId => Change.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => Journal();

    private protected abstract JournalEntry Journal();

    private protected JournalEntry Entry(string action, string? reason, params (string Field, string? From, string? To)[] changes)
    {
        var list = new List<FieldChange>();
        foreach ((string field, string? from, string? to) in changes)
        {
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                list.Add(new FieldChange(field, from, to));
            }
        }

        return new JournalEntry(Version, At, Actor, action, list, reason);
    }
}
