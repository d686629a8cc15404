using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using NodaTime;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>The store contract, run against every store (SQLite always, PostgreSQL when configured).</summary>
public sealed class StoreContractTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 9, 0);

    public static TheoryData<string> Kinds => TestStores.Kinds;

    private static NewEvent E(string data) => new("test", 1, data);

    [Theory, MemberData(nameof(Kinds))]
    public async Task Append_NewStreamThenMore_ReadsBackInOrderWithVersions(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        Assert.Equal(2, await store.AppendAsync("s-1", 0, [E("a"), E("b")]));
        Assert.Equal(3, await store.AppendAsync("s-1", 2, [E("c")]));
        IReadOnlyList<StoredEvent> read = await store.ReadStreamAsync("s-1");
        Assert.Equal(["a", "b", "c"], read.Select(e => e.Data));
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.Version));
        Assert.Empty(await store.ReadStreamAsync("s-2"));
        Assert.Equal(["s-1"], await store.ListStreamsAsync("s-"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Append_StaleExpectedVersion_ThrowsAndAppendsNothing(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        await store.AppendAsync("s", 0, [E("a")]);
        StreamConcurrencyException ex = await Assert.ThrowsAsync<StreamConcurrencyException>(() => store.AppendAsync("s", 0, [E("x"), E("y")]));
        Assert.Equal((0L, 1L), (ex.ExpectedVersion, ex.ActualVersion));
        Assert.Equal(["a"], (await store.ReadStreamAsync("s")).Select(e => e.Data));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Append_ConcurrentWritersOnOneVersion_ExactlyOneWins(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        Task<long>[] writers = Enumerable.Range(0, 6).Select(i => Task.Run(() => store.AppendAsync("s", 0, [E("w" + i)]))).ToArray();
        int won = 0;
        foreach (Task<long> w in writers)
        {
            try
            {
                await w;
                won++;
            }
            catch (StreamConcurrencyException)
            {
            }
        }

        Assert.Equal(1, won);
        Assert.Single(await store.ReadStreamAsync("s"));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task LeaseDue_DueTimers_EarliestFirstNotLeasedTwiceUntilExpiry(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        await store.ArmAsync("late", T0 + Duration.FromMinutes(5));
        await store.ArmAsync("b", T0 + Duration.FromMinutes(2));
        await store.ArmAsync("a", T0 + Duration.FromMinutes(1));
        await store.ArmAsync("none", null);
        Assert.Equal(T0 + Duration.FromMinutes(1), await store.NextWakeAsync());

        IReadOnlyList<TimerLease> first = await store.LeaseDueAsync("w1", T0 + Duration.FromMinutes(3), Duration.FromSeconds(2), 10);
        Assert.Equal(["a", "b"], first.Select(l => l.ClockId));
        Assert.Empty(await store.LeaseDueAsync("w2", T0 + Duration.FromMinutes(3), Duration.FromSeconds(2), 10));
        // The next wake-up is now the lease expiry (before "late").
        Assert.Equal(T0 + Duration.FromMinutes(3) + Duration.FromSeconds(2), await store.NextWakeAsync());

        IReadOnlyList<TimerLease> again = await store.LeaseDueAsync("w2", T0 + Duration.FromMinutes(3) + Duration.FromSeconds(2), Duration.FromSeconds(2), 10);
        Assert.Equal(["a", "b"], again.Select(l => l.ClockId));
        Assert.False(await store.CompleteAsync(first[0], null, []), "the expired lease was taken over");
        Assert.True(await store.CompleteAsync(again[0], null, []));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task LeaseDue_ConcurrentWorkers_EachTimerLeasedOnce(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        for (int i = 0; i < 60; i++)
        {
            await store.ArmAsync("c" + i, T0 + Duration.FromSeconds(i));
        }

        Instant now = T0 + Duration.FromHours(1);
        Task<List<string>>[] workers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            var mine = new List<string>();
            while (true)
            {
                IReadOnlyList<TimerLease> batch = await store.LeaseDueAsync("w" + w, now, Duration.FromMinutes(1), 7);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(l => l.ClockId));
            }
        })).ToArray();
        List<string>[] results = await Task.WhenAll(workers);
        List<string> all = results.SelectMany(r => r).ToList();
        Assert.Equal(60, all.Count);
        Assert.Equal(60, all.Distinct().Count());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Complete_SameDedupKeyTwice_RecordedOnceAndTimerReArmed(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        await store.ArmAsync("c", T0);
        var m = new OutboxMessage("c/1/breach/100", "c", "breach", T0, "{}");
        TimerLease lease = (await store.LeaseDueAsync("w", T0, Duration.FromSeconds(1), 5)).Single();
        Assert.True(await store.CompleteAsync(lease, T0 + Duration.FromMinutes(1), [m]));
        lease = (await store.LeaseDueAsync("w", T0 + Duration.FromMinutes(1), Duration.FromSeconds(1), 5)).Single();
        Assert.True(await store.CompleteAsync(lease, null, [m, m with { DedupKey = "other" }]));
        Assert.Equal(["c/1/breach/100", "other"], (await store.AllMessagesAsync()).Select(p => p.Message.DedupKey));
        Assert.Equal(T0, (await store.AllMessagesAsync())[0].Message.At);
        Assert.Equal((null, null), (await store.ReadTimerAsync("c"))!.Value);
        Assert.Null(await store.NextWakeAsync());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Complete_TimerReArmedByACommandMeanwhile_WritesNothing(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        await store.ArmAsync("c", T0);
        TimerLease lease = (await store.LeaseDueAsync("w", T0, Duration.FromSeconds(1), 5)).Single();
        await store.ArmAsync("c", T0 + Duration.FromHours(1));
        Assert.False(await store.CompleteAsync(lease, null, [new OutboxMessage("k", "c", "breach", T0, "{}")]));
        Assert.Empty(await store.AllMessagesAsync());
        Assert.Equal(T0 + Duration.FromHours(1), (await store.ReadTimerAsync("c"))!.Value.WakeAt);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Arm_OnlyIfMissing_KeepsTheExistingTimer(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        await store.ArmAsync("c", T0);
        await store.ArmAsync("c", T0 + Duration.FromDays(1), onlyIfMissing: true);
        await store.ArmAsync("d", T0 + Duration.FromDays(1), onlyIfMissing: true);
        Assert.Equal(T0, (await store.ReadTimerAsync("c"))!.Value.WakeAt);
        Assert.Equal(T0 + Duration.FromDays(1), (await store.ReadTimerAsync("d"))!.Value.WakeAt);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task Pending_AfterMarkPublished_ListsOnlyTheRestAndKeepsTheFirstPublication(string kind)
    {
        SqlHostStore store = await TestStores.CreateAsync(kind);
        await store.ArmAsync("c", T0);
        TimerLease lease = (await store.LeaseDueAsync("w", T0, Duration.FromSeconds(1), 5)).Single();
        await store.CompleteAsync(lease, null, [new("k1", "c", "threshold", T0, "{}"), new("k2", "c", "breach", T0, "{}")]);
        IReadOnlyList<PendingMessage> pending = await store.PendingAsync(10);
        await store.MarkPublishedAsync([pending[0].Id], T0 + Duration.FromSeconds(1));
        Assert.Equal(["k2"], (await store.PendingAsync(10)).Select(p => p.Message.DedupKey));
        // Published again by a second worker (at least once): the first publication's instant stays.
        await store.MarkPublishedAsync([pending[0].Id], T0 + Duration.FromSeconds(5));
        Assert.Equal([(T0, T0 + Duration.FromSeconds(1))], await store.PublicationsAsync());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task ClaimPending_ConcurrentClaimers_EachRowClaimedOnceUntilItsClaimExpiresAndPublishedRowsNever(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        for (int i = 0; i < 30; i++)
        {
            await store.ArmAsync("c" + i, T0);
        }

        foreach (TimerLease lease in await store.LeaseDueAsync("w", T0, Duration.FromSeconds(1), 100))
        {
            await store.CompleteAsync(lease, null, [new OutboxMessage(lease.ClockId + "/1/breach/100", lease.ClockId, "breach", T0, "{}")]);
        }

        Task<List<long>>[] claimers = Enumerable.Range(0, 3).Select(w => Task.Run(async () =>
        {
            var mine = new List<long>();
            while (true)
            {
                IReadOnlyList<PendingMessage> batch = await store.ClaimPendingAsync("w" + w, T0, Duration.FromSeconds(2), 4);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(p => p.Id));
            }
        })).ToArray();
        List<long> all = (await Task.WhenAll(claimers)).SelectMany(c => c).ToList();
        Assert.Equal(30, all.Count);
        Assert.Equal(30, all.Distinct().Count());
        Assert.Equal(T0 + Duration.FromSeconds(2), await store.NextWakeAsync());

        // Ten are published; the other twenty are claimed again once the claims expire, oldest first.
        await store.MarkPublishedAsync(all.Order().Take(10).ToList(), T0);
        Assert.Empty(await store.ClaimPendingAsync("late", T0 + Duration.FromSeconds(2) - Duration.Epsilon, Duration.FromSeconds(2), 100));
        IReadOnlyList<PendingMessage> again = await store.ClaimPendingAsync("late", T0 + Duration.FromSeconds(2), Duration.FromSeconds(2), 100);
        Assert.Equal(all.Order().Skip(10), again.Select(p => p.Id));
        Assert.Equal(20, (await store.PendingAsync(100)).Count);
    }

    [Fact]
    public async Task Initialize_SqliteFileMadeBeforeOutboxClaims_AddsTheClaimColumnsAndKeepsTheRows()
    {
        string path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "itsmcore-host-tests", Guid.NewGuid().ToString("N") + ".db");
        System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        await using (var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            await c.OpenAsync();
            await using Microsoft.Data.Sqlite.SqliteCommand cmd = c.CreateCommand();
            cmd.CommandText =
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, dedup_key TEXT NOT NULL UNIQUE, clock_id TEXT NOT NULL, kind TEXT NOT NULL, at INTEGER NOT NULL, payload TEXT NOT NULL, published INTEGER NOT NULL DEFAULT 0, published_at INTEGER NULL);" +
                $"INSERT INTO outbox (dedup_key, clock_id, kind, at, payload) VALUES ('old', 'c', 'breach', {T0.ToUnixTimeTicks() * 100}, '{{}}')";
            await cmd.ExecuteNonQueryAsync();
        }

        var store = new SqliteHostStore(path);
        await store.InitializeAsync();
        await store.InitializeAsync();

        PendingMessage old = Assert.Single(await store.ClaimPendingAsync("w", T0, Duration.FromSeconds(1), 10));
        Assert.Equal(("old", T0), (old.Message.DedupKey, old.Message.At));
        Assert.Empty(await store.ClaimPendingAsync("w2", T0, Duration.FromSeconds(1), 10));
    }
}
