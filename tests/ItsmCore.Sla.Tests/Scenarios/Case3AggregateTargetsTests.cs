using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Case 3's service-desk targets are aggregates, not per-ticket targets: mean first response at most 15 minutes and
/// mean resolution at most 2 hours; plus percentile targets on the same measurements.
/// </summary>
public sealed class Case3AggregateTargetsTests
{
    private static readonly SlaAggregateTarget MeanFirstResponse = SlaAggregateTarget.MeanAtMost(SlaMetric.FirstResponse, Min(15));
    private static readonly SlaAggregateTarget MeanResolution = SlaAggregateTarget.MeanAtMost(SlaMetric.Resolution, Duration.FromHours(2));
    private static readonly SlaAggregateTarget P95Resolution = SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 95, Duration.FromHours(4));
    private static readonly SlaAggregateTarget MedianResolution = SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 50, Duration.FromHours(2));

    private static SlaElapsedSample FirstResponse(string ticket, Instant received, Instant answered) =>
        SlaElapsedSample.Between(ticket, SlaMetric.FirstResponse, "any", ScenarioCalendars.SalesService, received, answered);

    /// <summary>First responses measured on the service hours (Monday-Saturday 07:00-23:00, first Saturday 18:00-23:00 closed), no per-ticket target.</summary>
    private static readonly SlaElapsedSample[] FirstResponses =
    {
        FirstResponse("S-1", Jst(2026, 11, 2, 9, 0), Jst(2026, 11, 2, 9, 10)), // 10 min
        FirstResponse("S-2", Jst(2026, 11, 3, 22, 55), Jst(2026, 11, 4, 7, 12)), // 5 + 12 = 17 min over the night
        FirstResponse("S-3", Jst(2026, 11, 7, 17, 50), Jst(2026, 11, 7, 18, 30)), // 10 min: the planned downtime does not count
        FirstResponse("S-4", Jst(2026, 11, 13, 12, 0), Jst(2026, 11, 13, 12, 20)), // 20 min
        FirstResponse("S-5", Jst(2026, 12, 1, 10, 0), Jst(2026, 12, 1, 10, 16)), // 16 min
    };

    /// <summary>Resolutions from clocks with per-priority targets (4 h); one cancelled and one open, both left out.</summary>
    private static readonly SlaMeasurement[] Resolutions =
    {
        Done("S-1", Jst(2026, 11, 2, 9, 0), Jst(2026, 11, 2, 10, 0), Duration.FromHours(1), Duration.FromHours(4)),
        Done("S-2", Jst(2026, 11, 4, 7, 0), Jst(2026, 11, 4, 10, 0), Duration.FromHours(3), Duration.FromHours(4)),
        Done("S-3", Jst(2026, 11, 9, 9, 0), Jst(2026, 11, 9, 10, 30), Duration.FromHours(1.5), Duration.FromHours(4)),
        Done("S-4", Jst(2026, 11, 13, 12, 0), Jst(2026, 11, 13, 17, 0), Duration.FromHours(5), Duration.FromHours(4)),
        Done("S-6", Jst(2026, 11, 16, 9, 0), Jst(2026, 11, 16, 19, 0), Duration.FromHours(10), Duration.FromHours(4), cancelled: true),
        OpenAt("S-7", Jst(2026, 11, 30, 9, 0), Jst(2026, 11, 30, 20, 0), Duration.FromHours(11), Duration.FromHours(4)),
    };

    private static SlaAggregateReport Report() => SlaAggregateReport.Create(
        new[] { MeanFirstResponse, MeanResolution, P95Resolution, MedianResolution },
        Resolutions,
        FirstResponses,
        Months(Ym(2026, 11), Ym(2026, 12), Tokyo));

    [Fact]
    public void Create_MeanFirstResponse_PerMonthAndOverThePeriod()
    {
        SlaAggregateReport report = Report();

        // November: (10 + 17 + 10 + 20) / 4 = 14 min 15 s, met.
        Assert.Equal(new SlaAggregateResult(MeanFirstResponse, Ym(2026, 11), 4, Min(14) + Duration.FromSeconds(15), SlaComplianceVerdict.Met), report.Find(MeanFirstResponse, Ym(2026, 11)));

        // December: one response of 16 min, not met.
        Assert.Equal(new SlaAggregateResult(MeanFirstResponse, Ym(2026, 12), 1, Min(16), SlaComplianceVerdict.NotMet), report.Find(MeanFirstResponse, Ym(2026, 12)));

        // The two months: 73 / 5 = 14 min 36 s, met.
        Assert.Equal(new SlaAggregateResult(MeanFirstResponse, null, 5, Min(14) + Duration.FromSeconds(36), SlaComplianceVerdict.Met), report.Find(MeanFirstResponse, null));
    }

    [Fact]
    public void Create_ResolutionTargets_UseFinishedMeasurementsOnly()
    {
        SlaAggregateReport report = Report();

        // 1 h, 3 h, 1 h 30 min and 5 h (the breached one counts; cancelled and open do not): mean 2 h 37 min 30 s.
        Assert.Equal(new SlaAggregateResult(MeanResolution, Ym(2026, 11), 4, Duration.FromMinutes(157.5), SlaComplianceVerdict.NotMet), report.Find(MeanResolution, Ym(2026, 11)));

        // p95 by nearest rank: rank ceil(0.95 x 4) = 4, the 5 h one: over 4 h. The median is rank 2, 1 h 30 min: met.
        Assert.Equal(new SlaAggregateResult(P95Resolution, Ym(2026, 11), 4, Duration.FromHours(5), SlaComplianceVerdict.NotMet), report.Find(P95Resolution, Ym(2026, 11)));
        Assert.Equal(new SlaAggregateResult(MedianResolution, Ym(2026, 11), 4, Duration.FromMinutes(90), SlaComplianceVerdict.Met), report.Find(MedianResolution, Ym(2026, 11)));

        // Nothing resolved in December.
        Assert.Equal(new SlaAggregateResult(MeanResolution, Ym(2026, 12), 0, null, SlaComplianceVerdict.NotMeasured), report.Find(MeanResolution, Ym(2026, 12)));
    }

    [Fact]
    public void ToMarkdown_Case3_IsTheExactTable()
    {
        string expected = """
            Aggregate targets, 2026-11 to 2026-12, months in Asia/Tokyo by end (open measurements by evaluation instant)

            | Target | Month | Sample | Actual | Verdict |
            |---|---|--:|--:|---|
            | mean first-response <= 15 min | 2026-11 | 4 | 14 min 15 s | met |
            | mean first-response <= 15 min | 2026-12 | 1 | 16 min | not met |
            | mean first-response <= 15 min | **total** | 5 | 14 min 36 s | met |
            | mean resolution <= 2 h | 2026-11 | 4 | 2 h 37 min 30 s | not met |
            | mean resolution <= 2 h | 2026-12 | 0 | - | not measured |
            | mean resolution <= 2 h | **total** | 4 | 2 h 37 min 30 s | not met |
            | p95 resolution <= 4 h | 2026-11 | 4 | 5 h | not met |
            | p95 resolution <= 4 h | 2026-12 | 0 | - | not measured |
            | p95 resolution <= 4 h | **total** | 4 | 5 h | not met |
            | p50 resolution <= 2 h | 2026-11 | 4 | 1 h 30 min | met |
            | p50 resolution <= 2 h | 2026-12 | 0 | - | not measured |
            | p50 resolution <= 2 h | **total** | 4 | 1 h 30 min | met |

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), Report().ToMarkdown());
    }
}
