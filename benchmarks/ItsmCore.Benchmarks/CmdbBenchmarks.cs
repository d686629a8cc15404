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
        (hub, int closure) = Hub(graph);
        int naiveClosure = naive.Impact(hub).Count;
        Console.WriteLine($"// impact hub {hub}: downstream closure {closure} CIs (naive baseline: {naiveClosure})");
        if (closure != naiveClosure)
        {
            throw new InvalidOperationException("The compiled graph and the baseline disagree.");
        }
    }

    /// <summary>The storage hub whose downstream closure is closest to 10,000 CIs, and that closure's size.</summary>
    /// <param name="graph">The compiled generated CMDB.</param>
    /// <returns>The hub and its closure.</returns>
    public static (ConfigurationItemId Hub, int Closure) Hub(CmdbGraph graph) =>
        Enumerable.Range(0, CmdbGenerator.HubFanOuts.Length)
            .Select(h => new ConfigurationItemId("storage" + h.ToString(CultureInfo.InvariantCulture)))
            .Select(id => (id, graph.Impact(id).Count))
            .OrderBy(p => Math.Abs(p.Count - 10_000))
            .First();

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

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/ItsmCore.Benchmarks -- cmdb-cpu [items] [queries]</c>: a cross-check of
/// the BenchmarkDotNet tables on a shared machine. The same operations (impact of the hub, naive and compiled; compile;
/// the three history graphs) measured as process CPU time (<see cref="Process.TotalProcessorTime"/>) rather than wall
/// time, so time spent waiting for a core that other processes hold is not counted, with the bytes allocated per call.
/// </summary>
public static class CmdbCpuTime
{
    public static void Run(int items, int queries)
    {
        CmdbSnapshot snapshot = CmdbGenerator.Snapshot(items);
        CmdbGraph graph = CmdbGraph.Compile(snapshot);
        var naive = new NaiveImpactGraph(snapshot);
        (ConfigurationItemId hub, int closure) = CmdbImpactBenchmarks.Hub(graph);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"items {snapshot.Items.Count:N0}, relationships {snapshot.Relationships.Count:N0}; hub {hub}, closure {closure:N0}"));
        Report("impact, naive baseline", queries, () => naive.Impact(hub).Count);
        Report("impact, CmdbGraph.Impact", queries, () => graph.Impact(hub).Count);
        Report("compile", 3, () => CmdbGraph.Compile(snapshot).ItemCount);
        CmdbHistory history = CmdbGenerator.History(items);
        Report("history: current graph (AsOf + Compile)", 3, () => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T1, CmdbGenerator.T1)).ItemCount);
        Report("history: earlier graph (as of T0)", 3, () => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T0, CmdbGenerator.T1)).ItemCount);
        Report("history: as recorded at T0", 3, () => CmdbGraph.Compile(history.AsOf(CmdbGenerator.T1, CmdbGenerator.T0)).ItemCount);
    }

    private static void Report(string what, int calls, Func<int> operation)
    {
        int check = operation(); // warm-up (and JIT)
        for (int i = 0; i < Math.Min(calls, 20); i++)
        {
            check ^= operation();
        }

        GC.Collect();
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < calls; i++)
        {
            check ^= operation();
        }

        wall.Stop();
        double cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / calls;
        double bytesPerCall = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {cpuPerCall:N4} ms CPU per call, {wall.Elapsed.TotalMilliseconds / calls:N4} ms wall, {bytesPerCall:N0} B allocated per call ({calls} calls; check {check})"));
    }
}
