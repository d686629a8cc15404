using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Incidents;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace ItsmCore.Samples.Host;

/// <summary>
/// The load tool of docs/benchmarks/host.md (bounded: N clocks, one pass, at most two minutes of firing, a local file or
/// a unix socket only). Writes N open clocks (24x7, no warning thresholds, so one firing each: the breach); the first D
/// breach over a 20 s window, the rest a day later (open, armed, not due). Then measures the start-up recovery (every
/// log replayed, unless --no-recovery) and, when D &gt; 0, runs W workers (threads in this process, or with --processes
/// separate host processes) on the system clock shifted so that the first breach falls due a few seconds after they
/// start, until every due breach is published. Firings a second and lateness (first publication minus the breach
/// instant) come from the outbox, so they count each fact once whichever worker published it.
/// </summary>
internal static class LoadTool
{
    private static readonly Duration Window = Duration.FromSeconds(20);

    public static async Task RunAsync(SqlHostStore store, HostCommandLine options, int n, string[] args, TextWriter output)
    {
        int due = Math.Min(options.Due ?? n, n);
        var signal = new TimerSignal();
        var clocks = new SlaClockStore(store, SampleCalendars.Catalog, signal);
        IClock clock = SystemClock.Instance;
        output.WriteLine($"load: {Load()}");
        var sw = Stopwatch.StartNew();
        Instant origin = clock.GetCurrentInstant();
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            Duration target = i < due
                ? Duration.FromHours(1) + Duration.FromTicks(Window.BclCompatibleTicks * i / Math.Max(due, 1))
                : Duration.FromHours(25);
            await clocks.SaveAsync("load-" + i, SlaClock.Start(SlaTarget.Within(target, SampleCalendars.AlwaysOpen.Id), SampleCalendars.AlwaysOpen, origin, SlaThresholds.None), 0, ct)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
        output.WriteLine($"write: {n} clocks ({due} due in the run) in {sw.Elapsed.TotalSeconds:F1} s ({n / sw.Elapsed.TotalSeconds:F0} a second)");

        if (!options.NoRecovery)
        {
            await RecoverAsync(store, options.Parallel, output).ConfigureAwait(false);
        }

        if (due == 0)
        {
            return;
        }

        // The workers' clock: the first breach (origin + 1 h) falls due `lead` after they are started; a worker process
        // needs a few seconds to start on a loaded machine (the minimum lateness shows when it needed more).
        Duration lead = Duration.FromSeconds(options.Processes ? 15 : 2);
        Duration shift = origin + Duration.FromHours(1) - (clock.GetCurrentInstant() + lead);
        var shifted = new ShiftedClock(clock, shift);
        using var stop = new CancellationTokenSource();
        var workers = new List<Func<Task>>();
        if (options.Processes)
        {
            foreach (int w in Enumerable.Range(0, options.Workers))
            {
                Process p = StartWorkerProcess(args, (long)shift.TotalMilliseconds, options.Batch);
                workers.Add(async () =>
                {
                    p.Kill(entireProcessTree: true);
                    await p.WaitForExitAsync().ConfigureAwait(false);
                    p.Dispose();
                });
            }
        }
        else
        {
            foreach (int w in Enumerable.Range(0, options.Workers))
            {
                var worker = new SlaTimerWorker(store, clocks, shifted, signal, new NullSink(),
                    new TimerWorkerOptions { Owner = "load-" + w, LeaseFor = Duration.FromSeconds(30), BatchSize = options.Batch }, NullLogger<SlaTimerWorker>.Instance);
                await worker.StartAsync(stop.Token).ConfigureAwait(false);
                workers.Add(() => worker.StopAsync(CancellationToken.None));
            }
        }

        // Poll the outbox until every due breach is published or two minutes after the last fell due.
        Instant deadline = clock.GetCurrentInstant() + lead + Window + Duration.FromMinutes(2);
        string loadDuring = Load();
        IReadOnlyList<(Instant At, Instant PublishedAt)> published = [];
        while (clock.GetCurrentInstant() < deadline)
        {
            await Task.Delay(500).ConfigureAwait(false);
            published = await store.PublicationsAsync().ConfigureAwait(false);
            if (published.Count >= due)
            {
                break;
            }

            if (published.Count > due / 2)
            {
                loadDuring = Load();
            }
        }

        await stop.CancelAsync().ConfigureAwait(false);
        foreach (Func<Task> end in workers)
        {
            await end().ConfigureAwait(false);
        }

        double[] lateness = published.Select(p => (p.PublishedAt - p.At).TotalMilliseconds).Order().ToArray();
        double seconds = published.Count == 0 ? double.NaN : (published.Max(p => p.PublishedAt) - published.Min(p => p.At)).TotalSeconds;
        output.WriteLine($"fire: {options.Workers} worker {(options.Processes ? "process(es)" : "thread(s)")}, {published.Count} of {due} breaches published " +
                         $"{seconds:F1} s after the first fell due ({published.Count / seconds:F0} a second; due over {Window.TotalSeconds} s, {due / Window.TotalSeconds:F0} a second), " +
                         $"lateness min {(lateness.Length == 0 ? 0 : lateness[0]):F0} ms, p50 {Percentile(lateness, 0.5):F0} ms, p99 {Percentile(lateness, 0.99):F0} ms, max {(lateness.Length == 0 ? 0 : lateness[^1]):F0} ms; load during: {loadDuring}");
    }

    /// <summary>Start-up recovery alone (a fresh process: <c>--recover</c>): every clock and incident log replayed, its timer checked.</summary>
    public static async Task RecoverAsync(SqlHostStore store, int parallelism, TextWriter output)
    {
        var signal = new TimerSignal();
        long before = Environment.WorkingSet;
        var sw = Stopwatch.StartNew();
        (int clocks, IReadOnlyList<string> failures) = await new SlaClockStore(store, SampleCalendars.Catalog, signal).RebuildTimersAsync(parallelism).ConfigureAwait(false);
        (int incidents, IReadOnlyList<string> incidentFailures) = await new IncidentStore(store, HostIncidentRules.Rules, signal).RebuildTimersAsync(parallelism).ConfigureAwait(false);
        TimeSpan took = sw.Elapsed;
        using Process self = Process.GetCurrentProcess();
        output.WriteLine($"recovery ({store.GetType().Name}, {parallelism} at once): {clocks} clocks and {incidents} incidents replayed and re-armed in {took.TotalSeconds:F1} s, {failures.Count + incidentFailures.Count} unreadable; " +
                         $"working set {self.WorkingSet64 / 1048576} MiB (before {before / 1048576} MiB), peak {self.PeakWorkingSet64 / 1048576} MiB, GC heap {GC.GetTotalMemory(false) / 1048576} MiB; load {Load()}");
    }

    private static Process StartWorkerProcess(string[] args, long shiftMs, int batch)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false };
        start.ArgumentList.Add(typeof(LoadTool).Assembly.Location);
        // The same store as this process (--postgres or --data), the worker loop on the shifted clock, nothing printed.
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] is "--postgres" or "--data" && i + 1 < args.Length)
            {
                start.ArgumentList.Add(args[i]);
                start.ArgumentList.Add(args[++i]);
            }
            else if (args[i] == "--fast-writes")
            {
                start.ArgumentList.Add(args[i]);
            }
        }

        foreach (string a in new[] { "--shift-ms", shiftMs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-rebuild", "--quiet", "--lease-ms", "30000", "--batch", batch.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
    }

    /// <summary>The machine's load averages (1, 5, 15 min) from /proc/loadavg, or "n/a".</summary>
    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];
}
