using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>
/// <see cref="SlaAggregateTarget"/> against brute-force definitions: the mean verdict is "mean ≤ limit" in exact
/// rational arithmetic, and the percentile is the smallest sample value such that at least p % of the values are at
/// most it, found by trying every value.
/// </summary>
public sealed class SlaAggregatePropertyTests
{
    private static readonly Gen<(long[] Seconds, int LimitSeconds, int PercentThousandths)> Samples =
        from n in Gen.Choose(1, 40)
        from values in Gen.ArrayOf(Gen.Choose(0, 7200).Select(v => (long)v), n)
        from limit in Gen.Choose(1, 7200)
        from percent in Gen.Frequency((3, Gen.Elements(50_000, 90_000, 95_000, 99_000, 100_000)), (1, Gen.Choose(1, 100_000)))
        select (values, limit, percent);

    [Fact]
    public void Evaluate_Mean_IsTheExactMeanAgainstTheLimit()
    {
        PropertyRunner.Run(Samples, s =>
        {
            // Every other case is a near tie: all values at the limit, one of them a few nanoseconds over (or not),
            // so the sum exceeds limit x n by less than n ns and the truncated mean still equals the limit.
            Duration limit = Duration.FromSeconds(s.LimitSeconds);
            bool nearTie = s.PercentThousandths % 2 == 0;
            Duration[] values = s.Seconds.Select((v, i) =>
                nearTie
                    ? limit + Duration.FromNanoseconds(i == 0 ? s.PercentThousandths % s.Seconds.Length : 0)
                    : Duration.FromSeconds(v) + Duration.FromNanoseconds(i % 3)).ToArray();
            SlaAggregateResult r = SlaAggregateTarget.MeanAtMost(SlaMetric.FirstResponse, limit).Evaluate(values);

            System.Numerics.BigInteger sum = values.Aggregate(System.Numerics.BigInteger.Zero, (a, d) => a + d.ToInt64Nanoseconds());
            bool expected = sum <= limit.ToInt64Nanoseconds() * (System.Numerics.BigInteger)values.Length;
            Check(r.Verdict == (expected ? SlaComplianceVerdict.Met : SlaComplianceVerdict.NotMet), $"mean verdict {r.Verdict} for sum {sum} of {values.Length}");
            Check(r.SampleSize == values.Length && r.Actual == Duration.FromNanoseconds((long)(sum / values.Length)), $"mean {r.Actual}");
        });
    }

    [Fact]
    public void Evaluate_Percentile_IsTheSmallestValueCoveringThePercentage()
    {
        PropertyRunner.Run(Samples, s =>
        {
            Duration[] values = s.Seconds.Select(v => Duration.FromSeconds(v)).ToArray();
            decimal percent = s.PercentThousandths / 1000m;
            Duration limit = Duration.FromSeconds(s.LimitSeconds);
            SlaAggregateResult r = SlaAggregateTarget.PercentileAtMost(SlaMetric.Resolution, percent, limit).Evaluate(values);

            // Brute force: try each value in ascending order; the first with at least p % of the values at or below it.
            Duration expected = values.OrderBy(v => v).First(v => values.Count(x => x <= v) * 100m >= percent * values.Length);
            Check(r.Actual == expected, $"p{percent} of [{string.Join(", ", values.Select(v => v.TotalSeconds))}]: {r.Actual}, expected {expected}");
            Check(r.Verdict == (expected <= limit ? SlaComplianceVerdict.Met : SlaComplianceVerdict.NotMet), "percentile verdict");
        });
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
