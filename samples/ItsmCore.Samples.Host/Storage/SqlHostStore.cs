using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;

namespace ItsmCore.Samples.Host.Storage;

/// <summary>
/// The SQL shared by the SQLite and PostgreSQL stores: the statements are the same on both (upserts with
/// <c>ON CONFLICT</c>, <c>RETURNING</c>); a dialect supplies the connection, the DDL, the row lock of the lease query
/// and the unique-violation test. Instants are stored as Unix nanoseconds (bigint, 1678 to 2262: a breach is one nanosecond after its due instant, so ticks would not do), so ordering is numeric on both.
/// Thread-safe: every call opens its own connection (pooled by the provider).
/// </summary>
public abstract class SqlHostStore : IHostStore
{
    /// <summary>The DDL statements, run once by <see cref="InitializeAsync"/>.</summary>
    protected abstract IReadOnlyList<string> Schema { get; }

    /// <summary>The clause appended to the lease sub-select (<c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL).</summary>
    protected abstract string LeaseLockClause { get; }

    /// <summary>Opens a connection.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The open connection.</returns>
    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Starts a write transaction (on SQLite, one that takes the write lock at once).</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transaction.</returns>
    protected virtual async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    /// <summary>Statements that upgrade a store made by an earlier version (columns added later); one that fails because it was already applied is skipped.</summary>
    protected abstract IReadOnlyList<string> Upgrades { get; }

    /// <summary>Whether the exception says an upgrade was already applied (the column exists).</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True to skip the statement.</returns>
    protected virtual bool IsAlreadyApplied(DbException exception) => false;

    /// <summary>Whether the exception is a primary-key or unique violation.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for a unique violation.</returns>
    protected abstract bool IsUniqueViolation(DbException exception);

    /// <inheritdoc/>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (string sql in Schema)
        {
            await Exec(c, null, sql, cancellationToken).ConfigureAwait(false);
        }

