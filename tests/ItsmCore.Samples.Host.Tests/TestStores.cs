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

    public static async Task<SqlHostStore> CreateAsync(string kind)
    {
        SqlHostStore store;
        if (kind == "sqlite")
        {
            string dir = Path.Combine(Path.GetTempPath(), "itsmcore-host-tests");
            Directory.CreateDirectory(dir);
            store = new SqliteHostStore(Path.Combine(dir, Guid.NewGuid().ToString("N") + ".db"), TimeSpan.FromSeconds(10));
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

            store = new PostgresHostStore(new NpgsqlConnectionStringBuilder(cs) { SearchPath = schema }.ToString());
        }

        await store.InitializeAsync();
        return store;
    }
}
