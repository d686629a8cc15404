using System;
using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Compliance figures over a set of measurements: counts by outcome, compliance percentage and statistics of the
/// elapsed working time. Every row of <see cref="SlaComplianceReport"/> and <see cref="SlaRequestTypeComplianceTable"/>
/// carries one.
/// </summary>
/// <remarks>
/// <para><b>Counting.</b> Every measurement is counted exactly once, so
/// <c>Met + Breached + Cancelled + Open == Count</c>:</para>
/// <list type="bullet">
/// <item><see cref="Met"/>: finished and met.</item>
/// <item><see cref="Breached"/>: finished and breached, <em>and</em> open but already breached (such a measurement can no
/// longer be met, so its outcome is final; <see cref="BreachedOpen"/> says how many of the breaches are still open).</item>
/// <item><see cref="Cancelled"/>: cancelled, whether or not it had been breached; excluded from compliance.</item>
/// <item><see cref="Open"/>: open and not (yet) breached (running or paused); excluded from compliance.</item>
/// </list>
/// <para><b>Compliance.</b> <see cref="CompliancePercent"/> = <c>100 × Met / (Met + Breached)</c> in decimal arithmetic
/// (exact to 28 significant digits); null when <c>Met + Breached</c> is zero: there is no division by zero and no
/// invented 100 %.</para>
/// <para><b>Elapsed statistics</b> are taken over the <see cref="Stopped"/> measurements only: those finished as met or
/// breached, whose elapsed working time is final. Cancelled measurements and open ones (whose elapsed time is still
/// growing) are left out. The mean is the sum of the elapsed times divided by their number, truncated to the nanosecond.
/// Percentiles use the <b>nearest-rank</b> method: with the <c>n</c> elapsed times sorted ascending, the p-th percentile
/// is the value at 1-based rank <c>ceil(p × n / 100)</c>, i.e. the smallest value such that at least p % of the values
/// are less than or equal to it; it is always one of the measured values. With no stopped measurement every statistic
/// is null.</para>
/// <para>Immutable and thread-safe. Figures compare by value (counts and the multiset of elapsed times).</para>
/// </remarks>
public sealed class SlaComplianceFigures : IEquatable<SlaComplianceFigures>
{
    private readonly Duration[] sorted;

    private SlaComplianceFigures(int count, int met, int breached, int breachedOpen, int cancelled, int open, Duration[] sorted)
    {
        Count = count;
        Met = met;
        Breached = breached;
        BreachedOpen = breachedOpen;
        Cancelled = cancelled;
        Open = open;
        this.sorted = sorted;
        int decided = checked(met + breached);
        CompliancePercent = decided == 0 ? null : met * 100m / decided;
        if (sorted.Length > 0)
        {
            Int128 sum = 0;
            foreach (Duration d in sorted)
            {
                sum += d.ToInt64Nanoseconds();
            }

            MeanElapsed = Duration.FromNanoseconds((long)(sum / sorted.Length));
        }
    }

