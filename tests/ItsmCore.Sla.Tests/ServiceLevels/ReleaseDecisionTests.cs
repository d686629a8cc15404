using NodaTime;

namespace ItsmCore.Sla.Tests;

public sealed class ReleaseDecisionTests
{
    [Fact]
    public void Codes_AreStable()
    {
        Assert.Equal("error-budget.within-policy", ReleaseDecision.WithinBudgetCode);
        Assert.Equal("error-budget.freeze-feature-releases", ReleaseDecision.FreezeCode);
    }

    [Fact]
    public void ToString_IsTheReason()
    {
        ReleaseDecision decision = ErrorBudgetPolicy.Default.Decide(
            ErrorBudget.ForDowntime(AvailabilityTarget.FromPercent(99.9m), NominalPeriods.Month30Days, Duration.FromMinutes(20)));

        Assert.Equal(decision.Reason, decision.ToString());
        Assert.Equal("53.70 % of the error budget remains, not less than the 50 % threshold: feature releases may proceed.", decision.Reason);
    }

    [Theory]
    [InlineData(1, 2, "50.00")]
    [InlineData(1, 3, "33.33")]
    [InlineData(2, 3, "66.66")]
    [InlineData(-1, 3, "-33.34")]
    [InlineData(-1, 100_000, "-0.01")]
    [InlineData(499_999, 1_000_000, "49.99")]
    public void FormatPercent_RoundsDownToAHundredthOfAPercent(int numerator, int denominator, string expected)
    {
        Assert.Equal(expected, ReleaseDecision.FormatPercent(new Fraction(numerator, denominator)));
    }
}
