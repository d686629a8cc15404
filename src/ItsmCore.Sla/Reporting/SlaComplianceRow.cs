using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// One row of an <see cref="SlaComplianceReport"/>: the figures of one metric and priority in one month of the period,
/// or over the whole period (a total row, <see cref="Month"/> null). Immutable and thread-safe; rows compare by value.
/// </summary>
public sealed record SlaComplianceRow
{
    internal SlaComplianceRow(SlaMetric metric, string priority, YearMonth? month, SlaComplianceFigures figures)
    {
        Metric = metric;
        Priority = priority;
        Month = month;
        Figures = figures;
    }

    /// <summary>The metric.</summary>
    public SlaMetric Metric { get; }

    /// <summary>The priority label.</summary>
    public string Priority { get; }

    /// <summary>The month, in the report's zone; null for the total over the period.</summary>
    public YearMonth? Month { get; }

    /// <summary>True for the total over the whole period.</summary>
    public bool IsTotal => Month is null;

    /// <summary>The figures of the measurements placed in this row.</summary>
    public SlaComplianceFigures Figures { get; }

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Metric} {Priority} {(Month is { } m ? ReportText.FormatMonth(m) : "total")}: {Figures}";
}
