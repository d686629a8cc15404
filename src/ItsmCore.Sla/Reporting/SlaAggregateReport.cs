using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// Aggregate targets judged per month and over a whole period: "service desk mean first response at most 15 minutes,
/// mean resolution at most 2 hours" (domain brief case 3), percentile targets such as p95. The companion of
/// <see cref="SlaComplianceReport"/>, with the same options (period, zone, month placement).
/// </summary>
/// <remarks>
/// <para>The sample of a target is the finished measurements of its metric, all priorities together:
/// <see cref="SlaMeasurement"/>s whose outcome is met or breached (cancelled and open ones are left out, as in
/// <see cref="SlaComplianceFigures"/>) and <see cref="SlaElapsedSample"/>s, which need no per-ticket target. A
/// measurement is placed in a month as <see cref="SlaComplianceReportOptions.MonthOf"/> does; a sample by its end
/// (or start, with <see cref="SlaMonthPlacement.ByStartedAt"/>). Verdicts are exact (see <see cref="SlaAggregateTarget"/>).</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaAggregateReport
{
    private readonly SlaAggregateResult[] results;

    private SlaAggregateReport(SlaComplianceReportOptions options, SlaAggregateResult[] results)
    {
        Options = options;
        this.results = results;
    }

    /// <summary>The options the report was built with.</summary>
    public SlaComplianceReportOptions Options { get; }

    /// <summary>For each target in the order given: one result per month of the period, then the whole period (<see cref="SlaAggregateResult.Month"/> null).</summary>
    public IReadOnlyList<SlaAggregateResult> Results => results;

    /// <summary>Builds the report.</summary>
    /// <param name="targets">The aggregate targets; at least one, no null, no duplicate.</param>
    /// <param name="measurements">Measurements from clocks (no null; no two with the same ticket, metric and cycle).</param>
    /// <param name="samples">Measurements without a per-ticket target (no null); may be empty.</param>
    /// <param name="options">The period, zone and month placement.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or an element is null.</exception>
    /// <exception cref="ArgumentException">No target, a duplicate target or measurement, or invalid options (every problem at once).</exception>
    public static SlaAggregateReport Create(
        IEnumerable<SlaAggregateTarget> targets,
        IEnumerable<SlaMeasurement> measurements,
        IEnumerable<SlaElapsedSample> samples,
        SlaComplianceReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(options);
        var targetList = new List<SlaAggregateTarget>();
        foreach (SlaAggregateTarget? t in targets)
        {
            if (t is null)
            {
                throw new ArgumentNullException(nameof(targets), $"Target {targetList.Count} is null.");
            }

            if (targetList.Contains(t))
            {
                throw new ArgumentException($"Target '{t}' is listed twice.", nameof(targets));
            }

            targetList.Add(t);
        }

        if (targetList.Count == 0)
        {
            throw new ArgumentException("At least one aggregate target is needed.", nameof(targets));
        }

        SlaMeasurement[] checkedMeasurements = MeasurementSet.Check(measurements, nameof(measurements));
        var sampleList = new List<SlaElapsedSample>();
        foreach (SlaElapsedSample? s in samples)
        {
            sampleList.Add(s ?? throw new ArgumentNullException(nameof(samples), $"Sample {sampleList.Count} is null."));
        }

        options.Validate(nameof(options));
        int months = options.MonthCount;
        var results = new List<SlaAggregateResult>(targetList.Count * (months + 1));
        foreach (SlaAggregateTarget target in targetList)
        {
            var byMonth = new List<Duration>[months];
            for (int i = 0; i < months; i++)
            {
                byMonth[i] = new List<Duration>();
            }

            foreach (SlaMeasurement m in checkedMeasurements)
            {
                if (m.Metric == target.Metric && !m.IsOpen && m.Outcome is (SlaClockState.Met or SlaClockState.Breached) && options.Place(m) is { } month)
                {
                    byMonth[Index(options, month)].Add(m.Elapsed);
                }
            }

            foreach (SlaElapsedSample s in sampleList)
            {
                if (s.Metric == target.Metric && options.Place(s.StartedAt, s.EndedAt) is { } month)
                {
                    byMonth[Index(options, month)].Add(s.Elapsed);
                }
            }

            var all = new List<Duration>();
            for (int i = 0; i < months; i++)
            {
                Duration[] sorted = byMonth[i].ToArray();
                Array.Sort(sorted);
                results.Add(target.Evaluate(sorted, options.From.PlusMonths(i)));
                all.AddRange(sorted);
            }

            Duration[] total = all.ToArray();
            Array.Sort(total);
            results.Add(target.Evaluate(total, null));
        }

        return new SlaAggregateReport(options, results.ToArray());
    }

    /// <summary>The result of <paramref name="target"/> for <paramref name="month"/> (null: the whole period).</summary>
    /// <param name="target">A target of the report.</param>
    /// <param name="month">A month of the period, or null.</param>
    /// <returns>The result, or null when the report has no such target or month.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> is null.</exception>
    public SlaAggregateResult? Find(SlaAggregateTarget target, YearMonth? month)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (SlaAggregateResult r in results)
        {
            if (r.Target == target && Nullable.Equals(r.Month, month))
            {
                return r;
            }
        }

        return null;
    }

    /// <summary>
    /// A markdown table: target, month (or "**total**"), sample size, actual value (as people write it, "14 min 15 s"; "-" for
    /// an empty sample) and verdict.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("Aggregate targets, ").Append(Options.Describe()).Append("\n\n");
        text.Append("| Target | Month | Sample | Actual | Verdict |\n");
        text.Append("|---|---|--:|--:|---|\n");
        foreach (SlaAggregateResult r in results)
        {
            text.Append("| ").Append(ReportText.Cell(r.Target.ToString()))
                .Append(" | ").Append(r.Month is { } m ? ReportText.FormatMonth(m) : "**total**")
                .Append(" | ").Append(ReportText.FormatInt(r.SampleSize))
                .Append(" | ").Append(ReportText.FormatDuration(r.Actual))
                .Append(" | ").Append(ReportText.FormatVerdict(r.Verdict))
                .Append(" |\n");
        }

        return text.ToString();
    }

    private static int Index(SlaComplianceReportOptions options, YearMonth month) =>
        ((month.Year - options.From.Year) * 12) + month.Month - options.From.Month;

}
