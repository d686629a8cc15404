using System;
using System.Globalization;

namespace ItsmCore.Sla;

/// <summary>
/// How a compliance table judges a row: <see cref="SlaComplianceVerdict.Met"/> when
/// <see cref="SlaComplianceFigures.CompliancePercent"/> is at least <see cref="RequiredPercent"/>,
/// <see cref="SlaComplianceVerdict.NotMet"/> when below, <see cref="SlaComplianceVerdict.NotMeasured"/> when no
/// measurement was met or breached. The comparison is exact (<c>100 × Met ≥ RequiredPercent × (Met + Breached)</c> in
/// integer arithmetic), so 19 of 20 meets 95 % and 189 of 199 (94.97 %) does not.
/// Immutable and thread-safe; rules compare by value.
/// </summary>
public sealed record SlaComplianceVerdictRule
{
    private SlaComplianceVerdictRule(decimal requiredPercent) => RequiredPercent = requiredPercent;

    /// <summary>100 %: a single breach fails the row.</summary>
    public static SlaComplianceVerdictRule NoBreachAllowed { get; } = new(100m);

    /// <summary>The required compliance, in percent.</summary>
    public decimal RequiredPercent { get; }

    /// <summary>A rule requiring at least <paramref name="percent"/> % compliance (e.g. 95).</summary>
    /// <param name="percent">Greater than 0 and at most 100, with at most three decimal places.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is out of range or too precise.</exception>
    public static SlaComplianceVerdictRule AtLeast(decimal percent)
    {
        if (percent <= 0m || percent > 100m || decimal.Round(percent, 3) != percent)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The required compliance must be greater than 0 and at most 100 percent, with at most three decimal places.");
        }

        return percent == 100m ? NoBreachAllowed : new SlaComplianceVerdictRule(percent);
    }

    /// <summary>Judges figures.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The verdict.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    public SlaComplianceVerdict Judge(SlaComplianceFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        long decided = (long)figures.Met + figures.Breached;
        if (decided == 0)
        {
            return SlaComplianceVerdict.NotMeasured;
        }

        // 100 × Met ≥ (required × 1000 / 1000) × decided  <=>  100 000 × Met ≥ required × 1000 × decided (exact: required has at most 3 decimals).
        long requiredThousandths = (long)(RequiredPercent * 1000m);
        return 100_000L * figures.Met >= requiredThousandths * decided ? SlaComplianceVerdict.Met : SlaComplianceVerdict.NotMet;
    }

    /// <summary>The rule as text, e.g. <c>compliance &gt;= 95 %</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "compliance >= " + RequiredPercent.ToString("0.###", CultureInfo.InvariantCulture) + " %";
}
