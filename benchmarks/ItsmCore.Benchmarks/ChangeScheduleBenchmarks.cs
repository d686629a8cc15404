using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ItsmCore.Benchmarks.Baseline;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Benchmarks;

/// <summary>
/// A short in-process job (1 launch, 2 warm-ups, 5 iterations) with a long timeout: the setup builds a 1,000,000-CI
/// CMDB and the schedule, which takes minutes on a loaded machine, and in process nothing is rebuilt.
/// </summary>
public sealed class ChangeScheduleJobConfig : ManualConfig
{
    public ChangeScheduleJobConfig() =>
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), true)));
}

/// <summary>
/// Checking one proposed change (<see cref="ChangeSchedule.CheckConflicts"/>, related CIs and combined outages
/// included) against a generated schedule (<see cref="ChangeScheduleGenerator"/>) on the generated CMDB (1,000,000 CIs;
/// ITSMCORE_CMDB_ITEMS scales it for a sanity run). Runs as <see cref="ChangeScheduleJobConfig"/>.
/// </summary>
public abstract class ChangeScheduleBenchmarkBase
{
    protected CmdbSnapshot Snapshot { get; private set; } = null!;

    protected ChangeSchedule Schedule { get; private set; } = null!;

    protected ScheduledChange[] Changes { get; private set; } = null!;

    protected ScheduledChange Proposed { get; private set; } = null!;

    protected void Build(int count)
    {
        Snapshot = CmdbGenerator.Snapshot(CmdbGenerator.ItemCount());
        CmdbGraph graph = CmdbGraph.Compile(Snapshot);
        (Changes, Proposed) = ChangeScheduleGenerator.Generate(Snapshot, graph, count);
        Schedule = ChangeSchedule.Create(Changes, Array.Empty<Blackout>(), ScheduleSettings.Empty, graph);
        var conflicts = Schedule.CheckConflicts(Proposed);
        int overlapping = Changes.Count(c => c.Window.Start < Proposed.Window.End && Proposed.Window.Start < c.Window.End);
        Console.WriteLine($"// {count} changes; proposed impact {graph.Impact(Proposed.AffectedItems, Array.Empty<ConfigurationItemId>()).Count} CIs; "
            + $"{overlapping} overlapping; conflicts: {string.Join(", ", conflicts.GroupBy(c => c.Code).Select(g => $"{g.Key} {g.Count()}"))}");
    }
}

/// <summary>At 10,000 changes: the naive pair scan (<see cref="NaiveScheduleScan"/>) against the compiled schedule.</summary>
[MemoryDiagnoser]
[Config(typeof(ChangeScheduleJobConfig))]
public class ChangeScheduleNaiveBenchmarks : ChangeScheduleBenchmarkBase
{
    private NaiveScheduleScan naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        Build(10_000);
        naive = new NaiveScheduleScan(Changes, new NaiveImpactGraph(Snapshot), Snapshot);
        Console.WriteLine($"// naive conflicts {naive.Check(Proposed)}; compiled pair and combined conflicts {Schedule.CheckConflicts(Proposed).Count}");
    }

    [Benchmark(Baseline = true, Description = "Naive pair scan, 10,000 changes")]
    public int Naive() => naive.Check(Proposed);

    [Benchmark(Description = "CheckConflicts, 10,000 changes")]
    public int Compiled() => Schedule.CheckConflicts(Proposed).Count;
}

/// <summary>At 100,000 changes: the compiled schedule only (the issue's target, at most 100 microseconds).</summary>
[MemoryDiagnoser]
[Config(typeof(ChangeScheduleJobConfig))]
public class ChangeScheduleCheckBenchmarks : ChangeScheduleBenchmarkBase
{
    [GlobalSetup]
    public void Setup() => Build(100_000);

    [Benchmark(Description = "CheckConflicts, 100,000 changes")]
    public int Compiled() => Schedule.CheckConflicts(Proposed).Count;

    /// <summary>The same, with every conflict's chain and sentence read (they are built on first read).</summary>
    [Benchmark(Description = "CheckConflicts, every chain and sentence read, 100,000 changes")]
    public int CompiledAndExplained() => ChangeScheduleCpu.ReadAll(Schedule.CheckConflicts(Proposed));
}
