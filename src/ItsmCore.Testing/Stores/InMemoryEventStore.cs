using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory event store for tests: one stream of events per record id, appended with optimistic concurrency, as
/// a host's database would do it. The in-memory repositories (see <see cref="InMemoryRepository{TAggregate, TEvent}"/>)
/// keep their records here; tests can inspect it to assert exactly what was stored.
/// </summary>
/// <remarks>
/// <para>
/// The store is thread-safe: every member may be called from several threads at once. Each <see cref="Append"/>
/// checks the stored version and writes its events under one lock, so concurrent writers to one record never
/// interleave or both succeed from the same version, and readers see a batch entirely or not at all. The lists
/// returned are snapshots that do not change afterwards.
/// </para>
/// <para>
/// The store keeps the event objects it is given (events are immutable), and never changes or removes them.
/// </para>
/// </remarks>
/// <typeparam name="TEvent">The event base type of the records kept, e.g. an aggregate's event type.</typeparam>
public sealed class InMemoryEventStore<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<TEvent>> streams = new(StringComparer.Ordinal);
    private readonly List<string> recordIds = new();
    private readonly List<TEvent> allEvents = new();

    /// <summary>The ids of the records stored, in the order of their first append (a snapshot).</summary>
    public IReadOnlyList<string> RecordIds
    {
        get
        {
            lock (gate)
            {
                return recordIds.ToArray();
            }
        }
    }

    /// <summary>Every stored event of every record, in the order they were appended (a snapshot).</summary>
    public IReadOnlyList<TEvent> AllEvents
    {
        get
        {
            lock (gate)
            {
                return allEvents.ToArray();
            }
        }
    }

    /// <summary>
    /// Appends events to a record's stream if its stored version is still <paramref name="expectedVersion"/>; all of
    /// them or, when anything is wrong, none.
    /// </summary>
    /// <param name="recordType">The kind of record (e.g. <c>"Incident"</c>), for the conflict exception.</param>
    /// <param name="recordId">The record's id.</param>
    /// <param name="expectedVersion">The version the writer loaded: 0 for a new record.</param>
    /// <param name="events">
    /// One or more events, all with <see cref="IDomainEvent.RecordId"/> equal to <paramref name="recordId"/> and with
    /// versions <paramref name="expectedVersion"/> + 1, + 2, ... in order.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/>, <paramref name="recordId"/> or <paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="recordType"/> is blank or padded, <paramref name="recordId"/> is not a valid record id,
    /// <paramref name="events"/> is empty, or an event is null, belongs to another record or has the wrong version;
    /// nothing was written.
    /// </exception>
    /// <returns>The stored version after the append: the version of the last event written.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>; nothing was written.</exception>
    public long Append(string recordType, string recordId, long expectedVersion, IReadOnlyList<TEvent> events)
    {
        TextGuard.Check(recordType, nameof(recordType), 100);
        RecordIdText.Check(recordId, nameof(recordId));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        TEvent[] batch = events.ToArray();
        if (batch.Length == 0)
        {
            throw new ArgumentException($"No events to append to {recordType} {recordId}; an append stores one or more events.", nameof(events));
        }

        for (int i = 0; i < batch.Length; i++)
        {
            TEvent? domainEvent = batch[i];
            if (domainEvent is null)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Event {i} to append to {recordType} {recordId} is null."), nameof(events));
            }

            if (!string.Equals(domainEvent.RecordId, recordId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Event {i} ({domainEvent.GetType().Name}) belongs to record {domainEvent.RecordId}, not {recordType} {recordId}; nothing was written."),
                    nameof(events));
            }

            long expected = expectedVersion + 1 + i;
            if (domainEvent.Version != expected)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Event {i} ({domainEvent.GetType().Name}) of {recordType} {recordId} has version {domainEvent.Version}; version {expected} was expected (expected stored version {expectedVersion} + {i + 1}); nothing was written."),
                    nameof(events));
            }
        }

        lock (gate)
        {
            streams.TryGetValue(recordId, out List<TEvent>? stream);
            long actualVersion = stream?.Count ?? 0;
            if (actualVersion != expectedVersion)
            {
                throw new ConcurrencyConflictException(recordType, recordId, expectedVersion, actualVersion);
            }

            if (stream is null)
            {
                stream = new List<TEvent>();
                streams.Add(recordId, stream);
                recordIds.Add(recordId);
            }

            stream.AddRange(batch);
            allEvents.AddRange(batch);
            return stream.Count;
        }
    }

    /// <summary>The events of one record, oldest first (a snapshot).</summary>
    /// <param name="recordId">The record's id.</param>
    /// <returns>The events; empty when the record is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is not a valid record id.</exception>
    public IReadOnlyList<TEvent> Load(string recordId)
    {
        RecordIdText.Check(recordId, nameof(recordId));
        lock (gate)
        {
            return streams.TryGetValue(recordId, out List<TEvent>? stream) ? stream.ToArray() : Array.Empty<TEvent>();
        }
    }

    /// <summary>The stored version of one record: the version of its newest event.</summary>
    /// <param name="recordId">The record's id.</param>
    /// <returns>The version; 0 when the record is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is not a valid record id.</exception>
    public long VersionOf(string recordId)
    {
        RecordIdText.Check(recordId, nameof(recordId));
        lock (gate)
        {
            return streams.TryGetValue(recordId, out List<TEvent>? stream) ? stream.Count : 0;
        }
    }
}
