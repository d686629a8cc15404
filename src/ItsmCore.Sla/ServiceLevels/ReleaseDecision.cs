using System.Globalization;
using System.Numerics;

namespace ItsmCore.Sla;

/// <summary>
/// The outcome of an <see cref="ErrorBudgetPolicy"/> for an <see cref="ErrorBudget"/>: whether feature releases
/// freeze so that stability work comes first, with the numbers and a reason a host can show or log. A freeze is an
/// expected business outcome, returned as a result with a stable <see cref="Code"/>, never thrown.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class ReleaseDecision
{
    /// <summary>The <see cref="Code"/> when enough budget remains and feature releases may proceed.</summary>
    public const string WithinBudgetCode = "error-budget.within-policy";

    /// <summary>The <see cref="Code"/> when less budget remains than the threshold and feature releases freeze.</summary>
    public const string FreezeCode = "error-budget.freeze-feature-releases";

    internal ReleaseDecision(bool freeze, decimal remainingFraction, decimal remainingPercent, decimal thresholdFraction, decimal thresholdPercent, string reason)
    {
        FreezeFeatureReleases = freeze;
        RemainingFraction = remainingFraction;
        RemainingPercent = remainingPercent;
        ThresholdFraction = thresholdFraction;
        ThresholdPercent = thresholdPercent;
        Reason = reason;
    }

    /// <summary>True when feature releases must freeze (less of the budget remains than the threshold).</summary>
    public bool FreezeFeatureReleases { get; }

    /// <summary><see cref="FreezeCode"/> or <see cref="WithinBudgetCode"/>.</summary>
    public string Code => FreezeFeatureReleases ? FreezeCode : WithinBudgetCode;

    /// <summary>The remaining share of the budget (negative when overspent), as in <see cref="ErrorBudget.RemainingFraction"/>.</summary>
    public decimal RemainingFraction { get; }

    /// <summary>The remaining share of the budget in percent, as in <see cref="ErrorBudget.RemainingPercent"/>.</summary>
    public decimal RemainingPercent { get; }

    /// <summary>The policy's threshold as a share of the budget (0.5 by default): releases freeze when strictly less remains.</summary>
    public decimal ThresholdFraction { get; }

    /// <summary>The policy's threshold in percent of the budget: releases freeze when strictly less remains.</summary>
    public decimal ThresholdPercent { get; }

    /// <summary>
    /// A human-readable reason, e.g. <c>42.12 % of the error budget remains, less than the 50 % threshold: freeze
    /// feature releases and put stability work first.</c> Percentages in the text are rounded down to 0.01 %, so the
    /// text never shows a value at the threshold for a budget below it.
    /// </summary>
    public string Reason { get; }

    /// <summary>The reason.</summary>
    /// <returns><see cref="Reason"/>.</returns>
    public override string ToString() => Reason;

    /// <summary>A fraction as a percentage rounded down (toward negative infinity) to 0.01 %, invariant culture.</summary>
    internal static string FormatPercent(Fraction fraction)
    {
        BigInteger hundredths = (fraction * Fraction.FromInteger(10_000)).Floor();
        BigInteger whole = BigInteger.DivRem(BigInteger.Abs(hundredths), 100, out BigInteger cents);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{(hundredths.Sign < 0 ? "-" : string.Empty)}{whole}.{cents:00}");
    }
}
