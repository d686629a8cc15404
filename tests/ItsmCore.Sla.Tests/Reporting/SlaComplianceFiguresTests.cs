using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaComplianceFiguresTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 2, 0, 0);

    /// <summary>
    /// Ten stopped measurements against 240 min (30, 45, 60, 60, 90, 120, 150, 200, 240 met; 300 breached), one
    /// cancelled after 500 min, one running at 10 min and one still open at 250 min (already breached).
    /// </summary>
    private static List<SlaMeasurement> Sample()
    {
        long[] stopped = { 150, 30, 300, 60, 45, 240, 90, 60, 200, 120 };
        var list = stopped.Select((m, i) => Minutes($"T{i}", m, 240, T0 + Duration.FromHours(i))).ToList();
        list.Add(Done("C1", T0, T0 + Min(600), Min(500), Min(240), cancelled: true));
        list.Add(OpenAt("O1", T0, T0 + Min(10), Min(10), Min(240)));
        list.Add(OpenAt("O2", T0, T0 + Min(250), Min(250), Min(240)));
        return list;
    }

    [Fact]
    public void From_HandComputedSample_CountsEachMeasurementOnce()
    {
        SlaComplianceFigures f = SlaComplianceFigures.From(Sample());

        Assert.Equal(13, f.Count);
        Assert.Equal(9, f.Met);
        Assert.Equal(2, f.Breached);
        Assert.Equal(1, f.BreachedOpen);
        Assert.Equal(1, f.Cancelled);
        Assert.Equal(1, f.Open);
        Assert.Equal(10, f.Stopped);
    }

    [Fact]
    public void From_HandComputedSample_ComplianceIsMetOverMetPlusBreached()
    {
        // 9 met of 9 + 2 decided (the open breach counts; the cancelled and the running one do not): 900 / 11 %.
        SlaComplianceFigures f = SlaComplianceFigures.From(Sample());

        Assert.Equal(81.818181818181818181818181818m, f.CompliancePercent);
        Assert.Equal(900m / 11m, f.CompliancePercent);
    }

    [Fact]
    public void From_HandComputedSample_StatisticsUseNearestRankOverStoppedMeasurements()
    {
        // Sorted: 30 45 60 60 90 120 150 200 240 300 (n = 10); the cancelled 500 and open 10 / 250 are left out.
        // Mean 1295 / 10 = 129.5 min; p50 rank ceil(5) = 5 -> 90; p90 rank 9 -> 240; p95 rank ceil(9.5) = 10 -> 300.
        SlaComplianceFigures f = SlaComplianceFigures.From(Sample());

        Assert.Equal(Min(129) + Duration.FromSeconds(30), f.MeanElapsed);
        Assert.Equal(Min(30), f.MinElapsed);
        Assert.Equal(Min(300), f.MaxElapsed);
        Assert.Equal(Min(90), f.P50Elapsed);
        Assert.Equal(Min(240), f.P90Elapsed);
        Assert.Equal(Min(300), f.P95Elapsed);
        Assert.Equal(Min(30), f.ElapsedPercentile(10m));
        Assert.Equal(Min(45), f.ElapsedPercentile(10.001m));
        Assert.Equal(Min(30), f.ElapsedPercentile(0.001m));
        Assert.Equal(Min(60), f.ElapsedPercentile(40m));
        Assert.Equal(Min(120), f.ElapsedPercentile(50.001m));
        Assert.Equal(Min(300), f.ElapsedPercentile(100m));
    }

    [Fact]
    public void From_TwentyMeasurements_P95IsTheNineteenthValue()
    {
        // 1..20 minutes: p50 rank 10, p90 rank 18, p95 rank 19.
        var list = Enumerable.Range(1, 20).Select(i => Minutes($"T{i}", 21 - i, 60, T0)).ToList();

        SlaComplianceFigures f = SlaComplianceFigures.From(list);

        Assert.Equal(Min(10), f.P50Elapsed);
        Assert.Equal(Min(18), f.P90Elapsed);
        Assert.Equal(Min(19), f.P95Elapsed);
        Assert.Equal(Min(10) + Duration.FromSeconds(30), f.MeanElapsed);
        Assert.Equal(100m, f.CompliancePercent);
    }

    [Fact]
    public void From_OneMeasurement_EveryPercentileIsThatValue()
    {
        SlaComplianceFigures f = SlaComplianceFigures.From(new[] { Minutes("T1", 70, 60, T0) });

        Assert.Equal(Min(70), f.P50Elapsed);
        Assert.Equal(Min(70), f.P95Elapsed);
        Assert.Equal(Min(70), f.MeanElapsed);
        Assert.Equal(0m, f.CompliancePercent);
    }

    [Fact]
    public void From_MeanOfNanoseconds_IsTruncated()
    {
        // (1 + 2 + 2) ns / 3 = 1.67 ns -> 1 ns.
        var list = new[] { 1L, 2L, 2L }.Select((ns, i) => Done($"T{i}", T0, T0 + Min(1), Duration.FromNanoseconds(ns), Min(1))).ToList();

        Assert.Equal(Duration.FromNanoseconds(1), SlaComplianceFigures.From(list).MeanElapsed);
    }

    [Fact]
    public void From_OnlyOpenAndCancelled_HasNoComplianceAndNoStatistics()
    {
        var list = new[]
        {
            OpenAt("O1", T0, T0 + Min(10), Min(10), Min(60), paused: true),
            Done("C1", T0, T0 + Min(90), Min(90), Min(60), cancelled: true),
        };

        SlaComplianceFigures f = SlaComplianceFigures.From(list);

        Assert.Equal(2, f.Count);
        Assert.Equal(1, f.Open);
        Assert.Equal(1, f.Cancelled);
        Assert.Null(f.CompliancePercent);
        Assert.Null(f.MeanElapsed);
        Assert.Null(f.MinElapsed);
        Assert.Null(f.MaxElapsed);
        Assert.Null(f.P50Elapsed);
        Assert.Null(f.ElapsedPercentile(99m));
    }

    [Fact]
    public void From_NoMeasurements_IsEmpty()
    {
        SlaComplianceFigures f = SlaComplianceFigures.From(Array.Empty<SlaMeasurement>());

        Assert.Same(SlaComplianceFigures.Empty, f);
        Assert.Equal(0, f.Count);
        Assert.Null(f.CompliancePercent);
        Assert.Null(f.P90Elapsed);
        Assert.Equal("count 0: met 0, breached 0 (0 open), cancelled 0, open 0; compliance -; mean -, p50 -, p90 -, p95 -", f.ToString());
    }

    [Fact]
    public void From_ReversedInput_GivesEqualFigures()
    {
        List<SlaMeasurement> sample = Sample();
        SlaComplianceFigures forward = SlaComplianceFigures.From(sample);
        sample.Reverse();
        SlaComplianceFigures backward = SlaComplianceFigures.From(sample);

        Assert.Equal(forward, backward);
        Assert.Equal(forward.GetHashCode(), backward.GetHashCode());
        Assert.NotEqual(forward, SlaComplianceFigures.From(sample.Skip(1)));
        Assert.Equal(
            "count 13: met 9, breached 2 (1 open), cancelled 1, open 1; compliance 81.82 %; mean 2 h 9 min 30 s, p50 1 h 30 min, p90 4 h, p95 5 h",
            forward.ToString());
    }

    [Fact]
    public void From_BadInput_ThrowsNamingTheParameter()
    {
        Throws<ArgumentNullException>("measurements", () => SlaComplianceFigures.From(null!));
        Throws<ArgumentNullException>("measurements", () => SlaComplianceFigures.From(new[] { Minutes("T1", 1, 60, T0), null! }));
        ArgumentException duplicate = Throws<ArgumentException>("measurements", () => SlaComplianceFigures.From(new[] { Minutes("T1", 1, 60, T0), Minutes("T1", 2, 60, T0) }));
        Assert.Contains("'T1'", duplicate.Message, StringComparison.Ordinal);

        // The same ticket may have other metrics and other cycles.
        var distinct = new[]
        {
            Minutes("T1", 1, 60, T0),
            Minutes("T1", 1, 60, T0, metric: SlaMetric.FirstResponse),
            Done("T1", T0, T0 + Min(5), Min(5), Min(60), cycle: 2),
        };
        Assert.Equal(3, SlaComplianceFigures.From(distinct).Met);
    }

    [Fact]
    public void ElapsedPercentile_OutOfRange_ThrowsNamingThePercent()
    {
        SlaComplianceFigures f = SlaComplianceFigures.From(Sample());

        Throws<ArgumentOutOfRangeException>("percent", () => f.ElapsedPercentile(0m));
        Throws<ArgumentOutOfRangeException>("percent", () => f.ElapsedPercentile(-5m));
        Throws<ArgumentOutOfRangeException>("percent", () => f.ElapsedPercentile(100.001m));
        Throws<ArgumentOutOfRangeException>("percent", () => f.ElapsedPercentile(50.0001m));
    }
}