    /// <summary>The figures of no measurements: all counts zero, every percentage and statistic null.</summary>
    public static SlaComplianceFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, Array.Empty<Duration>());

    /// <summary>The number of measurements.</summary>
    public int Count { get; }

    /// <summary>Finished and met.</summary>
    public int Met { get; }

    /// <summary>Breached: finished and breached, or open and already breached (see <see cref="BreachedOpen"/>).</summary>
    public int Breached { get; }

    /// <summary>How many of the <see cref="Breached"/> measurements are still open.</summary>
    public int BreachedOpen { get; }

    /// <summary>Cancelled; excluded from compliance and from the statistics.</summary>
    public int Cancelled { get; }

    /// <summary>Open and not breached (running or paused); excluded from compliance and from the statistics.</summary>
    public int Open { get; }

    /// <summary>Finished as met or breached (<c>Met + Breached - BreachedOpen</c>): the sample of the elapsed statistics.</summary>
    public int Stopped => sorted.Length;

    /// <summary><c>100 × Met / (Met + Breached)</c>; null when no measurement was met or breached.</summary>
    public decimal? CompliancePercent { get; }

    /// <summary>The mean elapsed working time of the stopped measurements, truncated to the nanosecond; null when there are none.</summary>
    public Duration? MeanElapsed { get; }

    /// <summary>The shortest elapsed working time of the stopped measurements; null when there are none.</summary>
    public Duration? MinElapsed => sorted.Length == 0 ? null : sorted[0];

    /// <summary>The longest elapsed working time of the stopped measurements; null when there are none.</summary>
    public Duration? MaxElapsed => sorted.Length == 0 ? null : sorted[^1];

    /// <summary>The 50th percentile (median, nearest rank) of the stopped measurements' elapsed working time; null when there are none.</summary>
    public Duration? P50Elapsed => NearestRank(50_000);

    /// <summary>The 90th percentile (nearest rank); null when there are no stopped measurements.</summary>
    public Duration? P90Elapsed => NearestRank(90_000);

    /// <summary>The 95th percentile (nearest rank); null when there are no stopped measurements.</summary>
    public Duration? P95Elapsed => NearestRank(95_000);

    /// <summary>Computes the figures of a set of measurements.</summary>
    /// <param name="measurements">The measurements; no null element, no two with the same ticket, metric and cycle.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException">Two measurements have the same ticket, metric and cycle.</exception>
    public static SlaComplianceFigures From(IEnumerable<SlaMeasurement> measurements) =>
        Of(MeasurementSet.Check(measurements, nameof(measurements)));

    /// <summary>
    /// The p-th percentile of the stopped measurements' elapsed working time by the nearest-rank method: the value at
    /// 1-based rank <c>ceil(p × n / 100)</c> of the ascending elapsed times.
    /// </summary>
    /// <param name="percent">p: greater than 0 and at most 100, with at most three decimal places.</param>
    /// <returns>The percentile; null when there are no stopped measurements.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is out of range or too precise.</exception>
    public Duration? ElapsedPercentile(decimal percent)
    {
        if (percent <= 0m || percent > 100m || decimal.Round(percent, 3) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "A percentile must be greater than 0 and at most 100, with at most three decimal places.");
        }

        return NearestRank((int)(percent * 1000m));
    }

    /// <inheritdoc />
    public bool Equals(SlaComplianceFigures? other) =>
        other is not null
        && Count == other.Count
        && Met == other.Met
        && Breached == other.Breached
        && BreachedOpen == other.BreachedOpen
        && Cancelled == other.Cancelled
        && Open == other.Open
        && sorted.AsSpan().SequenceEqual(other.sorted);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SlaComplianceFigures other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Count, Met, Breached, BreachedOpen, Cancelled, Open, Stopped, MeanElapsed);

    /// <summary>A one-line summary, e.g. <c>count 4: met 3, breached 1 (0 open), cancelled 0, open 0; compliance 75.00 %; mean 3:00:00, p50 2:00:00, p90 5:00:00, p95 5:00:00</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"count {Count}: met {Met}, breached {Breached} ({BreachedOpen} open), cancelled {Cancelled}, open {Open}; compliance {ReportText.FormatPercent(CompliancePercent)}; " +
        $"mean {ReportText.FormatDuration(MeanElapsed)}, p50 {ReportText.FormatDuration(P50Elapsed)}, p90 {ReportText.FormatDuration(P90Elapsed)}, p95 {ReportText.FormatDuration(P95Elapsed)}");

    /// <summary>The figures of measurements already checked by <see cref="MeasurementSet.Check"/>.</summary>
    internal static SlaComplianceFigures Of(IReadOnlyCollection<SlaMeasurement> measurements)
    {
        if (measurements.Count == 0)
        {
            return Empty;
        }

        int met = 0, breached = 0, breachedOpen = 0, cancelled = 0, open = 0;
        var elapsed = new List<Duration>(measurements.Count);
        foreach (SlaMeasurement m in measurements)
        {
            switch (m.Outcome)
            {
                case SlaClockState.Met:
                    met++;
                    elapsed.Add(m.Elapsed);
                    break;
                case SlaClockState.Breached:
                    breached++;
                    if (m.IsOpen)
                    {
                        breachedOpen++;
                    }
                    else
                    {
                        elapsed.Add(m.Elapsed);
                    }

                    break;
                case SlaClockState.Cancelled:
                    cancelled++;
                    break;
                default:
                    open++;
                    break;
            }
        }

        Duration[] sorted = elapsed.ToArray();
        Array.Sort(sorted);
        return new SlaComplianceFigures(measurements.Count, met, breached, breachedOpen, cancelled, open, sorted);
    }

    /// <summary>The nearest-rank percentile of an ascending, non-empty sample for a percentage in thousandths (50 % = 50 000).</summary>
    internal static Duration NearestRank(Duration[] ascending, int percentThousandths)
    {
        // rank = ceil(p × n / 100) with p = percentThousandths / 1000, in exact integer arithmetic.
        long numerator = (long)percentThousandths * ascending.Length;
        long rank = (numerator + 99_999) / 100_000;
        return ascending[rank - 1];
    }

    /// <summary>The stopped measurements' elapsed times, ascending (shared, not copied: callers must not write to it).</summary>
    internal Duration[] SortedElapsed => sorted;

    /// <summary>The nearest-rank percentile for a percentage given in thousandths (50 % = 50 000).</summary>
    private Duration? NearestRank(int percentThousandths) =>
        sorted.Length == 0 ? null : NearestRank(sorted, percentThousandths);
}
