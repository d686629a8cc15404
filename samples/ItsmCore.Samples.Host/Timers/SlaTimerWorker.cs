using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace ItsmCore.Samples.Host.Timers;

/// <summary>Settings of <see cref="SlaTimerWorker"/>.</summary>
public sealed class TimerWorkerOptions
{
    /// <summary>The worker's name in leases. <value>The default value is the machine name and process id.</value></summary>
    public string Owner { get; set; } = $"{Environment.MachineName}/{Environment.ProcessId}";

    /// <summary>How long a lease on a timer, or a claim on outbox rows, holds before another worker may take it. <value>The default value is 30 seconds.</value></summary>
    public Duration LeaseFor { get; set; } = Duration.FromSeconds(30);

    /// <summary>Timers leased at once. <value>The default value is 100.</value></summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// The longest sleep: a timer armed by another process is seen within this time (one in this process wakes the
    /// worker at once). <value>The default value is 30 seconds.</value>
    /// </summary>
    public TimeSpan MaxSleep { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A pause after each timer (fault tests use it to kill a worker in the middle of a batch). <value>The default value is zero.</value></summary>
    public TimeSpan DelayPerTimer { get; set; } = TimeSpan.Zero;

    /// <summary>A pause after claiming outbox rows, before publishing each (fault tests kill a worker holding its claim). <value>The default value is zero.</value></summary>
    public TimeSpan DelayPerPublication { get; set; } = TimeSpan.Zero;
}

/// <summary>Receives the notifications of the outbox, at least once each; <see cref="OutboxMessage.DedupKey"/> lets it drop repeats.</summary>
public interface INotificationSink
{
    /// <summary>Publishes one notification.</summary>
    /// <param name="message">The message.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken);
}

/// <summary>
/// The timer worker: sleeps until the earliest wake-up (or until <see cref="TimerSignal"/> wakes it), leases the due
/// timers, evaluates each clock at the timer's instant, records the thresholds crossed and the breach in the outbox
/// with the timer's re-arm at <see cref="ItsmCore.Sla.SlaClock.NextChangeAt"/> (or the incident's next change) in one transaction (exactly once: a lost lease
/// writes nothing, a repeated fact has the same de-duplication key), then claims unpublished outbox rows for the lease
/// duration and publishes only those (at least once: rows a dead worker claimed are claimed again when its claim expires,
/// and the worker wakes for that expiry).
/// A clock whose stored log cannot be read is reported with its id and its timer marked failed; the rest go on.
/// Time comes from the injected <see cref="IClock"/>. Not thread-safe: one instance runs one loop.
/// </summary>
public sealed class SlaTimerWorker : BackgroundService
{
    private readonly IHostStore store;
    private readonly IReadOnlyList<ITimedRecords> records;
    private readonly IClock clock;
    private readonly TimerSignal signal;
    private readonly INotificationSink sink;
    private readonly TimerWorkerOptions options;
    private readonly ILogger<SlaTimerWorker> logger;

