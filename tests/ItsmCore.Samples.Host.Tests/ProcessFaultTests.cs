using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using NodaTime.Testing;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Tests;

/// <summary>
/// Faults with real host processes on a real SQLite file: a worker killed in the middle of a batch, a host restarted
/// after it was down past the breaches. Oracle: a one-hour target on 24x7 with thresholds 50, 75, 90 % fires at
/// 30, 45 and 54 minutes and breaches one nanosecond after the hour.
/// </summary>
public sealed class ProcessFaultTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 9, 0);
    private static readonly BusinessCalendar Always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);

    private static string[] Expected(string id) => WorkerTests.Expected(id, T0, 50, 75, 90, 100);

    private static Task<string[]> Recorded(IHostStore store) => WorkerTests.Recorded(store);

    private static string NewDataFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "itsmcore-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

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

    [Fact]
    public async Task Worker_KilledMidBatch_TheNextAppliesTheRestOnceAfterTheLeaseExpires()
    {
        string dir = NewDataFolder();
        var store = new SqliteHostStore(Path.Combine(dir, "host.db"));
        await store.InitializeAsync();
        var clocks = new SlaClockStore(store, BusinessCalendarCatalog.Of([Always]), new TimerSignal());
        string[] ids = Enumerable.Range(0, 8).Select(i => "c" + i).ToArray();
        foreach (string id in ids)
        {
            await clocks.SaveAsync(id, SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, T0, SlaThresholds.Default), 0);
        }

        Instant now = T0 + Duration.FromHours(2);
        await using (var doomed = new HostProcess("--data", dir, "--now", InstantPattern.ExtendedIso.Format(now), "--lease-ms", "1500", "--delay-ms", "500"))
        {
            await WaitFor(async () => (await store.AllMessagesAsync()).Count >= 3, doomed);
            doomed.Kill();
        }

        // The successor runs at the same instant: the dead worker's leases still hold, so it cannot finish yet.
        var fake = new FakeClock(now);
        var worker = new SlaTimerWorker(store, clocks, fake, new TimerSignal(), new NullSink(),
            new TimerWorkerOptions { Owner = "successor", LeaseFor = Duration.FromSeconds(2) }, NullLogger<SlaTimerWorker>.Instance);
        await worker.RunDueAsync();
        Assert.True((await Recorded(store)).Length < ids.Length * 4, "the killed worker held leases");

        fake.Advance(Duration.FromMilliseconds(1500));
        await worker.RunDueAsync();
        Assert.Equal(ids.SelectMany(Expected).Order(StringComparer.Ordinal), (await Recorded(store)).Order(StringComparer.Ordinal));
        Assert.Null(await store.NextWakeAsync());
    }

    [Fact]
    public async Task Host_RestartedAfterDowntimeWithOnlyTheLogs_RebuildsTimersAndReportsTheBreachWithItsRealInstant()
    {
        string dir = NewDataFolder();
        var store = new SqliteHostStore(Path.Combine(dir, "host.db"));
        await store.InitializeAsync();
        SlaClock sla = SlaClock.Start(SlaTarget.Within(Duration.FromHours(1), Always.Id), Always, T0, SlaThresholds.Default);
        // Only the log survived (no timer row): the host rebuilds the timer from it on start.
        await store.AppendAsync("sla-r1", 0, [new NewEvent(SlaClockStore.EventType, 1, SlaClockJson.Write(sla.Events))]);
        await store.AppendAsync("sla-broken", 0, [new NewEvent(SlaClockStore.EventType, 1, "not json")]);

        await using var host = new HostProcess("--data", dir, "--now", InstantPattern.ExtendedIso.Format(T0 + Duration.FromDays(1)), "--lease-ms", "1000");
        await WaitFor(() => Task.FromResult(host.Lines.Any(l => l.Contains("\"kind\":\"breach\"", StringComparison.Ordinal))), host);

        Assert.Equal(Expected("r1"), await Recorded(store));
        Assert.Contains(host.Lines, l => l.Contains($"\"at\":\"{InstantPattern.ExtendedIso.Format(T0 + Duration.FromHours(1) + Duration.Epsilon)}\"", StringComparison.Ordinal));
        Assert.Contains(host.Lines, l => l.Contains("unreadable stream", StringComparison.Ordinal) && l.Contains("sla-broken", StringComparison.Ordinal));
    }

    private sealed class NullSink : INotificationSink
    {
        public Task PublishAsync(OutboxMessage message, System.Threading.CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
