using System;
using System.Collections.Generic;
using System.Text;

namespace ItsmCore.Sla;

/// <summary>
/// A compliance table per request type over a period, typically a year: for each request type and target, the number
/// of requests, the breaches, the compliance percentage and a verdict (met / not met) by an explicit
/// <see cref="SlaComplianceVerdictRule"/>. This is the annual table of a service-request catalogue ("account change:
/// within 1 business day, 2 breaches, not met").
/// </summary>
/// <remarks>
/// <para>Only measurements of <see cref="Metric"/> are considered. Of those, the measurements without a request type
/// (<see cref="WithoutRequestType"/>) and those placed outside the period (<see cref="OutsidePeriod"/>) are counted but
/// are in no row; the others are placed as in <see cref="SlaComplianceReport"/> and grouped by request type and target,
/// so a request type whose target changed during the period has one row per target. Counting, compliance and
/// statistics are those of <see cref="SlaComplianceFigures"/>: cancelled and still-open unbreached requests do not
/// count towards compliance; a request still open but already breached counts as a breach.</para>
/// <para>Rows are ordered by request type, then target text (ordinal). The table does not depend on the order of its
/// input. Immutable and thread-safe.</para>
/// </remarks>
public sealed class SlaRequestTypeComplianceTable
{
    private readonly SlaRequestTypeComplianceRow[] rows;

    private SlaRequestTypeComplianceTable(
        SlaMetric metric,
        SlaComplianceReportOptions options,
        SlaComplianceVerdictRule rule,
        SlaRequestTypeComplianceRow[] rows,
        int withoutRequestType,
        int outsidePeriod)
    {
        Metric = metric;
        Options = options;
        Rule = rule;
        this.rows = rows;
        WithoutRequestType = withoutRequestType;
        OutsidePeriod = outsidePeriod;
    }

    /// <summary>The metric tabulated.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The period, zone and placement.</summary>
    public SlaComplianceReportOptions Options { get; }

    /// <summary>The verdict rule.</summary>
    public SlaComplianceVerdictRule Rule { get; }

    /// <summary>The rows, by request type then target.</summary>
    public IReadOnlyList<SlaRequestTypeComplianceRow> Rows => rows;

    /// <summary>The number of measurements of <see cref="Metric"/> without a request type (in no row).</summary>
    public int WithoutRequestType { get; }

    /// <summary>The number of measurements of <see cref="Metric"/> with a request type placed outside the period (in no row).</summary>
    public int OutsidePeriod { get; }

    /// <summary>Builds the table.</summary>
    /// <param name="measurements">The measurements (of any metrics); no null element, no two with the same ticket, metric and cycle.</param>
    /// <param name="metric">The metric to tabulate, e.g. <see cref="SlaMetric.Resolution"/>.</param>
    /// <param name="options">The period (e.g. <see cref="SlaComplianceReportOptions.ForYear"/>), zone and placement.</param>
    /// <param name="rule">The verdict rule, e.g. <see cref="SlaComplianceVerdictRule.NoBreachAllowed"/> or <c>AtLeast(95)</c>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException">An argument or a measurement is null.</exception>
    /// <exception cref="ArgumentException">
    /// Two measurements have the same ticket, metric and cycle; or the options are invalid (the message lists every problem).
    /// </exception>
    public static SlaRequestTypeComplianceTable Create(
        IEnumerable<SlaMeasurement> measurements,
        SlaMetric metric,
        SlaComplianceReportOptions options,
        SlaComplianceVerdictRule rule)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rule);
        options.Validate(nameof(options));
        SlaMeasurement[] all = MeasurementSet.Check(measurements, nameof(measurements));
        var groups = new Dictionary<(string RequestType, SlaTarget Target), List<SlaMeasurement>>();
        int withoutType = 0, outside = 0;
        foreach (SlaMeasurement m in all)
        {
            if (!m.Metric.Equals(metric))
            {
                continue;
            }

            if (m.RequestType is not { } type)
            {
                withoutType++;
                continue;
            }

            if (options.Place(m) is null)
            {
                outside++;
                continue;
            }

            if (!groups.TryGetValue((type, m.Target), out List<SlaMeasurement>? list))
            {
                list = new List<SlaMeasurement>();
                groups.Add((type, m.Target), list);
            }

            list.Add(m);
        }

        var keys = new List<(string RequestType, SlaTarget Target)>(groups.Keys);
        keys.Sort(static (a, b) =>
        {
            int byType = string.CompareOrdinal(a.RequestType, b.RequestType);
            return byType != 0 ? byType : string.CompareOrdinal(a.Target.ToString(), b.Target.ToString());
        });
        var rows = new SlaRequestTypeComplianceRow[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            SlaComplianceFigures figures = SlaComplianceFigures.Of(groups[keys[i]]);
            rows[i] = new SlaRequestTypeComplianceRow(keys[i].RequestType, keys[i].Target, figures, rule.Judge(figures));
        }

        return new SlaRequestTypeComplianceTable(metric, options, rule, rows, withoutType, outside);
    }

    /// <summary>The rows of a request type (one per target it had in the period).</summary>
    /// <param name="requestType">The request type.</param>
    /// <returns>The rows; empty when the type has no measurement in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="requestType"/> is null.</exception>
    public IReadOnlyList<SlaRequestTypeComplianceRow> RowsFor(string requestType)
    {
        ArgumentNullException.ThrowIfNull(requestType);
        return Array.FindAll(rows, r => string.Equals(r.RequestType, requestType, StringComparison.Ordinal));
    }

    /// <summary>
    /// The table as markdown (invariant culture, '\n' line ends): a title line naming the metric, period and rule, the
    /// table (request type, target, requests, met, breaches, cancelled, open, compliance rounded to two decimals as in docs/sla.md,
    /// verdict), and a note for measurements in no row.
    /// </summary>
    /// <returns>The text.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("Compliance of ").Append(Metric.Name).Append(" by request type, ").Append(Options.Describe())
            .Append("; verdict: met when ").Append(Rule.ToString()).Append('\n').Append('\n');
        text.Append("| Request type | Target | Requests | Met | Breaches | Cancelled | Open | Compliance | Verdict |\n");
        text.Append("|---|---|--:|--:|--:|--:|--:|--:|---|\n");
        foreach (SlaRequestTypeComplianceRow row in rows)
        {
            text.Append("| ").Append(ReportText.Cell(row.RequestType))
                .Append(" | ").Append(ReportText.Cell(row.Target.Describe()))
                .Append(" | ");
            SlaComplianceReport.AppendFigures(text, row.Figures, withStatistics: false);
            text.Append(" | ").Append(ReportText.FormatVerdict(row.Verdict)).Append(" |\n");
        }

        if (rows.Length == 0)
        {
            text.Append("| - | - | 0 | 0 | 0 | 0 | 0 | - | not measured |\n");
        }

        if (WithoutRequestType > 0 || OutsidePeriod > 0)
        {
            text.Append('\n');
        }

        if (WithoutRequestType > 0)
        {
            text.Append(ReportText.FormatInt(WithoutRequestType)).Append(" measurement(s) of ").Append(Metric.Name).Append(" without a request type are not shown.\n");
        }

        if (OutsidePeriod > 0)
        {
            text.Append(ReportText.FormatInt(OutsidePeriod)).Append(" measurement(s) of ").Append(Metric.Name).Append(" outside the period are not shown.\n");
        }

        return text.ToString();
    }

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"Compliance of {Metric.Name} by request type, {Options.Describe()}, {Rule}: {ReportText.FormatInt(rows.Length)} row(s)";
}
