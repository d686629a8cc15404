using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;

namespace ItsmCore.Samples.Host.Streams;

/// <summary>
/// The one stream mechanism every aggregate of the host is stored with: an aggregate is the stream
/// <c>{prefix}{id}</c> of its events (one <see cref="EventCodec{TEvent}"/> row each); saving appends its uncommitted
/// events expecting the stream at its <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (optimistic
/// concurrency: a stale writer gets <see cref="ConcurrencyConflictException"/> and nothing is written), loading reads
/// the stream and rebuilds the aggregate with the aggregate's own rebuild function (the rules it is given are only for
/// later commands: every event carries what its command took from the rules). The repositories of the host derive
/// from it. Thread-safe.
/// </summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TEvent">Its event base type.</typeparam>
public abstract class AggregateStore<TAggregate, TEvent>
    where TAggregate : EventSourcedAggregate<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly string recordType;
    private readonly Func<IReadOnlyList<TEvent>, TAggregate> rebuild;

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="recordType">The record type named in conflicts (for example <c>Problem</c>).</param>
    /// <param name="streamPrefix">The prefix of the stream ids (for example <c>problem-</c>).</param>
    /// <param name="codec">The event codec.</param>
    /// <param name="rebuild">The aggregate's rebuild function.</param>
    private protected AggregateStore(IHostStore store, string recordType, string streamPrefix, EventCodec<TEvent> codec, Func<IReadOnlyList<TEvent>, TAggregate> rebuild)
    {
        Store = store ?? throw new ArgumentNullException(nameof(store));
        ArgumentException.ThrowIfNullOrEmpty(recordType);
        ArgumentException.ThrowIfNullOrEmpty(streamPrefix);
        this.recordType = recordType;
        StreamIdPrefix = streamPrefix;
        Codec = codec ?? throw new ArgumentNullException(nameof(codec));
        this.rebuild = rebuild ?? throw new ArgumentNullException(nameof(rebuild));
    }

    /// <summary>The prefix of the stream ids; the record id follows it.</summary>
    public string StreamIdPrefix { get; }

    /// <summary>The event codec.</summary>
    public EventCodec<TEvent> Codec { get; }

    /// <summary>The host store.</summary>
    protected IHostStore Store { get; }

    /// <summary>Reads a record's stored events, oldest first (empty when there is none).</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events.</returns>
    /// <exception cref="InvalidDataException">A stored row cannot be read; the message names the stream, version, JSON path and reason.</exception>
    public async Task<IReadOnlyList<TEvent>> ReadEventsAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        IReadOnlyList<StoredEvent> rows = await Store.ReadStreamAsync(StreamIdPrefix + id, cancellationToken).ConfigureAwait(false);
        return rows.Select(Codec.Read).ToArray();
    }

    /// <summary>The ids of every stored record of this kind.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The ids, ordered.</returns>
    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default) =>
        (await Store.ListStreamsAsync(StreamIdPrefix, cancellationToken).ConfigureAwait(false)).Select(s => s[StreamIdPrefix.Length..]).ToArray();

    /// <summary>Loads a record: its stream rebuilt; null when the stream is empty.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The aggregate, with no uncommitted events, or null.</returns>
    /// <exception cref="InvalidDataException">A row cannot be read, or the events do not rebuild a record; the message names the stream.</exception>
    protected async Task<TAggregate?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        IReadOnlyList<TEvent> events = await ReadEventsAsync(id, cancellationToken).ConfigureAwait(false);
        if (events.Count == 0)
        {
            return null;
        }

        try
        {
            return rebuild(events);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or DomainException)
        {
            throw new InvalidDataException($"Stream '{StreamIdPrefix + id}': the events do not rebuild a {recordType}: {ex.Message}", ex);
        }
    }

    /// <summary>Appends the aggregate's uncommitted events (none: nothing is written) and marks them committed.</summary>
    /// <param name="id">The record id.</param>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when events were written.</returns>
    /// <exception cref="ConcurrencyConflictException">The stream is not at the aggregate's persisted version; nothing was written.</exception>
    protected async Task<bool> AppendAsync(string id, TAggregate aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return await AppendBatchAsync([(id, aggregate)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends the uncommitted events of several aggregates in one transaction: every stream's version is checked
    /// first and either all events are stored or none. Aggregates with no uncommitted events are skipped.
    /// </summary>
    /// <param name="items">The aggregates with their ids; each id at most once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>True when events were written.</returns>
    /// <exception cref="ArgumentException">An id appears twice.</exception>
    /// <exception cref="ConcurrencyConflictException">Some stream is not at its aggregate's persisted version; nothing was written.</exception>
    protected async Task<bool> AppendBatchAsync(IReadOnlyList<(string Id, TAggregate Aggregate)> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Select(i => i.Id).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException($"A {recordType} id appears twice in the batch.", nameof(items));
        }

        (string Id, TAggregate Aggregate)[] changed = items.Where(i => i.Aggregate.UncommittedEvents.Count > 0).ToArray();
        if (changed.Length == 0)
        {
            return false;
        }

        StreamAppend[] appends = changed
            .Select(i => new StreamAppend(StreamIdPrefix + i.Id, i.Aggregate.PersistedVersion, i.Aggregate.UncommittedEvents.Select(Codec.Write).ToArray()))
            .ToArray();
        try
        {
            await Store.AppendBatchAsync(appends, cancellationToken).ConfigureAwait(false);
        }
        catch (StreamConcurrencyException ex)
        {
            throw new ConcurrencyConflictException(recordType, ex.StreamId[StreamIdPrefix.Length..], ex.ExpectedVersion, ex.ActualVersion);
        }

        foreach ((_, TAggregate aggregate) in changed)
        {
            aggregate.MarkCommitted(aggregate.Version);
        }

        return true;
    }
}
