using System;
using System.Globalization;

namespace ItsmCore.Sla;

/// <summary>
/// When an error budget freezes feature releases: when strictly less than a threshold share of the budget remains
/// (by default 50 %), releases freeze and stability work comes first. Exactly at the threshold releases may proceed.
/// </summary>
/// <remarks>
/// The comparison uses the budget's exact remaining fraction, not a rounded one. Policies are published as static
/// members (<see cref="Default"/>) or made with <see cref="FreezeBelowRemainingPercent"/>. Instances are immutable and
/// thread-safe.
/// </remarks>
public sealed class ErrorBudgetPolicy
{
    private ErrorBudgetPolicy(decimal thresholdPercent)
    {
        Threshold = Fraction.FromDecimal(thresholdPercent) / Fraction.FromInteger(100);
        ThresholdPercent = Fraction.FromDecimal(thresholdPercent).ToDecimal();
    }

    /// <summary>Freeze feature releases when less than 50 % of the budget remains.</summary>
    public static ErrorBudgetPolicy Default { get; } = new(50m);

    /// <summary>The threshold in percent of the budget: releases freeze when strictly less remains.</summary>
    /// <value>The default value (<see cref="Default"/>) is 50.</value>
    public decimal ThresholdPercent { get; }

    /// <summary>The threshold as a share of the budget (<see cref="ThresholdPercent"/> / 100).</summary>
    public decimal ThresholdFraction => Threshold.ToDecimal();

    internal Fraction Threshold { get; }

    /// <summary>
    /// A policy that freezes feature releases when strictly less than <paramref name="percent"/> % of the budget
    /// remains. 0 freezes only an overspent budget; 100 freezes as soon as anything is consumed.
    /// </summary>
    /// <param name="percent">0 to 100 inclusive.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is below 0 or above 100.</exception>
    public static ErrorBudgetPolicy FreezeBelowRemainingPercent(decimal percent)
    {
        if (percent < 0m || percent > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, "The threshold must be between 0 % and 100 % of the budget.");
        }

        return new ErrorBudgetPolicy(percent);
    }

    /// <summary>Decides whether <paramref name="budget"/> freezes feature releases.</summary>
    /// <param name="budget">The error budget.</param>
    /// <returns>The decision, with the remaining share, the threshold and a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="budget"/> is null.</exception>
    /// <exception cref="OverflowException">The remaining fraction is beyond the range of <see cref="decimal"/> (see <see cref="ErrorBudget"/>).</exception>
    public ReleaseDecision Decide(ErrorBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        Fraction remaining = budget.ExactRemainingFraction;
        bool freeze = remaining < Threshold;
        string shown = ReleaseDecision.FormatPercent(remaining);
        string threshold = ThresholdPercent.ToString(CultureInfo.InvariantCulture);
        string reason = (freeze, remaining.Sign < 0) switch
        {
            (true, true) => $"The error budget is overspent ({shown} % remains), less than the {threshold} % threshold: freeze feature releases and put stability work first.",
            (true, false) => $"{shown} % of the error budget remains, less than the {threshold} % threshold: freeze feature releases and put stability work first.",
            _ => $"{shown} % of the error budget remains, not less than the {threshold} % threshold: feature releases may proceed.",
        };
        return new ReleaseDecision(freeze, budget.RemainingFraction, budget.RemainingPercent, ThresholdFraction, ThresholdPercent, reason);
    }

    /// <summary>The policy, e.g. <c>freeze feature releases below 50 % of the error budget remaining</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"freeze feature releases below {ThresholdPercent} % of the error budget remaining");
}
