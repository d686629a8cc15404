using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using ItsmCore.Calendars;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// The next free window within 90 days for a change with three affected CIs (<see cref="ScheduleAssistant"/>) on the
/// generated CMDB (<see cref="CmdbGenerator"/>; ITSMCORE_CMDB_ITEMS CIs, default 1,000,000) with a seeded schedule of
/// ITSMCORE_SCHEDULE_CHANGES changes over 2026 (default 100,000; windows of 30 minutes to 4 hours, one to three virtual
/// machines each). The three CIs have a maintenance window of 02:00-04:00 UTC and the four nights after the search
/// start are taken by changes on the same machines, so the first free window is the fifth night: the assistant jumps
/// there; the baseline steps minute by minute asking <see cref="ChangeSchedule.CheckConflicts"/> (about 6,700 checks).
/// A short in-process job (<see cref="ShortInProcessJob"/>): the baseline takes long per call.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ShortInProcessJob))]
public class ScheduleAssistantBenchmarks
{
    private static readonly Instant From = Instant.FromUtc(2026, 6, 15, 6, 0);
    private static readonly Duration Length = Duration.FromHours(1);
    private static readonly Duration Horizon = Duration.FromDays(90);

    private ScheduleAssistant assistant = null!;
    private ScheduledChange proposed = null!;

    [GlobalSetup]
    public void Setup()
    {
        var clock = Stopwatch.StartNew();
        CmdbGraph graph = CmdbGraph.Compile(CmdbGenerator.Snapshot(CmdbGenerator.ItemCount()));
        string[] vms = graph.Snapshot.Items.Where(i => i.Class == "vm").Select(i => i.Id.Value).ToArray();
        var random = new Random(20261206);
        int count = ChangeCount();
        var changes = new List<ScheduledChange>(count + 4);
        Instant year = Instant.FromUtc(2026, 1, 1, 0, 0);
        for (int i = 0; i < count; i++)
        {
            Instant start = year + Duration.FromMinutes(random.Next(365 * 24 * 60));
            ConfigurationItemId[] items = Enumerable.Range(0, random.Next(1, 4)).Select(_ => vms[random.Next(vms.Length)]).Distinct().Select(v => new ConfigurationItemId(v)).ToArray();
            changes.Add(new ScheduledChange(new ChangeId("c" + i.ToString(CultureInfo.InvariantCulture)), ChangeClass.Fix, items, start, start + Duration.FromMinutes(random.Next(30, 241)), null, null));
        }

        ConfigurationItemId[] mine = vms.Take(3).Select(v => new ConfigurationItemId(v)).ToArray();
        for (int night = 0; night < 4; night++)
        {
            Instant start = Instant.FromUtc(2026, 6, 16 + night, 2, 0);
            changes.Add(new ScheduledChange(new ChangeId("busy" + night.ToString(CultureInfo.InvariantCulture)), ChangeClass.Fix, new[] { mine[night % 3] }, start, start + Duration.FromMinutes(90), null, null));
        }

        BusinessCalendarBuilder builder = BusinessCalendar.CreateBuilder("night", DateTimeZone.Utc);
        foreach (IsoDayOfWeek day in Enum.GetValues<IsoDayOfWeek>().Where(d => d != IsoDayOfWeek.None))
        {
            builder = builder.WithHours(day, "02:00-04:00");
        }

        BusinessCalendar nightly = builder.Build();
        ScheduleSettings settings = mine.Aggregate(ScheduleSettings.Empty, (s, ci) => s.WithMaintenanceWindow(ci, nightly));
        assistant = ScheduleAssistant.Create(changes, Array.Empty<Blackout>(), settings, graph);
        proposed = new ScheduledChange(new ChangeId("proposed"), ChangeClass.Fix, mine, From, From + Length, null, null);
        Instant fast = Fast();
        Instant naive = Naive();
        Console.WriteLine($"// {graph.ItemCount} CIs, {changes.Count} changes, setup {clock.Elapsed.TotalSeconds:0.0} s; first free window {fast} (baseline {naive})");
        if (fast != naive)
        {
            throw new InvalidOperationException("The assistant and the minute-stepping baseline disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: minute stepping over CheckConflicts")]
    public Instant Naive()
    {
        for (Instant t = From; t + Length <= From + Horizon; t += Duration.FromMinutes(1))
        {
            var candidate = new ScheduledChange(proposed.Id, proposed.Class, proposed.AffectedItems, t, t + Length, null, null);
            if (assistant.Schedule.CheckConflicts(candidate).Count == 0)
            {
                return t;
            }
        }

        return Instant.MaxValue;
    }

    [Benchmark(Description = "ScheduleAssistant.NextFreeWindows (first)")]
    public Instant Fast() => assistant.NextFreeWindows(proposed, Length, From, Horizon)[0].Window.Start;

    /// <summary>
    /// One launch, 40 warm-up and 20 measured single calls, in process (generating the boilerplate project takes
    /// longer than BenchmarkDotNet's build timeout on a busy machine) with a ten-minute limit for the slow baseline.
    /// Forty warm-up calls let tiered compilation replace the first-tier code (with one, the measured calls ran partly
    /// first-tier code: 1.3 ms, against 0.87 ms with forty).
    /// </summary>
    private sealed class ShortInProcessJob : ManualConfig
    {
        public ShortInProcessJob() => AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(40)
            .WithIterationCount(20)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessNoEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false)));
    }

    private static int ChangeCount()
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_SCHEDULE_CHANGES");
        return string.IsNullOrEmpty(text) ? 100_000 : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
