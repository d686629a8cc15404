using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ItsmCore.Benchmarks.Baseline;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Benchmarks;

/// <summary>
/// Impact of one CI on the generated CMDB (<see cref="CmdbGenerator"/>: 1,000,000 CIs, about 3,000,000 relationships;
/// ITSMCORE_CMDB_ITEMS scales it for a sanity run). The CI is the storage hub whose downstream closure is closest to
/// 10,000 CIs (printed at setup). Compiled: <see cref="CmdbGraph.Impact(ConfigurationItemId)"/> (allocates only its
/// result); baseline: <see cref="NaiveImpactGraph"/>, dictionaries of adjacency lists walked per query.
/// </summary>
[MemoryDiagnoser]
public class CmdbImpactBenchmarks
{
    private CmdbGraph graph = null!;
    private NaiveImpactGraph naive = null!;
    private ConfigurationItemId hub;

    [GlobalSetup]
    public void Setup()
    {
        CmdbSnapshot snapshot = CmdbGenerator.Snapshot(CmdbGenerator.ItemCount());
        graph = CmdbGraph.Compile(snapshot);
        naive = new NaiveImpactGraph(snapshot);
        (hub, int closure) = Enumerable.Range(0, CmdbGenerator.HubFanOuts.Length)
            .Select(h => new ConfigurationItemId("storage" + h.ToString(CultureInfo.InvariantCulture)))
            .Select(id => (id, graph.Impact(id).Count))
            .OrderBy(p => Math.Abs(p.Count - 10_000))
            .First();
        int naiveClosure = naive.Impact(hub).Count;
        Console.WriteLine($"// impact hub {hub}: downstream closure {closure} CIs (naive baseline: {naiveClosure})");
        if (closure != naiveClosure)
        {
            throw new InvalidOperationException("The compiled graph and the baseline disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "Naive: dictionary adjacency walk")]
    public int Naive() => naive.Impact(hub).Count;

    [Benchmark(Description = "CmdbGraph.Impact (compiled)")]
    public int Compiled() => graph.Impact(hub).Count;
}

/// <summary>Compiling the generated CMDB's snapshot (already in memory) into a graph: seconds-long, so a short job.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CmdbCompileBenchmarks
{
    private CmdbSnapshot snapshot = null!;

    [GlobalSetup]
    public void Setup() => snapshot = CmdbGenerator.Snapshot(CmdbGenerator.ItemCount());

    [Benchmark(Description = "CmdbGraph.Compile (1M CIs, 3M relationships)")]
    public CmdbGraph Compile() => CmdbGraph.Compile(snapshot);
}

/// <summary>
/// The graph as of an earlier instant against the current one, from the generated history (a second generation of a
/// tenth of the items and a twentieth of the relationships recorded later): snapshot plus compile, short job.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CmdbHistoryBenchmarks
{
    private CmdbHistory history = null!;

    [GlobalSetup]
    public void Setup() => history = CmdbGenerator.History(CmdbGenerator.ItemCount());

    [Benchmark(Baseline = true, Description = "Current graph (as of now, known now)")]
    public CmdbGraph Current() => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T1, CmdbGenerator.T1));

    [Benchmark(Description = "Earlier graph (as of T0, known now)")]
    public CmdbGraph Earlier() => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T0, CmdbGenerator.T1));

    [Benchmark(Description = "As recorded at T0 (as of T1, known at T0)")]
    public CmdbGraph AsRecorded() => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T1, CmdbGenerator.T0));
}

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ItsmCore.Benchmarks -- cmdb-memory [items]</c>: one compile (after a warm-up compile) timed with
/// a stopwatch and the retained size of the compiled graph (GC heap growth with the snapshot already loaded, after a
/// full collection), before and after the first query (which caches the per-query scratch arrays).
/// </summary>
public static class CmdbMemory
{
    public static void Run(int items)
    {
        CmdbSnapshot snapshot = CmdbGenerator.Snapshot(items);
        int relationships = snapshot.Relationships.Count;
        GC.KeepAlive(CmdbGraph.Compile(snapshot)); // warm-up: the timed compile below runs jitted code
        long before = Heap();
        var watch = Stopwatch.StartNew();
        CmdbGraph graph = CmdbGraph.Compile(snapshot);
        watch.Stop();
        long compiled = Heap();
        graph.Impact(new ConfigurationItemId("storage0"));
        long queried = Heap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items {snapshot.Items.Count:N0}, relationships {relationships:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compile {watch.Elapsed.TotalMilliseconds:N0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retained by the graph: {compiled - before:N0} B = {(compiled - before) / (double)relationships:N1} B/relationship"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"with the cached query scratch: {queried - before:N0} B = {(queried - before) / (double)relationships:N1} B/relationship"));
        GC.KeepAlive(graph);
        GC.KeepAlive(snapshot);
    }

    private static long Heap()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