    /// <summary>Creates the worker.</summary>
    /// <param name="store">The store.</param>
    /// <param name="clocks">The clock streams.</param>
    /// <param name="clock">The time source.</param>
    /// <param name="signal">The wake-up signal.</param>
    /// <param name="sink">Where notifications go.</param>
    /// <param name="options">The settings.</param>
    /// <param name="logger">The log.</param>
    /// <param name="incidents">The incident streams, whose timers are <c>incident:{id}</c>; null when the host keeps only clocks.</param>
    /// <param name="changes">The change streams, whose rollback-decision timers are <c>change:{id}</c>; null when the host keeps no changes.</param>
    public SlaTimerWorker(IHostStore store, SlaClockStore clocks, IClock clock, TimerSignal signal, INotificationSink sink,
        TimerWorkerOptions options, ILogger<SlaTimerWorker> logger, Incidents.IncidentStore? incidents = null, Changes.ChangeRequestStore? changes = null)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        ArgumentNullException.ThrowIfNull(clocks);
        records = new ITimedRecords?[] { incidents, changes, clocks }.OfType<ITimedRecords>().ToArray();
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        this.signal = signal ?? throw new ArgumentNullException(nameof(signal));
        this.sink = sink ?? throw new ArgumentNullException(nameof(sink));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>Leases and applies every timer due now (batch after batch), then publishes the outbox.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of timers applied.</returns>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        int total = 0;
        while (true)
        {
            IReadOnlyList<TimerLease> leases = await store.LeaseDueAsync(options.Owner, clock.GetCurrentInstant(), options.LeaseFor, options.BatchSize, cancellationToken)
                .ConfigureAwait(false);
            foreach (TimerLease lease in leases)
            {
                total += await ApplyAsync(lease, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                if (options.DelayPerTimer > TimeSpan.Zero)
                {
                    await Task.Delay(options.DelayPerTimer, cancellationToken).ConfigureAwait(false);
                }
            }

            await PublishAsync(cancellationToken).ConfigureAwait(false);
            // A timer re-armed in the past (the host was down) is due again at once: go on until nothing is due.
            if (leases.Count == 0)
            {
                return total;
            }
        }
    }

    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RunDueAsync(stoppingToken).ConfigureAwait(false);
            Instant? next = await store.NextWakeAsync(stoppingToken).ConfigureAwait(false);
            TimeSpan sleep = options.MaxSleep;
            if (next is { } at)
            {
                TimeSpan until = (at - clock.GetCurrentInstant()).ToTimeSpan();
                sleep = until <= TimeSpan.Zero ? TimeSpan.Zero : until < sleep ? until : sleep;
            }

            if (sleep > TimeSpan.Zero)
            {
                await signal.WaitAsync(sleep, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> ApplyAsync(TimerLease lease, CancellationToken cancellationToken)
    {
        ITimedRecords? owner = records.FirstOrDefault(r => r.Owns(lease.ClockId));
        if (owner is null)
        {
            logger.LogError("Timer {TimerKey}: no records own this key, timer disabled", lease.ClockId);
            await store.FailAsync(lease, $"Timer '{lease.ClockId}': no records own this key.", cancellationToken).ConfigureAwait(false);
            return false;
        }

        TimerFiring? firing;
        try
        {
            firing = await owner.FireAsync(lease.ClockId, lease.WakeAt, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            logger.LogError("Timer {TimerKey}: stored log unreadable, timer disabled: {Reason}", lease.ClockId, ex.Message);
            await store.FailAsync(lease, ex.Message, cancellationToken).ConfigureAwait(false);
            return false;
        }

        bool done = await store.CompleteAsync(lease, firing?.NextWakeAt, firing?.Messages ?? [], cancellationToken).ConfigureAwait(false);
        if (!done)
        {
            logger.LogWarning("Timer {TimerKey}: lease lost before completion; another worker applies it", lease.ClockId);
        }

        return done;
    }

    private async Task PublishAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // Only the rows this worker claims: a row another worker holds is its to publish, unless its claim expires first.
            IReadOnlyList<PendingMessage> pending = await store.ClaimPendingAsync(options.Owner, clock.GetCurrentInstant(), options.LeaseFor, 500, cancellationToken)
                .ConfigureAwait(false);
            if (pending.Count == 0)
            {
                return;
            }

            foreach (PendingMessage p in pending)
            {
                if (options.DelayPerPublication > TimeSpan.Zero)
                {
                    await Task.Delay(options.DelayPerPublication, cancellationToken).ConfigureAwait(false);
                }

                await sink.PublishAsync(p.Message, cancellationToken).ConfigureAwait(false);
            }

            await store.MarkPublishedAsync(pending.Select(p => p.Id).ToList(), clock.GetCurrentInstant(), cancellationToken).ConfigureAwait(false);
        }
    }
}