        foreach (string sql in Upgrades)
        {
            try
            {
                await Exec(c, null, sql, cancellationToken).ConfigureAwait(false);
            }
            catch (DbException ex) when (IsAlreadyApplied(ex))
            {
            }
        }
    }

    /// <inheritdoc/>
    public async Task<long> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<NewEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ArgumentNullException.ThrowIfNull(events);
        await AppendBatchAsync([new StreamAppend(streamId, expectedVersion, events)], cancellationToken).ConfigureAwait(false);
        return checked(expectedVersion + events.Count);
    }

    /// <inheritdoc/>
    public async Task AppendBatchAsync(IReadOnlyList<StreamAppend> appends, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(appends);
        foreach (StreamAppend a in appends)
        {
            ArgumentNullException.ThrowIfNull(a);
            ArgumentException.ThrowIfNullOrEmpty(a.StreamId);
            ArgumentNullException.ThrowIfNull(a.Events);
            ArgumentOutOfRangeException.ThrowIfNegative(a.ExpectedVersion);
        }

        if (appends.Select(a => a.StreamId).Distinct(StringComparer.Ordinal).Count() != appends.Count)
        {
            throw new ArgumentException("A stream appears twice in the batch.", nameof(appends));
        }

        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        foreach (StreamAppend a in appends)
        {
            long actual = await CurrentVersion(c, tx, a.StreamId, cancellationToken).ConfigureAwait(false);
            if (actual != a.ExpectedVersion)
            {
                throw new StreamConcurrencyException(a.StreamId, a.ExpectedVersion, actual);
            }
        }

        try
        {
            foreach (StreamAppend a in appends)
            {
                long version = a.ExpectedVersion;
                foreach (NewEvent e in a.Events)
                {
                    version = checked(version + 1);
                    await Exec(c, tx, "INSERT INTO events (stream_id, version, type, schema_version, data) VALUES (@s, @v, @t, @sv, @d)", cancellationToken,
                        ("s", a.StreamId), ("v", version), ("t", e.Type), ("sv", e.SchemaVersion), ("d", e.Data)).ConfigureAwait(false);
                }
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException ex) when (IsUniqueViolation(ex))
        {
            // Another writer appended between our read and our insert (PostgreSQL read committed): name the first stream that moved.
            foreach (StreamAppend a in appends)
            {
                long actual = await CurrentVersion(null, null, a.StreamId, cancellationToken).ConfigureAwait(false);
                if (actual != a.ExpectedVersion)
                {
                    throw new StreamConcurrencyException(a.StreamId, a.ExpectedVersion, actual);
                }
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<StoredEvent>> ReadStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null, "SELECT version, type, schema_version, data FROM events WHERE stream_id = @s ORDER BY version", ("s", streamId));
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StoredEvent>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredEvent(streamId, r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetString(3)));
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> ListStreamsAsync(string prefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null,
            "SELECT DISTINCT stream_id FROM events WHERE stream_id >= @p AND stream_id < @q ORDER BY stream_id", ("p", prefix), ("q", prefix + "\uffff"));
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<string>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(r.GetString(0));
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task ArmAsync(string clockId, Instant? wakeAt, bool onlyIfMissing = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clockId);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        string conflict = onlyIfMissing
            ? "DO NOTHING"
            : "DO UPDATE SET wake_at = excluded.wake_at, lease_owner = NULL, lease_until = NULL, failure = NULL";
        await Exec(c, null, "INSERT INTO timers (clock_id, wake_at) VALUES (@c, @w) ON CONFLICT (clock_id) " + conflict, cancellationToken,
            ("c", clockId), ("w", NsOrNull(wakeAt))).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<Instant?> NextWakeAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // Two index seeks: the earliest free timer and the earliest lease that will expire.
        await using DbCommand cmd = Command(c, null,
            "SELECT (SELECT MIN(wake_at) FROM timers WHERE wake_at IS NOT NULL AND lease_until IS NULL AND failure IS NULL), " +
            "(SELECT MIN(lease_until) FROM timers WHERE lease_until IS NOT NULL AND failure IS NULL), " +
            "(SELECT MIN(claim_until) FROM outbox WHERE published = 0 AND claim_until IS NOT NULL)");
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await r.ReadAsync(cancellationToken).ConfigureAwait(false);
        Instant? next = null;
        for (int i = 0; i < 3; i++)
        {
            if (!r.IsDBNull(i))
            {
                Instant at = NsInstant.From(r.GetInt64(i));
                next = next is { } n && n <= at ? n : at;
            }
        }

        return next;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<TimerLease>> LeaseDueAsync(string owner, Instant now, Duration leaseFor, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        Instant until = now + leaseFor;
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var result = new List<TimerLease>();
        await using (DbCommand cmd = Command(c, tx,
            "UPDATE timers SET lease_owner = @o, lease_until = @u WHERE clock_id IN (" +
            "SELECT clock_id FROM timers WHERE wake_at <= @n AND failure IS NULL AND (lease_until IS NULL OR lease_until <= @n) " +
            "ORDER BY wake_at LIMIT @m " + LeaseLockClause + ") RETURNING clock_id, wake_at",
            ("o", owner), ("u", until.Ns()), ("n", now.Ns()), ("m", max)))
        {
            await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result.Add(new TimerLease(r.GetString(0), NsInstant.From(r.GetInt64(1)), owner, until));
            }
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        result.Sort((a, b) => a.WakeAt.CompareTo(b.WakeAt));
        return result;
    }

    /// <inheritdoc/>
    public async Task<bool> CompleteAsync(TimerLease lease, Instant? nextWakeAt, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(messages);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        int updated = await Exec(c, tx,
            "UPDATE timers SET wake_at = @w, lease_owner = NULL, lease_until = NULL WHERE clock_id = @c AND lease_owner = @o AND lease_until = @u AND wake_at = @a",
            cancellationToken, ("w", NsOrNull(nextWakeAt)), ("c", lease.ClockId), ("o", lease.Owner), ("u", lease.LeaseUntil.Ns()),
            ("a", lease.WakeAt.Ns())).ConfigureAwait(false);
        if (updated == 0)
        {
            await tx.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }

        foreach (OutboxMessage m in messages)
        {
            await Exec(c, tx,
                "INSERT INTO outbox (dedup_key, clock_id, kind, at, payload) VALUES (@k, @c, @t, @a, @p) ON CONFLICT (dedup_key) DO NOTHING",
                cancellationToken, ("k", m.DedupKey), ("c", m.ClockId), ("t", m.Kind), ("a", m.At.Ns()), ("p", m.Payload)).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc/>
    public async Task FailAsync(TimerLease lease, string reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(reason);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await Exec(c, null, "UPDATE timers SET failure = @r, lease_owner = NULL, lease_until = NULL WHERE clock_id = @c AND lease_owner = @o",
            cancellationToken, ("r", reason), ("c", lease.ClockId), ("o", lease.Owner)).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<(Instant? WakeAt, string? Failure)?> ReadTimerAsync(string clockId, CancellationToken cancellationToken = default)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null, "SELECT wake_at, failure FROM timers WHERE clock_id = @c", ("c", clockId));
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (r.IsDBNull(0) ? null : NsInstant.From(r.GetInt64(0)), r.IsDBNull(1) ? null : r.GetString(1));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PendingMessage>> ClaimPendingAsync(string owner, Instant now, Duration claimFor, int max, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbTransaction tx = await BeginWriteAsync(c, cancellationToken).ConfigureAwait(false);
        var result = new List<PendingMessage>();
        await using (DbCommand cmd = Command(c, tx,
            "UPDATE outbox SET claim_owner = @o, claim_until = @u WHERE id IN (" +
            "SELECT id FROM outbox WHERE published = 0 AND (claim_until IS NULL OR claim_until <= @n) ORDER BY id LIMIT @m " + LeaseLockClause + ") " +
            "RETURNING " + MessageColumns,
            ("o", owner), ("u", (now + claimFor).Ns()), ("n", now.Ns()), ("m", max)))
        {
            await ReadMessages(cmd, result, cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        result.Sort((a, b) => a.Id.CompareTo(b.Id));
        return result;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PendingMessage>> PendingAsync(int max, CancellationToken cancellationToken = default) =>
        Messages("WHERE published = 0 ORDER BY id LIMIT " + max.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PendingMessage>> AllMessagesAsync(CancellationToken cancellationToken = default) => Messages("ORDER BY id", cancellationToken);

    /// <inheritdoc/>
    public async Task MarkPublishedAsync(IReadOnlyList<long> ids, Instant at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (long id in ids)
        {
            await Exec(c, null, "UPDATE outbox SET published = 1, published_at = COALESCE(published_at, @a), claim_owner = NULL, claim_until = NULL WHERE id = @i", cancellationToken, ("i", id), ("a", at.Ns()))
                .ConfigureAwait(false);
        }
    }

    /// <summary>How many unpublished outbox rows a worker holds a claim on (expired or not; fault tests).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The count.</returns>
    internal async Task<long> CountClaimedAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null, "SELECT COUNT(*) FROM outbox WHERE published = 0 AND claim_owner IS NOT NULL");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The published outbox rows' fact and first-publication instants (the load tool's lateness).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pairs, in no particular order.</returns>
    public async Task<IReadOnlyList<(Instant At, Instant PublishedAt)>> PublicationsAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null, "SELECT at, published_at FROM outbox WHERE published_at IS NOT NULL");
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<(Instant, Instant)>();
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add((NsInstant.From(r.GetInt64(0)), NsInstant.From(r.GetInt64(1))));
        }

        return result;
    }

    private const string MessageColumns = "id, dedup_key, clock_id, kind, at, payload";

    private async Task<IReadOnlyList<PendingMessage>> Messages(string tail, CancellationToken cancellationToken)
    {
        await using DbConnection c = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using DbCommand cmd = Command(c, null, "SELECT " + MessageColumns + " FROM outbox " + tail);
        var result = new List<PendingMessage>();
        await ReadMessages(cmd, result, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task ReadMessages(DbCommand cmd, List<PendingMessage> into, CancellationToken cancellationToken)
    {
        await using DbDataReader r = await cmd.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            into.Add(new PendingMessage(r.GetInt64(0),
                new OutboxMessage(r.GetString(1), r.GetString(2), r.GetString(3), NsInstant.From(r.GetInt64(4)), r.GetString(5))));
        }
    }

    private async Task<long> CurrentVersion(DbConnection? c, DbTransaction? tx, string streamId, CancellationToken cancellationToken)
    {
        DbConnection? own = c is null ? await OpenAsync(cancellationToken).ConfigureAwait(false) : null;
        try
        {
            await using DbCommand cmd = Command(c ?? own!, tx, "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = @s", ("s", streamId));
            return Convert.ToInt64(await cmd.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static object NsOrNull(Instant? at) => at is { } i ? i.Ns() : DBNull.Value;

    private static DbCommand Command(DbConnection c, DbTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        DbCommand cmd = c.CreateCommand();
#pragma warning disable CA2100 // The SQL is built from constants only; values go through parameters.
        cmd.CommandText = sql;
#pragma warning restore CA2100
        cmd.Transaction = tx;
        foreach ((string name, object value) in parameters)
        {
            DbParameter p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            cmd.Parameters.Add(p);
        }

        return cmd;
    }

    private static async Task<int> Exec(DbConnection c, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using DbCommand cmd = Command(c, tx, sql, parameters);
        return await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>Instants as Unix nanoseconds in a bigint.</summary>
internal static class NsInstant
{
    /// <summary>The instant's Unix nanoseconds.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The nanoseconds.</returns>
    public static long Ns(this Instant instant) =>
        checked((instant.ToUnixTimeTicks() * NodaConstants.NanosecondsPerTick) + (instant.InUtc().NanosecondOfDay % NodaConstants.NanosecondsPerTick));

    /// <summary>The instant of Unix nanoseconds.</summary>
    /// <param name="ns">The nanoseconds.</param>
    /// <returns>The instant.</returns>
    public static Instant From(long ns) => Instant.FromUnixTimeTicks(Math.DivRem(ns, NodaConstants.NanosecondsPerTick, out long rest)).PlusNanoseconds(rest);
}
