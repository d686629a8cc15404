using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace ItsmCore.Samples.Host.Storage;

/// <summary>
/// The host's storage: event streams with optimistic concurrency, one due timer per clock indexed by its wake-up
/// instant, and an outbox. Implemented by <see cref="SqliteHostStore"/> (default) and <see cref="PostgresHostStore"/>;
/// one contract test suite runs against both. Thread-safe: every call opens its own connection.
/// </summary>
public interface IHostStore
{
    /// <summary>Creates the tables and indexes if they do not exist.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends events to a stream expecting it to be at <paramref name="expectedVersion"/> (0 = new stream).</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="expectedVersion">The version the writer read.</param>
    /// <param name="events">The events to append.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new version.</returns>
    /// <exception cref="StreamConcurrencyException">The stream is not at the expected version; nothing was appended.</exception>
    Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends to several streams in one transaction: every stream's expected version is checked and either all events
    /// are appended or none (a batch import; <see cref="AppendAsync"/> is the one-stream case).
    /// </summary>
    /// <param name="appends">The appends; each stream at most once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="StreamConcurrencyException">A stream is not at its expected version (the first such is named); nothing was appended.</exception>
    Task AppendBatchAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default);

    /// <summary>Reads a stream, oldest first (empty if it does not exist).</summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The events.</returns>
    Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>Lists the ids of the streams whose id starts with <paramref name="prefix"/>.</summary>
    /// <param name="prefix">The prefix.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The stream ids.</returns>
    Task<IReadOnlyList<string>> ListStreamsAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Sets (or, with null, removes) the clock's one timer; releases any lease on it.</summary>
    /// <param name="clockId">The clock.</param>
    /// <param name="wakeAt">The wake-up instant, or null for none.</param>
    /// <param name="onlyIfMissing">True to leave an existing timer row unchanged (start-up rebuild).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task ArmAsync(string clockId, Instant? wakeAt, bool onlyIfMissing = false, CancellationToken cancellationToken = default);

    /// <summary>The earliest instant at which a timer is due, a timer lease expires or an outbox claim expires, or null when none.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instant, or null.</returns>
    Task<Instant?> NextWakeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Leases up to <paramref name="max"/> timers due at <paramref name="now"/> that nobody holds (or whose lease
    /// expired), earliest first, for <paramref name="leaseFor"/>. Concurrent workers never lease the same timer.
    /// </summary>
    /// <param name="owner">The worker.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="leaseFor">The lease duration.</param>
    /// <param name="max">The batch size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The leases.</returns>
    Task<IReadOnlyList<TimerLease>> LeaseDueAsync(string owner, Instant now, Duration leaseFor, int max, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: records <paramref name="messages"/> in the outbox (a de-duplication key already present is
    /// skipped) and re-arms the timer at <paramref name="nextWakeAt"/>, only if <paramref name="lease"/> is still held.
    /// </summary>
    /// <param name="lease">The lease.</param>
    /// <param name="nextWakeAt">The next wake-up, or null to remove the timer.</param>
    /// <param name="messages">The notifications.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>False when the lease was lost (expired and taken, or the timer re-armed): nothing was written.</returns>
    Task<bool> CompleteAsync(TimerLease lease, Instant? nextWakeAt, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default);

    /// <summary>Marks the timer as failed (it is never leased again) with a reason, if the lease is still held.</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="reason">Why.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task FailAsync(TimerLease lease, string reason, CancellationToken cancellationToken = default);

    /// <summary>Reads the current timer of a clock.</summary>
    /// <param name="clockId">The clock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The wake-up instant and failure reason, or null when the clock has no timer row.</returns>
    Task<(Instant? WakeAt, string? Failure)?> ReadTimerAsync(string clockId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims up to <paramref name="max"/> unpublished outbox rows that nobody holds (or whose claim expired), oldest
    /// first, for <paramref name="claimFor"/>: the worker publishes only the rows it claimed, and concurrent workers
    /// never claim the same row (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL). A worker that dies after claiming loses
    /// nothing: the rows are claimed again when its claim expires (published at least once, the key drops repeats).
    /// </summary>
    /// <param name="owner">The worker.</param>
    /// <param name="now">The current instant.</param>
    /// <param name="claimFor">How long the claim holds.</param>
    /// <param name="max">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The claimed rows, oldest first.</returns>
    Task<IReadOnlyList<PendingMessage>> ClaimPendingAsync(string owner, Instant now, Duration claimFor, int max, CancellationToken cancellationToken = default);

    /// <summary>The unpublished outbox rows, claimed or not, oldest first (reports and tests).</summary>
    /// <param name="max">At most this many.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<PendingMessage>> PendingAsync(int max, CancellationToken cancellationToken = default);

    /// <summary>Marks outbox rows as published (the first publication's instant is kept: the load figures measure lateness with it).</summary>
    /// <param name="ids">The row ids.</param>
    /// <param name="at">When they were published, from the worker's clock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    Task MarkPublishedAsync(IReadOnlyList<long> ids, Instant at, CancellationToken cancellationToken = default);

    /// <summary>Every outbox row, published or not, oldest first (reports and tests).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rows.</returns>
    Task<IReadOnlyList<PendingMessage>> AllMessagesAsync(CancellationToken cancellationToken = default);
}
