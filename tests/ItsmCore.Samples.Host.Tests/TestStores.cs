using System;
using System.IO;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using Npgsql;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>Fresh stores for the contract: SQLite always, PostgreSQL when ITSMCORE_TEST_PG holds a connection string (CI sets it).</summary>
internal static class TestStores
{
    public const string PostgresVariable = "ITSMCORE_TEST_PG";

    public static TheoryData<string> Kinds
    {
        get
        {
            var data = new TheoryData<string> { "sqlite" };
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
            {
                data.Add("postgres");
            }

            return data;
        }
    }

    public static async Task<SqlHostStore> CreateAsync(string kind) => (await CreateForProcessAsync(kind)).Store;

    /// <summary>A fresh store and the host arguments that open the same store in a host process.</summary>
    public static async Task<(SqlHostStore Store, string[] HostArgs)> CreateForProcessAsync(string kind)
    {
        SqlHostStore store;
        string[] args;
        if (kind == "sqlite")
        {
            // The host opens host.db in its --data folder.
            string dir = Path.Combine(Path.GetTempPath(), "itsmcore-host-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            store = new SqliteHostStore(Path.Combine(dir, "host.db"), TimeSpan.FromSeconds(10));
            args = ["--data", dir];
        }
        else
        {
            // One schema per test, so tests run in parallel on one database.
            string schema = "t" + Guid.NewGuid().ToString("N");
            string cs = Environment.GetEnvironmentVariable(PostgresVariable)!;
            await using (var ds = NpgsqlDataSource.Create(cs))
            await using (NpgsqlCommand cmd = ds.CreateCommand($"CREATE SCHEMA {schema}"))
            {
                await cmd.ExecuteNonQueryAsync();
            }

            string schemaCs = new NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ToString();
            store = new PostgresHostStore(schemaCs);
            args = ["--postgres", schemaCs];
        }

        await store.InitializeAsync();
        return (store, args);
    }
}
