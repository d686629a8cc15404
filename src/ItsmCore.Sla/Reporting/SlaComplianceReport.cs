using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A compliance report over many SLA measurements: per metric, per priority and per calendar month of the period (in
/// the options' zone), the counts by outcome, the compliance percentage and the elapsed working-time statistics
/// (<see cref="SlaComplianceFigures"/> defines each figure), plus a total per metric and priority over the whole period.
/// </summary>
/// <remarks>
/// <para>Each measurement is placed in one month by <see cref="SlaComplianceReportOptions.Placement"/>: by default the
/// month it ended in (an open measurement: the month it was evaluated in), or the month it started in. Measurements
/// placed outside the period are not in any row; <see cref="OutsidePeriod"/> counts them.</para>
/// <para>Rows: for every (metric, priority) pair with at least one measurement in the period, one row per month of the
/// period (months without measurements included, with zero counts) and one total row. Pairs are ordered by metric name,
/// then priority label (ordinal); months ascending. The report does not depend on the order of its input.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaComplianceReport
{
    private readonly Dictionary<(SlaMetric Metric, string Priority), int> pairs;
    private readonly SlaComplianceRow[] rows;
    private readonly SlaComplianceRow[] totals;

    private SlaComplianceReport(
        SlaComplianceReportOptions options,
        Dictionary<(SlaMetric Metric, string Priority), int> pairs,
        SlaComplianceRow[] rows,
        SlaComplianceRow[] totals,
        int outsidePeriod)
    {
        Options = options;
        this.pairs = pairs;
        this.rows = rows;
        this.totals = totals;
        OutsidePeriod = outsidePeriod;
    }

    /// <summary>The period, zone and placement the report was built with.</summary>
    public SlaComplianceReportOptions Options { get; }

    /// <summary>The monthly rows: for each (metric, priority) pair in order, one row per month of the period.</summary>
    public IReadOnlyList<SlaComplianceRow> Rows => rows;

    /// <summary>The total row of each (metric, priority) pair over the whole period, in the same order.</summary>
    public IReadOnlyList<SlaComplianceRow> Totals => totals;

    /// <summary>The number of measurements placed outside the period (in no row).</summary>
    public int OutsidePeriod { get; }

    /// <summary>Builds the report.</summary>
    /// <param name="measurements">The measurements; no null element, no two with the same ticket, metric and cycle.</param>
    /// <param name="options">The period, zone and placement.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument or a measurement is null.</exception>
    /// <exception cref="ArgumentException">
    /// Two measurements have the same ticket, metric and cycle; or the options are invalid (the message lists every problem).
    /// </exception>
    public static SlaComplianceReport Create(IEnumerable<SlaMeasurement> measurements, SlaComplianceReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate(nameof(options));
        SlaMeasurement[] all = MeasurementSet.Check(measurements, nameof(measurements));
        int monthCount = options.MonthCount;
        var groups = new Dictionary<(SlaMetric Metric, string Priority), List<SlaMeasurement>[]>();
        int outside = 0;
        foreach (SlaMeasurement m in all)
        {
            if (options.Place(m) is not { } month)
            {
                outside++;
                continue;
            }

            if (!groups.TryGetValue((m.Metric, m.Priority), out List<SlaMeasurement>[]? months))
            {
                months = new List<SlaMeasurement>[monthCount];
                groups.Add((m.Metric, m.Priority), months);
            }

            int index = MonthIndex(options.From, month);
            (months[index] ??= new List<SlaMeasurement>()).Add(m);
        }

        var keys = new List<(SlaMetric Metric, string Priority)>(groups.Keys);
        keys.Sort(static (a, b) =>
        {
            int byMetric = string.CompareOrdinal(a.Metric.Name, b.Metric.Name);
            return byMetric != 0 ? byMetric : string.CompareOrdinal(a.Priority, b.Priority);
        });

        var pairs = new Dictionary<(SlaMetric Metric, string Priority), int>(keys.Count);
        var rows = new SlaComplianceRow[checked(keys.Count * monthCount)];
        var totals = new SlaComplianceRow[keys.Count];
        for (int k = 0; k < keys.Count; k++)
        {
            (SlaMetric metric, string priority) = keys[k];
            pairs.Add(keys[k], k);
            List<SlaMeasurement>[] months = groups[keys[k]];
            var inPeriod = new List<SlaMeasurement>();
            YearMonth month = options.From;
            for (int i = 0; i < monthCount; i++, month = month.PlusMonths(1))
            {
                List<SlaMeasurement>? list = months[i];
                rows[(k * monthCount) + i] = new SlaComplianceRow(
                    metric, priority, month, list is null ? SlaComplianceFigures.Empty : SlaComplianceFigures.Of(list));
                if (list is not null)
                {
                    inPeriod.AddRange(list);
                }
            }

            totals[k] = new SlaComplianceRow(metric, priority, null, SlaComplianceFigures.Of(inPeriod));
        }

        return new SlaComplianceReport(options, pairs, rows, totals, outside);
    }

    /// <summary>The row of a metric and priority in a month.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority label.</param>
    /// <param name="month">A month of the period.</param>
    /// <returns>The row; null when the pair has no measurement in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="priority"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside the period.</exception>
    public SlaComplianceRow? FindRow(SlaMetric metric, string priority, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(priority);
        if (month.Calendar != CalendarSystem.Iso || month.CompareTo(Options.From) < 0 || month.CompareTo(Options.To) > 0)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, $"The month is outside the report's period {ReportText.FormatMonth(Options.From)} to {ReportText.FormatMonth(Options.To)}.");
        }

        return pairs.TryGetValue((metric, priority), out int k) ? rows[(k * Options.MonthCount) + MonthIndex(Options.From, month)] : null;
    }

    /// <summary>The total row of a metric and priority over the period.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="priority">The priority label.</param>
    /// <returns>The row; null when the pair has no measurement in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> or <paramref name="priority"/> is null.</exception>
    public SlaComplianceRow? FindTotal(SlaMetric metric, string priority)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(priority);
        return pairs.TryGetValue((metric, priority), out int k) ? totals[k] : null;
    }

    /// <summary>
    /// The report as a markdown table (invariant culture, '\n' line ends): a title line, then for each pair its monthly
    /// rows followed by its total. Durations are written as people write them ("2 h 9 min 30 s", "15 min"); compliance is rounded
    /// half away from zero to two decimals (94.7368 % shows as 94.74 %), and only exactly 100 % shows as 100.00 %; a missing figure is "-"; a breach still open is shown as "2 (1 open)".
    /// </summary>
    /// <returns>The text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("SLA compliance, ").Append(Options.Describe()).Append('\n').Append('\n');
        text.Append("| Metric | Priority | Month | Count | Met | Breached | Cancelled | Open | Compliance | Mean | P50 | P90 | P95 |\n");
        text.Append("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        int monthCount = Options.MonthCount;
        for (int k = 0; k < totals.Length; k++)
        {
            for (int i = 0; i < monthCount; i++)
            {
                AppendRow(text, rows[(k * monthCount) + i]);
            }

            AppendRow(text, totals[k]);
        }

        if (totals.Length == 0)
        {
            text.Append("| - | - | - | 0 | 0 | 0 | 0 | 0 | - | - | - | - | - |\n");
        }

        if (OutsidePeriod > 0)
        {
            text.Append('\n').Append(ReportText.FormatInt(OutsidePeriod)).Append(" measurement(s) outside the period are not shown.\n");
        }

        return text.ToString();
    }

    /// <summary>A one-line summary: the period and the number of pairs and rows.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"SLA compliance report, {Options.Describe()}: {ReportText.FormatInt(totals.Length)} metric/priority pair(s), {ReportText.FormatInt(OutsidePeriod)} measurement(s) outside the period";

    internal static void AppendFigures(StringBuilder text, SlaComplianceFigures f, bool withStatistics)
    {
        text.Append(ReportText.FormatInt(f.Count)).Append(" | ")
            .Append(ReportText.FormatInt(f.Met)).Append(" | ")
            .Append(ReportText.FormatInt(f.Breached));
        if (f.BreachedOpen > 0)
        {
            text.Append(" (").Append(ReportText.FormatInt(f.BreachedOpen)).Append(" open)");
        }

        text.Append(" | ")
            .Append(ReportText.FormatInt(f.Cancelled)).Append(" | ")
            .Append(ReportText.FormatInt(f.Open)).Append(" | ")
            .Append(ReportText.FormatPercent(f.CompliancePercent));
        if (withStatistics)
        {
            text.Append(" | ").Append(ReportText.FormatDuration(f.MeanElapsed))
                .Append(" | ").Append(ReportText.FormatDuration(f.P50Elapsed))
                .Append(" | ").Append(ReportText.FormatDuration(f.P90Elapsed))
                .Append(" | ").Append(ReportText.FormatDuration(f.P95Elapsed));
        }
    }

    private static void AppendRow(StringBuilder text, SlaComplianceRow row)
    {
        text.Append("| ").Append(ReportText.Cell(row.Metric.Name))
            .Append(" | ").Append(ReportText.Cell(row.Priority))
            .Append(" | ").Append(row.Month is { } m ? ReportText.FormatMonth(m) : "**total**")
            .Append(" | ");
        AppendFigures(text, row.Figures, withStatistics: true);
        text.Append(" |\n");
    }

    private static int MonthIndex(YearMonth from, YearMonth month) => ((month.Year - from.Year) * 12) + month.Month - from.Month;
}
