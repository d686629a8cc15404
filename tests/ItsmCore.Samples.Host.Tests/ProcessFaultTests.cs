using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Changes;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Changes;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>
/// Faults with real host processes on a real database (an SQLite file, and PostgreSQL when configured): a worker
/// process killed in the middle of a batch, a host restarted after it was down past the breaches. Oracle: a one-hour target on 24x7 with thresholds 50, 75, 90 % fires at
/// 30, 45 and 54 minutes and breaches one nanosecond after the hour.
/// </summary>
public sealed class ProcessFaultTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 9, 0);
    private static readonly BusinessCalendar Always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private static string[] Expected(string id) => WorkerTests.Expected(id, T0, 50, 75, 90, 100);

    private static Task<string[]> Recorded(IHostStore store) => WorkerTests.Recorded(store);

    private sealed class HostProcess : IAsyncDisposable
    {
        private readonly Process process;

        public HostProcess(params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(typeof(SlaClockStore).Assembly.Location);
            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            process = Process.Start(start)!;
            process.OutputDataReceived += (_, e) => { if (e.Data is { } line) { Lines.Enqueue(line); } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) { Lines.Enqueue(line); } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public ConcurrentQueue<string> Lines { get; } = new();

        public void Kill() => process.Kill(entireProcessTree: true);

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private static async Task WaitFor(Func<Task<bool>> condition, HostProcess host)
    {
        var sw = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), "timed out; host output:\n" + string.Join('\n', host.Lines));
            await Task.Delay(50);
        }
    }

    public static TheoryData<string> Kinds => TestStores.Kinds;

    [Theory, MemberData(nameof(Kinds))]
    public async Task WorkerProcess_KilledMidBatch_ASuccessorProcessAppliesTheRestOnceAfterTheLeaseExpires(string kind)
    {
        (SqlHostStore store, string[] storeArgs) = await TestStores.CreateForProcessAsync(kind);
        var clocks = new SlaClockStore(store, BusinessCalendarCatalog.Of([Always]), new TimerSignal());
        string[] ids = Enumerable.Range(0, 8).Select(i => "c" + i).ToArray();
        foreach (string id in ids)
        {
            await clocks.SaveAsync(id, SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, T0, SlaThresholds.Default), 0);
        }

        // The doomed worker leases all eight timers in one batch (1.5 s leases on its clock) and takes 500 ms over each.
        Instant now = T0 + Duration.FromHours(2);
        await using (var doomed = new HostProcess([.. storeArgs, "--now", InstantPattern.ExtendedIso.Format(now), "--lease-ms", "1500", "--delay-ms", "500"]))
        {
            await WaitFor(async () => (await store.AllMessagesAsync()).Count >= 3, doomed);
            doomed.Kill();
        }

        // Killed mid-batch: the timers it applied are re-armed at their next threshold (due again at its instant), the
        // others are still leased by the dead worker, so a probe at that instant cannot take them (its 1 ms leases end
        // long before the successor's instant).
        Assert.InRange((await Recorded(store)).Length, 3, (ids.Length * 4) - 1);
        Assert.InRange((await store.LeaseDueAsync("probe", now, Duration.FromMilliseconds(1), 100)).Count, 1, ids.Length - 1);

        // A successor process whose clock is past the leases' expiry applies the rest; each fact is recorded once.
        await using (var successor = new HostProcess([.. storeArgs, "--now", InstantPattern.ExtendedIso.Format(now + Duration.FromSeconds(2)), "--lease-ms", "1500"]))
        {
            await WaitFor(async () => (await Recorded(store)).Length == ids.Length * 4 && (await store.PendingAsync(1)).Count == 0, successor);
        }

        Assert.Equal(ids.SelectMany(Expected).Order(StringComparer.Ordinal), (await Recorded(store)).Order(StringComparer.Ordinal));
        Assert.Null(await store.NextWakeAsync());
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task WorkerProcess_KilledAfterClaimingOutboxRowsBeforePublishing_ASuccessorPublishesThemAfterTheClaimExpires(string kind)
    {
        (SqlHostStore store, string[] storeArgs) = await TestStores.CreateForProcessAsync(kind);
        var clocks = new SlaClockStore(store, BusinessCalendarCatalog.Of([Always]), new TimerSignal());
        await clocks.SaveAsync("p1", SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, T0, SlaThresholds.Default), 0);

        // The doomed worker records the 50 % threshold, claims the row for 1.5 s on its clock and waits 60 s before publishing it.
        Instant now = T0 + Duration.FromHours(2);
        await using (var doomed = new HostProcess([.. storeArgs, "--now", InstantPattern.ExtendedIso.Format(now), "--lease-ms", "1500", "--publish-delay-ms", "60000"]))
        {
            await WaitFor(async () => await store.CountClaimedAsync() >= 1, doomed);
            doomed.Kill();
            Assert.DoesNotContain(doomed.Lines, l => l.StartsWith("notify ", StringComparison.Ordinal));
        }

        Assert.Single(await store.PendingAsync(10));

        // A successor whose clock is past the claim's expiry fires the rest and publishes all four, the claimed row included.
        await using (var successor = new HostProcess([.. storeArgs, "--now", InstantPattern.ExtendedIso.Format(now + Duration.FromSeconds(2)), "--lease-ms", "1500"]))
        {
            await WaitFor(async () => (await store.PendingAsync(1)).Count == 0 && successor.Lines.Count(l => l.StartsWith("notify p1/", StringComparison.Ordinal)) == 4, successor);
            Assert.Equal(
                ["p1/1/breach/100", "p1/1/threshold/50", "p1/1/threshold/75", "p1/1/threshold/90"],
                successor.Lines.Where(l => l.StartsWith("notify ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal));
        }

        Assert.Equal(Expected("p1").Order(StringComparer.Ordinal), (await Recorded(store)).Order(StringComparer.Ordinal));
    }

    [Theory, MemberData(nameof(Kinds))]
    public async Task HostProcess_RestartedAfterDowntimeWithOnlyTheLogs_RebuildsTimersAndReportsTheBreachesWithTheirRealInstants(string kind)
    {
        (SqlHostStore store, string[] storeArgs) = await TestStores.CreateForProcessAsync(kind);
        SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, T0, SlaThresholds.Default);
        // Only the logs survived (no timer rows): the host rebuilds the timers from them on start.
        await store.AppendAsync("sla-r1", 0, [new NewEvent(SlaClockStore.EventType, 1, SlaClockJson.Write(sla.Events))]);
        await store.AppendAsync("sla-broken", 0, [new NewEvent(SlaClockStore.EventType, 1, "not json")]);
        Incident incident = Incident.Record(ScriptedDay.Report(T0), new IncidentId("INC-R"), Actor.Of("desk"), T0, HostIncidentRules.Rules);
        await store.AppendAsync("incident-INC-R", 0, incident.UncommittedEvents.Select(IncidentEventJson.Write).ToArray());
        // An emergency change that failed at 06:50 and whose rollback decision (due within 5 minutes) was never taken.
        ChangeRequest change = AggregateHistories.Lived(AggregateHistories.EmergencyChange("CHG-R"), steps: 5);
        await store.AppendAsync("change-CHG-R", 0, change.UncommittedEvents.Select(ChangeEventJson.Codec.Write).ToArray());

        await using var host = new HostProcess([.. storeArgs, "--now", InstantPattern.ExtendedIso.Format(T0 + Duration.FromDays(1)), "--lease-ms", "1000"]);
        // The host prints a notification after the outbox row is marked published, and its output is read
        // asynchronously: wait for the printed lines too, not only for the store, before asserting on them.
        string slaBreachAt = $"\"at\":\"{InstantPattern.ExtendedIso.Format(T0 + Duration.FromHours(1) + Duration.Epsilon)}\"";
        string incidentBreachAt = $"\"at\":\"{InstantPattern.ExtendedIso.Format(T0 + Duration.FromMinutes(30) + Duration.Epsilon)}\"";
        await WaitFor(
            async () => (await store.AllMessagesAsync()).Count == 7 && (await store.PendingAsync(1)).Count == 0
                && host.Lines.Any(l => l.Contains(slaBreachAt, StringComparison.Ordinal))
                && host.Lines.Any(l => l.Contains("\"of\":\"sla:customer-notification:agreement\"", StringComparison.Ordinal) && l.Contains(incidentBreachAt, StringComparison.Ordinal)),
            host);

        // The case 1 customer notification of a Critical incident reported at T0: SLO 15 min, SLA 30 min.
        Assert.Equal(
            new[]
            {
                $"INC-R breach {T0 + Duration.FromMinutes(15) + Duration.Epsilon}", $"INC-R breach {T0 + Duration.FromMinutes(30) + Duration.Epsilon}",
                $"CHG-R breach {Instant.FromUtc(2026, 11, 20, 6, 55) + Duration.Epsilon}",
            }.Concat(Expected("r1")).Order(StringComparer.Ordinal),
            (await Recorded(store)).Order(StringComparer.Ordinal));
        Assert.Contains(host.Lines, l => l.Contains($"\"at\":\"{InstantPattern.ExtendedIso.Format(T0 + Duration.FromHours(1) + Duration.Epsilon)}\"", StringComparison.Ordinal));
        Assert.Contains(host.Lines, l => l.Contains("\"of\":\"sla:customer-notification:agreement\"", StringComparison.Ordinal)
            && l.Contains($"\"at\":\"{InstantPattern.ExtendedIso.Format(T0 + Duration.FromMinutes(30) + Duration.Epsilon)}\"", StringComparison.Ordinal));
        Assert.Contains(host.Lines, l => l.Contains("unreadable stream", StringComparison.Ordinal) && l.Contains("sla-broken", StringComparison.Ordinal));
        Assert.Contains(host.Lines, l => l.Contains("host: 1 clocks, 1 incidents and 1 changes recovered, 1 unreadable", StringComparison.Ordinal));
    }
}
