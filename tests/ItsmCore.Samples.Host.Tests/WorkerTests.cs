using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;

namespace ItsmCore.Samples.Host.Tests;

/// <remarks>A one-hour target on a 24x7 calendar with thresholds 50, 75 and 90 % is the oracle: threshold p falls p % of
/// an hour after the start, and the breach one nanosecond after the due instant (DESIGN.md).</remarks>
/// <summary>The timer worker over a real store (SQLite always, PostgreSQL when configured), on a fake clock.</summary>
public sealed class WorkerTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 9, 0);
    private static readonly BusinessCalendar Always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
    private static readonly IBusinessCalendarProvider Calendars = BusinessCalendarCatalog.Of([Always]);

    public static TheoryData<string> Kinds => TestStores.Kinds;

    private sealed class RecordingSink : INotificationSink
    {
        public ConcurrentQueue<OutboxMessage> Published { get; } = new();

        /// <summary>True to fail every publication (a worker that dies after claiming its rows, before publishing them).</summary>
        public bool Dead { get; set; }

        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (Dead)
            {
                throw new IOException("the worker died");
            }

            Published.Enqueue(message);
            return Task.CompletedTask;
        }
    }

    private sealed record Rig(IHostStore Store, SlaClockStore Clocks, FakeClock Clock, TimerSignal Signal, RecordingSink Sink, SlaTimerWorker Worker);

    private static Rig Build(IHostStore store, Instant now, TimeSpan? maxSleep = null, string owner = "worker")
    {
        var signal = new TimerSignal();
        var clocks = new SlaClockStore(store, Calendars, signal);
        var clock = new FakeClock(now);
        var sink = new RecordingSink();
        var options = new TimerWorkerOptions { Owner = owner, LeaseFor = Duration.FromSeconds(2), MaxSleep = maxSleep ?? TimeSpan.FromSeconds(1) };
        return new Rig(store, clocks, clock, signal, sink, new SlaTimerWorker(store, clocks, clock, signal, sink, options, NullLogger<SlaTimerWorker>.Instance));
    }

    private static SlaClock Start(Instant at) => SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, at, SlaThresholds.Default);

    // On a 24x7 calendar a threshold of p% of a one-hour target falls p% of an hour after the start.
    internal static string[] Expected(string clockId, Instant start, params decimal[] percents) =>
        percents.Select(p => p == 100m
            ? $"{clockId} breach {start + Duration.FromHours(1) + Duration.Epsilon}"
            : $"{clockId} threshold {start + Duration.FromSeconds((long)(36 * p))}").ToArray();

    internal static async Task<string[]> Recorded(IHostStore store) =>
        (await store.AllMessagesAsync()).Select(m => $"{m.Message.ClockId} {m.Message.Kind} {m.Message.At}").ToArray();

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_MinuteByMinute_RecordsEachThresholdAndTheBreachOnceAtItsInstant(string kind)
    {
        Rig rig = Build(await TestStores.CreateAsync(kind), T0);
        await rig.Clocks.SaveAsync("c1", Start(T0), 0);
        for (int minute = 1; minute <= 90; minute++)
        {
            rig.Clock.Reset(T0 + Duration.FromMinutes(minute));
            await rig.Worker.RunDueAsync();
        }

        Assert.Equal(Expected("c1", T0, 50, 75, 90, 100), await Recorded(rig.Store));
        Assert.Equal(4, rig.Sink.Published.Count);
        Assert.Null((await rig.Store.ReadTimerAsync("c1"))!.Value.WakeAt);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_WorkerDiesAfterClaimingItsRowsBeforePublishing_AnotherPublishesThemOnceTheClaimExpires(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        Instant now = T0 + Duration.FromMinutes(61);
        Rig doomed = Build(store, now, owner: "doomed");
        Rig survivor = Build(store, now, owner: "survivor");
        await doomed.Clocks.SaveAsync("c1", Start(T0), 0);
        doomed.Sink.Dead = true;

        // The doomed worker fires the timer at its first wake-up (the 50 % threshold), claims that row for 2 s and dies before publishing.
        await Assert.ThrowsAsync<IOException>(() => doomed.Worker.RunDueAsync());
        Assert.Equal(Expected("c1", T0, 50), (await store.PendingAsync(10)).Select(p => $"{p.Message.ClockId} {p.Message.Kind} {p.Message.At}"));

        // The survivor fires the rest and publishes those, not the row the doomed worker holds; it wakes when that claim expires.
        await survivor.Worker.RunDueAsync();
        Assert.Equal(Expected("c1", T0, 75, 90, 100), survivor.Sink.Published.Select(m => $"{m.ClockId} {m.Kind} {m.At}"));
        Assert.Equal(now + Duration.FromSeconds(2), await store.NextWakeAsync());
        survivor.Clock.Reset(now + Duration.FromSeconds(2) - Duration.Epsilon);
        await survivor.Worker.RunDueAsync();
        Assert.Equal(3, survivor.Sink.Published.Count);

        survivor.Clock.Reset(now + Duration.FromSeconds(2));
        await survivor.Worker.RunDueAsync();

        Assert.Equal(Expected("c1", T0, 75, 90, 100, 50), survivor.Sink.Published.Select(m => $"{m.ClockId} {m.Kind} {m.At}"));
        Assert.Empty(await store.PendingAsync(10));
        Assert.Null(await store.NextWakeAsync());
        await survivor.Worker.RunDueAsync();
        Assert.Equal(4, survivor.Sink.Published.Count);
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_TwoWorkers_EachPublishesOnlyTheRowsItClaimed(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        Instant now = T0 + Duration.FromMinutes(61);
        Rig first = Build(store, now, owner: "first");
        Rig second = Build(store, now, owner: "second");
        for (int i = 0; i < 20; i++)
        {
            await first.Clocks.SaveAsync("c" + i, Start(T0), 0);
        }

        await Task.WhenAll(Task.Run(() => first.Worker.RunDueAsync()), Task.Run(() => second.Worker.RunDueAsync()));

        string[] published = [.. first.Sink.Published.Select(m => m.DedupKey), .. second.Sink.Published.Select(m => m.DedupKey)];
        Assert.Equal(80, published.Length);
        Assert.Equal(80, published.Distinct().Count());
        Assert.Empty(await store.PendingAsync(100));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RebuildTimers_FourLogsAtOnce_EveryClockArmedAtItsNextChangeAndTheUnreadableOnesReportedInStreamOrder(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        // Only the logs: 40 clocks started a minute apart, and two unreadable logs among them.
        for (int i = 0; i < 40; i++)
        {
            await store.AppendAsync($"sla-r{i:D2}", 0, [new NewEvent(SlaClockStore.EventType, 1, SlaClockJson.Write(Start(T0 + Duration.FromMinutes(i)).Events))]);
        }

        await store.AppendAsync("sla-r05x", 0, [new NewEvent(SlaClockStore.EventType, 1, "not json")]);
        await store.AppendAsync("sla-r17x", 0, [new NewEvent(SlaClockStore.EventType, 2, "{}")]);
        Rig rig = Build(store, T0);

        (int count, IReadOnlyList<string> failures) = await rig.Clocks.RebuildTimersAsync(parallelism: 4);

        Assert.Equal(40, count);
        Assert.Collection(failures, f => Assert.Contains("'sla-r05x' version 1", f, StringComparison.Ordinal), f => Assert.Contains("'sla-r17x' version 1: unknown event type 'sla.clock-event' v2", f, StringComparison.Ordinal));
        for (int i = 0; i < 40; i++)
        {
            // The first change of a clock with thresholds 50/75/90 % of one hour is the 50 % threshold, 30 minutes in.
            Assert.Equal(T0 + Duration.FromMinutes(i + 30), (await store.ReadTimerAsync($"r{i:D2}"))!.Value.WakeAt);
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RebuildTimers_HostDownPastTheBreach_ReportsOnStartWithTheRealInstants(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        // The clock was written by a host that died before arming its timer: only the log is stored.
        SlaClock sla = Start(T0);
        await store.AppendAsync("sla-c2", 0, [new NewEvent(SlaClockStore.EventType, 1, SlaClockJson.Write(sla.Events))]);
        Assert.Null(await store.ReadTimerAsync("c2"));

        Rig rig = Build(store, T0 + Duration.FromHours(5));
        (int count, IReadOnlyList<string> failures) = await rig.Clocks.RebuildTimersAsync();
        await rig.Worker.RunDueAsync();

        Assert.Equal((1, 0), (count, failures.Count));
        Assert.Equal(Expected("c2", T0, 50, 75, 90, 100), await Recorded(store));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task SaveAsync_ClockStoppedAfterItsBreachWhileNoWorkerRan_BreachRecordedOnceWithItsRealInstant(string kind)
    {
        IHostStore store = await TestStores.CreateAsync(kind);
        Rig rig = Build(store, T0 + Duration.FromHours(3));
        SlaClock sla = Start(T0);
        await rig.Clocks.SaveAsync("c3", sla, 0);

        // no worker ran; the clock is stopped two hours after its due instant (it has no next change any more)
        SlaClock stopped = sla.Stop(T0 + Duration.FromHours(3));
        Assert.Null(stopped.NextChangeAt(stopped.LastEventAt));
        await rig.Clocks.SaveAsync("c3", stopped, sla.Events.Count);
        await rig.Worker.RunDueAsync();
        await rig.Worker.RunDueAsync();

        Assert.Equal(Expected("c3", T0, 50, 75, 90, 100), await Recorded(store));
        Assert.Null((await store.ReadTimerAsync("c3"))!.Value.WakeAt);

        // a restart afterwards records nothing again
        (int count, _) = await rig.Clocks.RebuildTimersAsync();
        await rig.Worker.RunDueAsync();
        Assert.Equal(1, count);
        Assert.Equal(Expected("c3", T0, 50, 75, 90, 100), await Recorded(store));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task UpdateAsync_TwoWritersOnOneStream_StaleRejectedRetriedNothingLost(string kind)
    {
        Rig rig = Build(await TestStores.CreateAsync(kind), T0);
        await rig.Clocks.SaveAsync("c3", SlaClock.Start(Duration.FromHours(8), Always, T0), 0);
        (SlaClock? stale, long version) = await rig.Clocks.LoadAsync("c3");

        await rig.Clocks.SaveAsync("c3", stale!.Pause(T0 + Duration.FromMinutes(1)), version);
        await Assert.ThrowsAsync<StreamConcurrencyException>(() => rig.Clocks.SaveAsync("c3", stale.Pause(T0 + Duration.FromMinutes(2), "stale"), version));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
            rig.Clocks.UpdateAsync("c3", c => c.IsActive && c.Events[^1].Kind == SlaClockEventKind.Paused
                ? c.Resume(c.LastEventAt + Duration.FromMinutes(1)).Pause(c.LastEventAt + Duration.FromMinutes(2))
                : c.Pause(c.LastEventAt + Duration.FromMinutes(1)), attempts: 20))));

        (SlaClock? stored, long storedVersion) = await rig.Clocks.LoadAsync("c3");
        // Start + the first pause + two events for each of the four writers, none lost and none doubled.
        Assert.Equal(10, storedVersion);
        Assert.Equal(10, stored!.Events.Count);
        Assert.DoesNotContain(stored.Events, e => e.Reason == "stale");
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_CorruptRow_ReportedWithItsIdAndTheRestKeepsRunning(string kind)
    {
        Rig rig = Build(await TestStores.CreateAsync(kind), T0);
        await rig.Clocks.SaveAsync("good", Start(T0), 0);
        await rig.Clocks.SaveAsync("bad", Start(T0), 0);
        await rig.Store.AppendAsync("sla-bad", 1, [new NewEvent(SlaClockStore.EventType, 1, "{\"events\":[{\"kind\":\"paused\"}]}")]);

        rig.Clock.Reset(T0 + Duration.FromHours(2));
        await rig.Worker.RunDueAsync();

        Assert.Equal(Expected("good", T0, 50, 75, 90, 100), (await Recorded(rig.Store)).Where(r => r.StartsWith("good", StringComparison.Ordinal)));
        Assert.DoesNotContain(await Recorded(rig.Store), r => r.StartsWith("bad", StringComparison.Ordinal));
        string? failure = (await rig.Store.ReadTimerAsync("bad"))!.Value.Failure;
        Assert.Contains("sla-bad", failure, StringComparison.Ordinal);
        Assert.Contains("version 2", failure, StringComparison.Ordinal);
        Assert.Null(await rig.Store.NextWakeAsync());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task RunDue_LeaseOfADeadWorkerExpires_AppliedOnceByTheNext(string kind)
    {
        Rig rig = Build(await TestStores.CreateAsync(kind), T0 + Duration.FromHours(2));
        await rig.Clocks.SaveAsync("c4", Start(T0), 0);
        TimerLease dead = (await rig.Store.LeaseDueAsync("dead", rig.Clock.GetCurrentInstant(), Duration.FromSeconds(2), 10)).Single();

        Assert.Equal(0, await rig.Worker.RunDueAsync());
        rig.Clock.Advance(Duration.FromSeconds(2));
        // The four firings (three thresholds and the breach), each applied once, none by the dead worker.
        Assert.Equal(4, await rig.Worker.RunDueAsync());
        Assert.False(await rig.Store.CompleteAsync(dead, null, [new OutboxMessage("c4/1/breach/100", "c4", "breach", T0, "{}")]));

        Assert.Equal(Expected("c4", T0, 50, 75, 90, 100), await Recorded(rig.Store));
    }

    [Fact]
    public async Task ExecuteAsync_EarlierTimerArmedWhileAsleep_WakesAndFiresWithoutWaitingForTheSleep()
    {
        Rig rig = Build(await TestStores.CreateAsync("sqlite"), T0 + Duration.FromHours(2), maxSleep: TimeSpan.FromMinutes(10));
        await rig.Worker.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(200);
            await rig.Clocks.SaveAsync("c5", Start(T0), 0);
            for (int i = 0; i < 40 && rig.Sink.Published.Count < 4; i++)
            {
                await Task.Delay(50);
            }

            Assert.Equal(Expected("c5", T0, 50, 75, 90, 100), rig.Sink.Published.Select(m => $"{m.ClockId} {m.Kind} {m.At}"));
        }
        finally
        {
            await rig.Worker.StopAsync(CancellationToken.None);
        }
    }
}
