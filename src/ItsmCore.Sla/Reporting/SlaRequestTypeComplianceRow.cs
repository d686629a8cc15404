namespace ItsmCore.Sla;

/// <summary>
/// One row of an <see cref="SlaRequestTypeComplianceTable"/>: a request type with its target, the figures of its
/// measurements over the period (<see cref="SlaComplianceFigures.Count"/>, <see cref="SlaComplianceFigures.Breached"/>,
/// <see cref="SlaComplianceFigures.CompliancePercent"/>...) and the verdict of the table's rule.
/// Immutable and thread-safe; rows compare by value.
/// </summary>
public sealed record SlaRequestTypeComplianceRow
{
    internal SlaRequestTypeComplianceRow(string requestType, SlaTarget target, SlaComplianceFigures figures, SlaComplianceVerdict verdict)
    {
        RequestType = requestType;
        Target = target;
        Figures = figures;
        Verdict = verdict;
    }

    /// <summary>The request type.</summary>
    public string RequestType { get; }

    /// <summary>The target of the measurements in this row.</summary>
    public SlaTarget Target { get; }

    /// <summary>The figures; <see cref="SlaComplianceFigures.Breached"/> is the number of breaches.</summary>
    public SlaComplianceFigures Figures { get; }

    /// <summary>The verdict of the table's rule on <see cref="Figures"/>.</summary>
    public SlaComplianceVerdict Verdict { get; }

    /// <summary>A one-line summary.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{RequestType} ({Target.Describe()}): {Figures}; {Verdict}";
}
