using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;

namespace ItsmCore.Samples.Host.Storage;

/// <summary>
/// The scale-out store on PostgreSQL (Npgsql, hand-written SQL): several worker processes lease due timers at once
/// with <c>FOR UPDATE SKIP LOCKED</c>, so each timer is leased by one worker. Thread-safe; owns a pooled data source.
/// </summary>
public sealed class PostgresHostStore : SqlHostStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource dataSource;

    /// <summary>Creates a store over a database.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    public PostgresHostStore(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        dataSource = NpgsqlDataSource.Create(connectionString);
    }

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Schema { get; } =
    [
        "CREATE TABLE IF NOT EXISTS events (stream_id text NOT NULL, version bigint NOT NULL, type text NOT NULL, schema_version integer NOT NULL, data text NOT NULL, PRIMARY KEY (stream_id, version))",
        "CREATE TABLE IF NOT EXISTS timers (clock_id text PRIMARY KEY, wake_at bigint NULL, lease_owner text NULL, lease_until bigint NULL, failure text NULL)",
        "CREATE INDEX IF NOT EXISTS timers_wake ON timers (wake_at) WHERE wake_at IS NOT NULL",
        "CREATE INDEX IF NOT EXISTS timers_lease ON timers (lease_until) WHERE lease_until IS NOT NULL",
        "CREATE TABLE IF NOT EXISTS outbox (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, dedup_key text NOT NULL UNIQUE, clock_id text NOT NULL, kind text NOT NULL, at bigint NOT NULL, payload text NOT NULL, published integer NOT NULL DEFAULT 0, published_at bigint NULL)",
        "CREATE INDEX IF NOT EXISTS outbox_pending ON outbox (id) WHERE published = 0",
    ];

    /// <inheritdoc/>
    protected override IReadOnlyList<string> Upgrades { get; } =
    [
        "ALTER TABLE outbox ADD COLUMN IF NOT EXISTS claim_owner text NULL",
        "ALTER TABLE outbox ADD COLUMN IF NOT EXISTS claim_until bigint NULL",
        "CREATE INDEX IF NOT EXISTS outbox_claim ON outbox (claim_until) WHERE published = 0 AND claim_until IS NOT NULL",
    ];

    /// <inheritdoc/>
    protected override string LeaseLockClause => "FOR UPDATE SKIP LOCKED";

    /// <summary>Drops the tables (tests start from an empty database).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public async Task DropAsync(CancellationToken cancellationToken = default)
    {
        await using NpgsqlCommand cmd = dataSource.CreateCommand("DROP TABLE IF EXISTS events, timers, outbox");
        await cmd.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <inheritdoc/>
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    protected override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
