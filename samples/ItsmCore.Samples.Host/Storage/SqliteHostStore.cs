using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;

namespace ItsmCore.Samples.Host.Storage;

/// <summary>
/// The default store: one SQLite file (WAL journal). Writers are serialized by SQLite's single write lock
/// (<c>BEGIN IMMEDIATE</c>), so a lease is taken by one process at a time; several processes on one file are safe
/// but do not scale out (use <see cref="PostgresHostStore"/>). Thread-safe.
/// </summary>
public sealed class SqliteHostStore : SqlHostStore
{
    private readonly string connectionString;
    private readonly bool durable;

    /// <summary>Creates a store over a database file (created on first use).</summary>
    /// <param name="path">The file path.</param>
    /// <param name="busyTimeout">How long a writer waits for the write lock; the default is 30 seconds.</param>
    /// <param name="durable">
    /// True (the default) for <c>synchronous=FULL</c>, an fsync per commit; false for <c>synchronous=NORMAL</c> (WAL:
    /// a power cut may lose the last commits, never corrupt the file), which the load tool uses to write its clocks fast.
    /// </param>
    public SqliteHostStore(string path, TimeSpan? busyTimeout = null, bool durable = true)
    {
        this.durable = durable;
        ArgumentException.ThrowIfNullOrEmpty(path);
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)(busyTimeout ?? TimeSpan.FromSeconds(30)).TotalSeconds,
        }.ToString();
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Schema { get; } =
    [
        "PRAGMA journal_mode = WAL",
        "CREATE TABLE IF NOT EXISTS events (stream_id TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (stream_id, version)) WITHOUT ROWID",
        "CREATE TABLE IF NOT EXISTS timers (clock_id TEXT PRIMARY KEY, wake_at INTEGER NULL, lease_owner TEXT NULL, lease_until INTEGER NULL, failure TEXT NULL)",
        "CREATE INDEX IF NOT EXISTS timers_wake ON timers (wake_at) WHERE wake_at IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS timers_lease ON timers (lease_until) WHERE lease_until IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, dedup_key TEXT NOT NULL UNIQUE, clock_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, payload TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0, published_at INTEGER NULL)",
        "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (id) WHERE published = 0",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Upgrades { get; } =
    [
        "ALTER TABLE outbox ADD COLUMN claim_owner TEXT NULL",
        "ALTER TABLE outbox ADD COLUMN claim_until INTEGER NULL",
        "CREATE INDEX IF NOT EXISTS outbox_claim ON outbox (claim_until) WHERE published = 0 AND claim_until IS NOT NULL",
    ];

    /// <inheritdoc/>
    protected override string LeaseLockClause => string.Empty;

    /// <inheritdoc/>
    protected override bool IsAlreadyApplied(DbException exception) =>
        exception is SqliteException e && e.Message.Contains("duplicate column name", StringComparison.Ordinal);

    /// <inheritdoc/>
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var c = new SqliteConnection(connectionString);
        await c.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!durable)
        {
            await using SqliteCommand pragma = c.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = NORMAL";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return c;
    }

    /// <inheritdoc/>
    protected override async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        // deferred: false = BEGIN IMMEDIATE: the write lock is taken before the first read, so read-then-write is atomic.
        await Task.FromResult(((SqliteConnection)connection).BeginTransaction(deferred: false)).ConfigureAwait(false);

    /// <inheritdoc/>
    protected override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteErrorCode: 19 };
}
