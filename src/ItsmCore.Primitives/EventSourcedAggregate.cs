using System;
using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Primitives;

/// <summary>
/// Base of ItsmCore's aggregates (Incident, Problem, ...): state changes only by raising domain events, each event
/// is applied and journaled, and an aggregate can be rebuilt from its events. Versions count events (the creating
/// event is version 1); <see cref="PersistedVersion"/> is what repositories compare for optimistic concurrency.
/// </summary>
/// <remarks>
/// An aggregate is a mutable object owned by one unit of work; it is not thread-safe. Commands check everything
/// before they raise their first event, so a refused command leaves the aggregate unchanged.
/// </remarks>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public abstract class EventSourcedAggregate<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly List<TEvent> uncommitted = new();
    private readonly List<JournalEntry> journal = new();
    private string? journalRecordId;

    /// <summary>Creates an empty aggregate; the derived type raises or replays its creating event.</summary>
    protected EventSourcedAggregate()
    {
    }

    /// <summary>The number of events applied: the version of the newest event.</summary>
    public long Version { get; private set; }

    /// <summary>The version last loaded from or saved to a repository (0 for a new, unsaved aggregate).</summary>
    public long PersistedVersion => Version - uncommitted.Count;

    /// <summary>Events raised since the aggregate was loaded or last saved, oldest first.</summary>
    /// <remarks>A snapshot: the list a caller holds does not change when the aggregate changes or is committed.</remarks>
    public IReadOnlyList<TEvent> UncommittedEvents => uncommitted.ToArray();

    /// <summary>Every step, oldest first: one journal entry per event.</summary>
    public IReadOnlyList<JournalEntry> Journal => journal.AsReadOnly();

    /// <summary>
    /// When the newest event happened (<see cref="IDomainEvent.At"/>); commands refuse an earlier instant so a
    /// record's history runs forward. <see cref="Instant.MinValue"/> for an aggregate with no event yet.
    /// </summary>
    public Instant LastEventAt { get; private set; } = Instant.MinValue;

    /// <summary>
    /// Called by a repository after it stored <see cref="UncommittedEvents"/>: they become part of
    /// <see cref="PersistedVersion"/> and the list is cleared. The repository says which version it stored, and
    /// that must be <see cref="Version"/>: a repository that stored fewer events (or an aggregate changed after it
    /// was saved) cannot drop the unsaved events silently.
    /// </summary>
    /// <param name="persistedVersion">The version the repository stored: the version of the last event it wrote.</param>
    /// <exception cref="InvalidOperationException"><paramref name="persistedVersion"/> is not <see cref="Version"/>; nothing is cleared.</exception>
    public void MarkCommitted(long persistedVersion)
    {
        if (persistedVersion != Version)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The repository says it stored version {persistedVersion}, but the aggregate is at version {Version} ({uncommitted.Count} uncommitted event(s) since version {PersistedVersion}); the events were not marked committed."));
        }

        uncommitted.Clear();
    }

    /// <summary>Applies a new event and records it as uncommitted.</summary>
    /// <param name="domainEvent">The event; its version must be <see cref="Version"/> + 1.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domainEvent"/> is null.</exception>
    /// <exception cref="ArgumentException">The event's version does not follow, or it belongs to another record.</exception>
    protected void Raise(TEvent domainEvent)
    {
        Apply(domainEvent);
        uncommitted.Add(domainEvent);
    }

    /// <summary>Applies stored events (oldest first) to an empty aggregate, as when loading it.</summary>
    /// <param name="history">The events.</param>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or an event is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, a version does not follow, or an event belongs to another record.</exception>
    protected void Replay(IEnumerable<TEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (Version != 0)
        {
            throw new InvalidOperationException("Only an empty aggregate can replay a history.");
        }

        foreach (TEvent domainEvent in history)
        {
            Apply(domainEvent);
        }

        if (Version == 0)
        {
            throw new ArgumentException("The history has no events; a record starts with the event that created it.", nameof(history));
        }
    }

    /// <summary>
    /// The record's zone, in which its journal shows instants (<see cref="JournalEntry.Zone"/>): read after each event is
    /// applied, so a zone the creating event records applies from the first entry. Null (the default) for a record
    /// without a zone: entries show UTC.
    /// </summary>
    protected virtual DateTimeZone? JournalZone => null;

    /// <summary>Changes the aggregate's state by one event. Called for new and replayed events alike; must not throw for a valid history.</summary>
    /// <param name="domainEvent">The event.</param>
    protected abstract void When(TEvent domainEvent);

    private void Apply(TEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        if (domainEvent.Version != Version + 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Event {domainEvent.GetType().Name} has version {domainEvent.Version}; version {Version + 1} was expected (events are numbered 1, 2, 3, ... per record)."),
                nameof(domainEvent));
        }

        if (Version > 0 && domainEvent.RecordId != journalRecordId)
        {
            throw new ArgumentException($"Event {domainEvent.GetType().Name} belongs to record {domainEvent.RecordId}, not {journalRecordId}.", nameof(domainEvent));
        }

        JournalEntry entry = domainEvent.ToJournalEntry()
            ?? throw new ArgumentException($"Event {domainEvent.GetType().Name} gave no journal entry.", nameof(domainEvent));
        if (entry.Version != domainEvent.Version)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Event {domainEvent.GetType().Name} (version {domainEvent.Version}) gave a journal entry with version {entry.Version}."),
                nameof(domainEvent));
        }

        When(domainEvent);
        journalRecordId = domainEvent.RecordId;
        Version = domainEvent.Version;
        LastEventAt = domainEvent.At;
        journal.Add(JournalZone is { } zone ? entry with { Zone = zone } : entry);
    }
}
