using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using ItsmCore.Benchmarks.Baseline;
using ItsmCore.Changes;
using ItsmCore.Cmdb;

namespace ItsmCore.Benchmarks;

/// <summary>
/// The <c>change-schedule-cpu</c> mode: the change-schedule check and its naive baseline timed in process CPU time
/// (<see cref="Process.TotalProcessorTime"/>, all threads, the garbage collector's included) as well as wall time, for
/// a shared machine whose load inflates wall time: <c>-- change-schedule-cpu [changes] [iterations]</c>.
/// </summary>
public static class ChangeScheduleCpu
{
    public static void Run(int count, int iterations)
    {
        CmdbSnapshot snapshot = CmdbGenerator.Snapshot(CmdbGenerator.ItemCount());
        CmdbGraph graph = CmdbGraph.Compile(snapshot);
        (ScheduledChange[] changes, ScheduledChange proposed) = ChangeScheduleGenerator.Generate(snapshot, graph, count);
        ChangeSchedule schedule = ChangeSchedule.Create(changes, Array.Empty<Blackout>(), ScheduleSettings.Empty, graph);
        Measure($"CheckConflicts, {count} changes", iterations, () => schedule.CheckConflicts(proposed).Count);
        Measure($"CheckConflicts, every chain and sentence read, {count} changes", iterations, () => ReadAll(schedule.CheckConflicts(proposed)));
        if (count <= 10_000)
        {
            var naive = new NaiveScheduleScan(changes, new NaiveImpactGraph(snapshot), snapshot);
            Measure($"Naive pair scan, {count} changes", Math.Max(1, iterations / 100), () => naive.Check(proposed));
        }
    }

    /// <summary>Reads every conflict's chain and sentence (built on first read) and returns a sum that depends on them.</summary>
    public static int ReadAll(IReadOnlyList<ScheduleConflict> conflicts)
    {
        int sum = 0;
        foreach (ScheduleConflict conflict in conflicts)
        {
            sum += conflict.Explanation.Length + (conflict.Chain?.Steps.Count ?? 0);
        }

        return sum;
    }

    private static void Measure(string name, int iterations, Func<int> action)
    {
        int sink = 0;
        for (int i = 0; i < Math.Max(1, iterations / 10); i++)
        {
            sink += action();
        }

        GC.Collect();
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu0 = process.TotalProcessorTime;
        long allocated0 = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        for (int i = 0; i < iterations; i++)
        {
            sink += action();
        }

        wall.Stop();
        process.Refresh();
        double cpuMicros = (process.TotalProcessorTime - cpu0).TotalMicroseconds / iterations;
        double wallMicros = wall.Elapsed.TotalMicroseconds / iterations;
        long allocated = (GC.GetAllocatedBytesForCurrentThread() - allocated0) / iterations;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {iterations} iterations, CPU {cpuMicros:F1} us/op, wall {wallMicros:F1} us/op, allocated {allocated} B/op (result {sink})"));
    }
}
