using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaAggregateTargetTests
{
    private static readonly SlaAggregateTarget Mean15 = SlaAggregateTarget.MeanAtMost(SlaMetric.FirstResponse, Min(15));

    [Fact]
    public void Evaluate_MeanExactlyAtTheLimit_IsMet_OneNanosecondOverInTotal_IsNot()
    {
        Assert.Equal(SlaComplianceVerdict.Met, Mean15.Evaluate(new[] { Min(10), Min(20) }).Verdict);

        // The mean of 15 min and 15 min + 1 ns truncates to 15:00, but the sum is over 2 x 15 min: not met.
        SlaAggregateResult over = Mean15.Evaluate(new[] { Min(15), Min(15) + Duration.Epsilon });
        Assert.Equal(Min(15), over.Actual);
        Assert.Equal(SlaComplianceVerdict.NotMet, over.Verdict);
    }

    [Fact]
    public void Evaluate_Percentile_IsTheNearestRank()
    {
        // 20 values 1..20 min: p95 is rank 19 (19 min), p90 rank 18.
        var values = new Duration[20];
        for (int i = 0; i < 20; i++)
        {
            values[i] = Min(20 - i);
        }

        Assert.Equal(new SlaAggregateResult(SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 95, Min(19)), null, 20, Min(19), SlaComplianceVerdict.Met),
            SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 95, Min(19)).Evaluate(values));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 95, Min(18)).Evaluate(values).Verdict);
        Assert.Equal(Min(18), SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 90, Min(18)).Evaluate(values).Actual);
    }

    [Fact]
    public void Evaluate_EmptySample_IsNotMeasured()
    {
        Assert.Equal(new SlaAggregateResult(Mean15, null, 0, null, SlaComplianceVerdict.NotMeasured), Mean15.Evaluate(Array.Empty<Duration>()));
    }

    [Fact]
    public void Factories_OutOfRange_Throw()
    {
        Throws<ArgumentOutOfRangeException>("limit", () => SlaAggregateTarget.MeanAtMost(SlaMetric.Resolution, Duration.Zero));
        Throws<ArgumentOutOfRangeException>("percent", () => SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 0, Min(1)));
        Throws<ArgumentOutOfRangeException>("percent", () => SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 95.0001m, Min(1)));
        Throws<ArgumentNullException>("metric", () => SlaAggregateTarget.MeanAtMost(null!, Min(1)));
        Throws<ArgumentOutOfRangeException>("elapsed", () => Mean15.Evaluate(new[] { -Duration.Epsilon }));
        Assert.Equal("p99.9 resolution <= 8 h", SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, 99.9m, Duration.FromHours(8)).ToString());
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        SlaComplianceReportOptions options = Months(Ym(2026, 11), Ym(2026, 11), Utc);
        Throws<ArgumentException>("targets", () => SlaAggregateReport.Create(Array.Empty<SlaAggregateTarget>(), Array.Empty<SlaMeasurement>(), Array.Empty<SlaElapsedSample>(), options));
        Throws<ArgumentException>("targets", () => SlaAggregateReport.Create(new[] { Mean15, SlaAggregateTarget.MeanAtMost(SlaMetric.FirstResponse, Min(15)) }, Array.Empty<SlaMeasurement>(), Array.Empty<SlaElapsedSample>(), options));
        Throws<ArgumentNullException>("samples", () => SlaAggregateReport.Create(new[] { Mean15 }, Array.Empty<SlaMeasurement>(), new SlaElapsedSample[] { null! }, options));
        Throws<ArgumentException>("options", () => SlaAggregateReport.Create(new[] { Mean15 }, Array.Empty<SlaMeasurement>(), Array.Empty<SlaElapsedSample>(), Months(Ym(2026, 12), Ym(2026, 11), Utc)));
    }

    [Fact]
    public void ElapsedSample_Between_IsTheCalendarsWorkingTime_AndChecksItsFields()
    {
        Instant friday = Instant.FromUtc(2026, 11, 20, 8, 0); // 17:00 in Tokyo
        SlaElapsedSample s = SlaElapsedSample.Between("T-1", SlaMetric.FirstResponse, "high", Sla.Office, friday, friday + Duration.FromDays(4));
        Assert.Equal(Duration.FromHours(9), s.Elapsed); // Friday 17-18, then Tuesday 09-17 after the Monday holiday
        Throws<ArgumentOutOfRangeException>("endedAt", () => SlaElapsedSample.Between("T-1", SlaMetric.FirstResponse, "high", Sla.Office, friday, friday - Duration.Epsilon));
        Throws<ArgumentOutOfRangeException>("elapsed", () => new SlaElapsedSample("T-1", SlaMetric.FirstResponse, "high", friday, friday + Min(5), Min(6)));
        Throws<ArgumentException>("ticketId", () => new SlaElapsedSample(" T", SlaMetric.FirstResponse, "high", friday, friday, Duration.Zero));
    }
}
