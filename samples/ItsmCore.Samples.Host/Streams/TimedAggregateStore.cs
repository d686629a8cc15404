using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using NodaTime;

namespace ItsmCore.Samples.Host.Streams;

/// <summary>
/// An <see cref="AggregateStore{TAggregate, TEvent}"/> whose records have clocks: each record has one timer
/// (<c>{timerPrefix}{id}</c>) armed at its next change after every save (and at start-up from its log); when it fires,
/// the worker records what fell due (<see cref="Facts"/>) and re-arms it. Incidents and changes derive from it.
/// Thread-safe.
/// </summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TEvent">Its event base type.</typeparam>
public abstract class TimedAggregateStore<TAggregate, TEvent> : AggregateStore<TAggregate, TEvent>, ITimedRecords
    where TAggregate : EventSourcedAggregate<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly string timerPrefix;
    private readonly TimerSignal signal;

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="recordType">The record type named in conflicts.</param>
    /// <param name="streamPrefix">The prefix of the stream ids.</param>
    /// <param name="timerPrefix">The prefix of the timer keys (it holds a colon, so plain clock ids never clash).</param>
    /// <param name="codec">The event codec.</param>
    /// <param name="rebuild">The aggregate's rebuild function.</param>
    /// <param name="signal">Woken when a timer is armed.</param>
    private protected TimedAggregateStore(IHostStore store, string recordType, string streamPrefix, string timerPrefix, EventCodec<TEvent> codec,
        Func<IReadOnlyList<TEvent>, TAggregate> rebuild, TimerSignal signal)
        : base(store, recordType, streamPrefix, codec, rebuild)
    {
        ArgumentException.ThrowIfNullOrEmpty(timerPrefix);
        this.timerPrefix = timerPrefix;
        this.signal = signal ?? throw new ArgumentNullException(nameof(signal));
    }

    /// <inheritdoc/>
    public bool Owns(string timerKey) => timerKey.StartsWith(timerPrefix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public async Task<TimerFiring?> FireAsync(string timerKey, Instant wakeAt, CancellationToken cancellationToken)
    {
        TAggregate? aggregate = await LoadAsync(timerKey[timerPrefix.Length..], cancellationToken).ConfigureAwait(false);
        if (aggregate is null)
        {
            return null;
        }

        Instant at = Instant.Max(wakeAt, aggregate.LastEventAt);
        return new TimerFiring(NextWake(aggregate, at), Facts(aggregate, at));
    }

    /// <inheritdoc/>
    public Task<(int Records, IReadOnlyList<string> Failures)> RebuildTimersAsync(int parallelism = 1, CancellationToken cancellationToken = default) =>
        TimerRebuild.RunAsync(Store, StreamIdPrefix, id => timerPrefix + id, async (id, ct) =>
        {
            TAggregate aggregate = (await LoadAsync(id, ct).ConfigureAwait(false))!;
            return WakeAfter(aggregate);
        }, signal, parallelism, cancellationToken);

    /// <summary>The instant after <paramref name="at"/> when something about the record falls due without a command, or null.</summary>
    /// <param name="aggregate">The record.</param>
    /// <param name="at">The instant; not before its last event.</param>
    /// <returns>The next wake-up, or null.</returns>
    protected abstract Instant? NextWake(TAggregate aggregate, Instant at);

    /// <summary>What about the record fell due by <paramref name="at"/>, each fact with its real instant and a stable de-duplication key.</summary>
    /// <param name="aggregate">The record.</param>
    /// <param name="at">The instant; not before its last event.</param>
    /// <returns>The messages.</returns>
    protected abstract IReadOnlyList<OutboxMessage> Facts(TAggregate aggregate, Instant at);

    /// <summary>Appends the uncommitted events, then arms the record's timer at its next change (nothing to save: nothing happens).</summary>
    /// <param name="id">The record id.</param>
    /// <param name="aggregate">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved first; nothing was written.</exception>
    protected async Task SaveAndArmAsync(string id, TAggregate aggregate, CancellationToken cancellationToken)
    {
        if (!await AppendAsync(id, aggregate, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // After the events are stored: a host that dies here leaves the timer to the start-up rebuild.
        await Store.ArmAsync(timerPrefix + id, WakeAfter(aggregate), cancellationToken: cancellationToken).ConfigureAwait(false);
        signal.Wake();
    }

    // The next change; when there is none but something fell due by the last event (a clock stopped after its breach
    // while no worker ran), the last event, so that a worker records it once with its real instant (the outbox keys
    // make a fact recorded before a no-op).
    private Instant? WakeAfter(TAggregate aggregate) =>
        NextWake(aggregate, aggregate.LastEventAt) ?? (Facts(aggregate, aggregate.LastEventAt).Count > 0 ? aggregate.LastEventAt : null);
}
