using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Samples.Host.Timers;

/// <summary>
/// SLA clocks as event streams (<c>sla-{id}</c>, one <c>sla.clock-event</c> v1 row per <see cref="SlaClockEvent"/>,
/// written with <see cref="SlaClockJson"/>), with their one timer re-armed at <see cref="SlaClock.NextChangeAt"/> on
/// every save. Thread-safe.
/// </summary>
public sealed class SlaClockStore : ITimedRecords
{
    /// <summary>The event type name of a clock event.</summary>
    public const string EventType = "sla.clock-event";

    private const string Prefix = "sla-";
    private readonly IHostStore store;
    private readonly IBusinessCalendarProvider calendars;
    private readonly TimerSignal signal;

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="calendars">The calendars clocks replay with.</param>
    /// <param name="signal">Woken when a timer is armed, so the worker re-checks its sleep.</param>
    public SlaClockStore(IHostStore store, IBusinessCalendarProvider calendars, TimerSignal signal)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.calendars = calendars ?? throw new ArgumentNullException(nameof(calendars));
        this.signal = signal ?? throw new ArgumentNullException(nameof(signal));
    }

    /// <summary>Loads a clock and its stream version.</summary>
    /// <param name="clockId">The clock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The clock (null if the stream is empty) and the version.</returns>
    /// <exception cref="InvalidDataException">A stored row cannot be read; the message names the stream and version.</exception>
    public async Task<(SlaClock? Clock, long Version)> LoadAsync(string clockId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<StoredEvent> rows = await store.ReadStreamAsync(Prefix + clockId, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return (null, 0);
        }

        var events = new List<SlaClockEvent>(rows.Count);
        foreach (StoredEvent row in rows)
        {
            if (row.Type != EventType || row.SchemaVersion != 1)
            {
                throw new InvalidDataException($"Stream '{row.StreamId}' version {row.Version}: unknown event type '{row.Type}' v{row.SchemaVersion}.");
            }

            try
            {
                events.AddRange(SlaClockJson.ReadEvents(row.Data));
            }
            catch (SlaFormatException ex)
            {
                throw new InvalidDataException($"Stream '{row.StreamId}' version {row.Version}: {ex.Message}", ex);
            }
        }

        try
        {
            return (SlaClock.Replay(events, calendars), rows[^1].Version);
        }
        catch (Exception ex) when (ex is SlaFormatException or SlaClockCommandException or ArgumentException)
        {
            throw new InvalidDataException($"Stream '{Prefix + clockId}': the events do not replay: {ex.Message}", ex);
        }
    }

    /// <summary>Appends the clock's events after <paramref name="expectedVersion"/> and re-arms its timer.</summary>
    /// <param name="clockId">The clock.</param>
    /// <param name="clock">The clock after the command.</param>
    /// <param name="expectedVersion">The version it was loaded at (0 for a new clock).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="StreamConcurrencyException">Another writer saved first; nothing was written.</exception>
    public async Task<long> SaveAsync(string clockId, SlaClock clock, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clock);
        NewEvent[] added = clock.Events.Skip(checked((int)expectedVersion))
            .Select(e => new NewEvent(EventType, 1, SlaClockJson.Write([e]))).ToArray();
        long version = await store.AppendAsync(Prefix + clockId, expectedVersion, added, cancellationToken).ConfigureAwait(false);
        await store.ArmAsync(clockId, WakeAfter(clockId, clock), cancellationToken: cancellationToken).ConfigureAwait(false);
        signal.Wake();
        return version;
    }

    /// <summary>
    /// Loads, applies <paramref name="command"/> and saves; when another writer saved first, reloads and applies the
    /// command again on the newer clock (at most <paramref name="attempts"/> times), so no command is lost.
    /// </summary>
    /// <param name="clockId">The clock.</param>
    /// <param name="command">The command (pure: it may run more than once).</param>
    /// <param name="attempts">How many tries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The saved clock and the number of conflicts met.</returns>
    public async Task<(SlaClock Clock, int Conflicts)> UpdateAsync(string clockId, Func<SlaClock, SlaClock> command, int attempts = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        for (int conflicts = 0; ; conflicts++)
        {
            (SlaClock? clock, long version) = await LoadAsync(clockId, cancellationToken).ConfigureAwait(false);
            SlaClock next = command(clock ?? throw new InvalidOperationException($"No clock '{clockId}'."));
            try
            {
                await SaveAsync(clockId, next, version, cancellationToken).ConfigureAwait(false);
                return (next, conflicts);
            }
            catch (StreamConcurrencyException) when (conflicts + 1 < attempts)
            {
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>Plain clock ids: every key without a colon (incident timers are <c>incident:{id}</c>).</remarks>
    public bool Owns(string timerKey) => !timerKey.Contains(':', StringComparison.Ordinal);

    /// <inheritdoc/>
    public async Task<TimerFiring?> FireAsync(string timerKey, Instant wakeAt, CancellationToken cancellationToken)
    {
        (SlaClock? sla, _) = await LoadAsync(timerKey, cancellationToken).ConfigureAwait(false);
        if (sla is null)
        {
            return null;
        }

        Instant at = Instant.Max(wakeAt, sla.LastEventAt);
        var messages = new List<OutboxMessage>();
        TimerFacts.Add(messages, timerKey, null, sla, at);
        return new TimerFiring(sla.NextChangeAt(at), messages);
    }

    /// <summary>
    /// Rebuilds timers from the stored logs at start-up: every clock stream without a timer row gets one at its
    /// <see cref="SlaClock.NextChangeAt"/> after its last event (a wake-up in the past fires at once, reported with
    /// its real instant). A stream that cannot be read is reported and skipped.
    /// </summary>
    /// <param name="parallelism">How many logs are read at once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of clocks read and the unreadable streams with the reason.</returns>
    public Task<(int Records, IReadOnlyList<string> Failures)> RebuildTimersAsync(int parallelism = 1, CancellationToken cancellationToken = default) =>
        TimerRebuild.RunAsync(store, Prefix, id => id, async (id, ct) =>
        {
            (SlaClock? clock, _) = await LoadAsync(id, ct).ConfigureAwait(false);
            return WakeAfter(id, clock!);
        }, signal, parallelism, cancellationToken);

    /// <summary>
    /// The timer after a save or at start-up: the clock's next change; when it has none but something fell due by its
    /// last event (a clock stopped after its breach while no worker ran), its last event, so that a worker records what
    /// fell due once with its real instant (the outbox keys make a fact recorded before a no-op).
    /// </summary>
    private static Instant? WakeAfter(string clockId, SlaClock clock)
    {
        if (clock.NextChangeAt(clock.LastEventAt) is { } next)
        {
            return next;
        }

        var due = new List<OutboxMessage>();
        TimerFacts.Add(due, clockId, null, clock, clock.LastEventAt);
        return due.Count > 0 ? clock.LastEventAt : null;
    }
}
