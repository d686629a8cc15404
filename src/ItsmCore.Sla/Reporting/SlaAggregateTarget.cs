using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>How an aggregate target summarises the elapsed times of a sample.</summary>
public enum SlaAggregateKind
{
    /// <summary>The mean elapsed working time.</summary>
    Mean,

    /// <summary>A nearest-rank percentile of the elapsed working time (see <see cref="SlaComplianceFigures.ElapsedPercentile"/>).</summary>
    Percentile,
}

/// <summary>
/// A target on the elapsed times of many tickets rather than on each ticket: "mean first response at most 15 minutes",
/// "p95 resolution at most 8 hours". It judges a sample of finished measurements (met or breached, or
/// <see cref="SlaElapsedSample"/>s that have no per-ticket target); cancelled and open ones are left out.
/// </summary>
/// <remarks>
/// <para>The verdict is exact: a mean target is met when the sum of the elapsed times is at most
/// <c>Limit × n</c> (so a mean of exactly the limit is met, and one nanosecond over in total is not), a percentile
/// target when the nearest-rank percentile is at most <see cref="Limit"/>. An empty sample is
/// <see cref="SlaComplianceVerdict.NotMeasured"/>.</para>
/// <para>Immutable and thread-safe; targets compare by value.</para>
/// </remarks>
public sealed record SlaAggregateTarget
{
    private SlaAggregateTarget(SlaMetric metric, SlaAggregateKind kind, decimal percent, Duration limit)
    {
        Metric = metric;
        Kind = kind;
        Percent = percent;
        Limit = limit;
    }

    /// <summary>The metric whose elapsed times are judged.</summary>
    public SlaMetric Metric { get; }

    /// <summary>Mean or percentile.</summary>
    public SlaAggregateKind Kind { get; }

    /// <summary>The percentile (e.g. 95) for <see cref="SlaAggregateKind.Percentile"/>; 0 for a mean.</summary>
    public decimal Percent { get; }

    /// <summary>The largest allowed value of the mean or percentile.</summary>
    public Duration Limit { get; }

    /// <summary>"The mean elapsed working time of <paramref name="metric"/> is at most <paramref name="limit"/>."</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="limit">Positive, at most <see cref="SlaTarget.MaxWorkingTime"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="limit"/> is out of range.</exception>
    public static SlaAggregateTarget MeanAtMost(SlaMetric metric, Duration limit) =>
        new(Check(metric), SlaAggregateKind.Mean, 0m, CheckLimit(limit));

    /// <summary>"The <paramref name="percent"/>-th percentile (nearest rank) of <paramref name="metric"/> is at most <paramref name="limit"/>."</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="percent">Greater than 0 and at most 100, with at most three decimal places.</param>
    /// <param name="limit">Positive, at most <see cref="SlaTarget.MaxWorkingTime"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> or <paramref name="limit"/> is out of range.</exception>
    public static SlaAggregateTarget PercentileAtMost(SlaMetric metric, decimal percent, Duration limit)
    {
        if (percent <= 0m || percent > 100m || decimal.Round(percent, 3) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile must be greater than 0 and at most 100, with at most three decimal places.");
        }

        return new(Check(metric), SlaAggregateKind.Percentile, percent, CheckLimit(limit));
    }

    /// <summary>Judges a sample of elapsed working times.</summary>
    /// <param name="elapsed">The elapsed times of the finished measurements of <see cref="Metric"/>; none negative.</param>
    /// <returns>The sample size, the mean or percentile (null for an empty sample) and the verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="elapsed"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An elapsed time is negative.</exception>
    public SlaAggregateResult Evaluate(IEnumerable<Duration> elapsed)
    {
        ArgumentNullException.ThrowIfNull(elapsed);
        var list = new List<Duration>(elapsed);
        foreach (Duration d in list)
        {
            if (d < Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(elapsed), d, "An elapsed working time must not be negative.");
            }
        }

        Duration[] sorted = list.ToArray();
        Array.Sort(sorted);
        return Evaluate(sorted, null);
    }

    /// <summary>A readable form, e.g. <c>mean first-response &lt;= 15 min</c> or <c>p95 resolution &lt;= 8 h</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        (Kind == SlaAggregateKind.Mean ? "mean" : "p" + Percent.ToString("0.###", CultureInfo.InvariantCulture))
        + " " + Metric.Name + " <= " + ReportText.FormatDuration(Limit);

    /// <summary>Judges an ascending sample; <paramref name="month"/> is recorded in the result.</summary>
    internal SlaAggregateResult Evaluate(Duration[] sorted, YearMonth? month)
    {
        if (sorted.Length == 0)
        {
            return new SlaAggregateResult(this, month, 0, null, SlaComplianceVerdict.NotMeasured);
        }

        Duration actual;
        bool met;
        if (Kind == SlaAggregateKind.Mean)
        {
            Int128 sum = 0;
            foreach (Duration d in sorted)
            {
                sum += d.ToInt64Nanoseconds();
            }

            actual = Duration.FromNanoseconds((long)(sum / sorted.Length));
            met = sum <= (Int128)Limit.ToInt64Nanoseconds() * sorted.Length;
        }
        else
        {
            actual = SlaComplianceFigures.NearestRank(sorted, (int)(Percent * 1000m));
            met = actual <= Limit;
        }

        return new SlaAggregateResult(this, month, sorted.Length, actual, met ? SlaComplianceVerdict.Met : SlaComplianceVerdict.NotMet);
    }

    private static SlaMetric Check(SlaMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return metric;
    }

    private static Duration CheckLimit(Duration limit) =>
        limit <= Duration.Zero || limit > SlaTarget.MaxWorkingTime
            ? throw new ArgumentOutOfRangeException(nameof(limit), limit, $"The limit must be positive and at most {SlaTarget.MaxWorkingTime.TotalDays} days.")
            : limit;
}

/// <summary>The judgement of one <see cref="SlaAggregateTarget"/> over one sample (a month, or a whole period).</summary>
/// <param name="Target">The target.</param>
/// <param name="Month">The month of the sample; null for a whole period or a sample given directly.</param>
/// <param name="SampleSize">How many finished measurements the sample holds.</param>
/// <param name="Actual">The mean (truncated to the nanosecond) or the percentile; null for an empty sample.</param>
/// <param name="Verdict">Met, not met, or not measured (empty sample).</param>
public sealed record SlaAggregateResult(SlaAggregateTarget Target, YearMonth? Month, int SampleSize, Duration? Actual, SlaComplianceVerdict Verdict);
