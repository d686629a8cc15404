namespace ItsmCore.Sla;

/// <summary>Whether a row of a compliance table meets its required compliance (<see cref="SlaComplianceVerdictRule"/>).</summary>
public enum SlaComplianceVerdict
{
    /// <summary>No measurement counts towards compliance (none met or breached): there is nothing to judge.</summary>
    NotMeasured,

    /// <summary>The compliance is at least the required percentage.</summary>
    Met,

    /// <summary>The compliance is below the required percentage.</summary>
    NotMet,
}
