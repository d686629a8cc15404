using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace ItsmCore.Samples.Host;

/// <summary>
/// The load tool of docs/benchmarks/host.md (bounded: N clocks, one pass, loopback or a local file only): writes N
/// one-threshold-free clocks whose breaches fall due over a window after the load, measures the start-up recovery
/// (every log replayed), then runs W workers on the real clock until every breach is recorded and reports firings a
/// second and the p99 lateness of a firing against its wake-up instant.
/// </summary>
internal static class LoadTool
{
    public static async Task RunAsync(SqlHostStore store, HostCommandLine options, int n, TextWriter output)
    {
        var signal = new TimerSignal();
        var clocks = new SlaClockStore(store, SampleCalendars.Catalog, signal);
        IClock clock = SystemClock.Instance;
        var sw = Stopwatch.StartNew();
        // Every clock breaches an hour after origin plus 0 to 20 s; the workers run on a clock shifted so that the
        // first breach falls due 2 s after they start, whatever the load took.
        Instant origin = clock.GetCurrentInstant();
        Duration window = Duration.FromSeconds(20);
        await Parallel.ForEachAsync(Enumerable.Range(0, n), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, ct) =>
        {
            Duration target = Duration.FromSeconds(60 * 60) + Duration.FromTicks(window.BclCompatibleTicks * (i % 1000) / 1000);
            await clocks.SaveAsync("load-" + i, SlaClock.Start(SlaTarget.Within(target, SampleCalendars.AlwaysOpen.Id), SampleCalendars.AlwaysOpen, origin, SlaThresholds.None), 0, ct)
                .ConfigureAwait(false);
        }).ConfigureAwait(false);
        TimeSpan loadTime = sw.Elapsed;
        output.WriteLine($"load: {n} clocks written in {loadTime.TotalSeconds:F1} s ({n / loadTime.TotalSeconds:F0} a second)");

        long before = Process.GetCurrentProcess().WorkingSet64;
        sw.Restart();
        (int recovered, var failures) = await clocks.RebuildTimersAsync().ConfigureAwait(false);
        TimeSpan recovery = sw.Elapsed;
        Process.GetCurrentProcess().Refresh();
        output.WriteLine($"recovery: {recovered} clocks replayed and re-armed in {recovery.TotalSeconds:F1} s, {failures.Count} unreadable; " +
                         $"working set {Process.GetCurrentProcess().WorkingSet64 / 1048576} MiB (before {before / 1048576} MiB), peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576} MiB");

        Duration shift = (origin + Duration.FromHours(1)) - (clock.GetCurrentInstant() + Duration.FromSeconds(2));
        var shifted = new ShiftedClock(clock, shift);
        // Publishing is at least once (two workers may publish one row); a firing counts once, at its first publication.
        var lateness = new ConcurrentDictionary<string, double>();
        var sink = new LatenessSink(shifted, lateness);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(Math.Max(60, n / 500)));
        sw.Restart();
        Task[] workers = Enumerable.Range(0, options.Workers).Select(w => Task.Run(async () =>
        {
            var worker = new SlaTimerWorker(store, clocks, shifted, signal, sink,
                new TimerWorkerOptions { Owner = "load-" + w, LeaseFor = Duration.FromSeconds(30), BatchSize = options.Batch }, NullLogger<SlaTimerWorker>.Instance);
            while (lateness.Count < n && !cts.IsCancellationRequested)
            {
                if (await worker.RunDueAsync(cts.Token).ConfigureAwait(false) == 0)
                {
                    await Task.Delay(5, cts.Token).ConfigureAwait(false);
                }
            }
        })).ToArray();
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        double[] sorted = lateness.Values.Order().ToArray();
        double p99 = sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * 0.99) - 1)];
        double seconds = sw.Elapsed.TotalSeconds - 2;
        output.WriteLine($"fire: {options.Workers} worker(s), {sorted.Length} of {n} breaches recorded in {seconds:F1} s after the first fell due " +
                         $"({sorted.Length / seconds:F0} a second; due over {window.TotalSeconds} s), lateness p50 {Percentile(sorted, 0.5):F0} ms, p99 {p99:F0} ms, max {(sorted.Length == 0 ? 0 : sorted[^1]):F0} ms");
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(sorted.Length * p) - 1)];

    private sealed class ShiftedClock(IClock inner, Duration shift) : IClock
    {
        public Instant GetCurrentInstant() => inner.GetCurrentInstant() + shift;
    }

    private sealed class LatenessSink(IClock clock, ConcurrentDictionary<string, double> lateness) : INotificationSink
    {
        public Task PublishAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            lateness.TryAdd(message.DedupKey, (clock.GetCurrentInstant() - message.At).TotalMilliseconds);
            return Task.CompletedTask;
        }
    }
}
