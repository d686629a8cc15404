using System;
using FsCheck.Fluent;
using NodaTime;

namespace ItsmCore.Sla.Tests;

public sealed class ErrorBudgetPolicyTests
{
    private static readonly AvailabilityTarget Slo = AvailabilityTarget.FromPercent(99.9m);

    [Fact]
    public void Case7_Decide_20MinutesOf43Point2_DoesNotFreeze()
    {
        ReleaseDecision decision = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, Duration.FromMinutes(20)));

        Assert.False(decision.FreezeFeatureReleases);
        Assert.Equal(ReleaseDecision.WithinBudgetCode, decision.Code);
        Assert.Equal(53.7m, decimal.Round(decision.RemainingPercent, 1));
        Assert.Equal(0.5m, decision.ThresholdFraction);
        Assert.Equal(50m, decision.ThresholdPercent);
    }

    [Fact]
    public void Case7_Decide_25MinutesOf43Point2_FreezesFeatureReleases()
    {
        ReleaseDecision decision = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, Duration.FromMinutes(25)));

        Assert.True(decision.FreezeFeatureReleases);
        Assert.Equal(ReleaseDecision.FreezeCode, decision.Code);
        Assert.Equal(42.1m, decimal.Round(decision.RemainingPercent, 1));
        Assert.Equal(
            "42.12 % of the error budget remains, less than the 50 % threshold: freeze feature releases and put stability work first.",
            decision.Reason);
    }

    [Fact]
    public void Case7_Decide_ExactlyHalfRemaining_DoesNotFreeze()
    {
        // The policy freezes when LESS than 50 % remains: 21.6 min of 43.2 min consumed leaves exactly 50 %, which is not less.
        ReleaseDecision atBoundary = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, Duration.FromSeconds(1_296)));
        ReleaseDecision justBelow = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, Duration.FromSeconds(1_296) + Duration.Epsilon));

        Assert.False(atBoundary.FreezeFeatureReleases);
        Assert.Equal(0.5m, atBoundary.RemainingFraction);
        Assert.Equal("50.00 % of the error budget remains, not less than the 50 % threshold: feature releases may proceed.", atBoundary.Reason);
        Assert.True(justBelow.FreezeFeatureReleases);
        Assert.StartsWith("49.99 % of the error budget remains", justBelow.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Case7_Decide_Events600BadOf1000Allowed_Freezes()
    {
        ReleaseDecision decision = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 600));

        Assert.True(decision.FreezeFeatureReleases);
        Assert.Equal(0.4m, decision.RemainingFraction);
        Assert.Equal(40m, decision.RemainingPercent);
    }

    [Fact]
    public void Decide_OverspentBudget_FreezesAndSaysSo()
    {
        ReleaseDecision decision = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 1_500));

        Assert.True(decision.FreezeFeatureReleases);
        Assert.Equal(-0.5m, decision.RemainingFraction);
        Assert.Equal(
            "The error budget is overspent (-50.00 % remains), less than the 50 % threshold: freeze feature releases and put stability work first.",
            decision.Reason);
    }

    [Fact]
    public void FreezeBelowRemainingPercent_Zero_FreezesOnlyAnOverspentBudget()
    {
        ErrorBudgetPolicy policy = ErrorBudgetPolicy.FreezeBelowRemainingPercent(0m);

        Assert.False(policy.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 1_000)).FreezeFeatureReleases);
        Assert.True(policy.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 1_001)).FreezeFeatureReleases);
    }

    [Fact]
    public void FreezeBelowRemainingPercent_Hundred_FreezesOnAnyConsumption()
    {
        ErrorBudgetPolicy policy = ErrorBudgetPolicy.FreezeBelowRemainingPercent(100m);

        Assert.False(policy.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 0)).FreezeFeatureReleases);
        Assert.True(policy.Decide(ErrorBudget.ForEvents(Slo, 1_000_000, 1)).FreezeFeatureReleases);
        Assert.Equal("freeze feature releases below 100 % of the error budget remaining", policy.ToString());
    }

    [Fact]
    public void Default_Threshold_Is50Percent()
    {
        Assert.Equal(50m, ErrorBudgetPolicy.Default.ThresholdPercent);
        Assert.Equal(0.5m, ErrorBudgetPolicy.Default.ThresholdFraction);
        Assert.Same(ErrorBudgetPolicy.Default, ErrorBudgetPolicy.Default);
    }

    [Theory]
    [InlineData("-0.1")]
    [InlineData("100.1")]
    public void FreezeBelowRemainingPercent_OutOfRange_ThrowsNamingPercent(string percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudgetPolicy.FreezeBelowRemainingPercent(decimal.Parse(percent, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("percent", ex.ParamName);
    }

    [Fact]
    public void Decide_NullBudget_ThrowsNamingBudget()
    {
        Assert.Equal("budget", Assert.Throws<ArgumentNullException>(() => ErrorBudgetPolicy.Default.Decide(null!)).ParamName);
    }

    [Fact]
    public void Decide_Property_FreezesExactlyWhenLessThanTheThresholdRemains()
    {
        var gen = from total in Gen.Choose(1, 10_000_000)
                  from badShare in Gen.Choose(0, 1_000)
                  from threshold in Gen.Choose(0, 100)
                  from slo in Gen.Choose(9_000, 9_999).Select(n => n / 100m)
                  select (Total: (long)total, Bad: (long)total * badShare / 1_000, Threshold: (decimal)threshold, Slo: slo);
        PropertyRunner.Run(gen, s =>
        {
            ErrorBudget budget = ErrorBudget.ForEvents(AvailabilityTarget.FromPercent(s.Slo), s.Total, s.Bad);
            ReleaseDecision decision = ErrorBudgetPolicy.FreezeBelowRemainingPercent(s.Threshold).Decide(budget);

            // remaining < threshold  <=>  allowed - bad < threshold% x allowed, all in exact decimals here.
            decimal allowed = s.Total * (100m - s.Slo) / 100m;
            bool expected = allowed - s.Bad < s.Threshold / 100m * allowed;
            Assert.Equal(expected, decision.FreezeFeatureReleases);
            Assert.Equal(budget.RemainingFraction, decision.RemainingFraction);
        });
    }

    [Fact]
    public void Decide_Property_MoreDowntimeNeverLiftsAFreeze()
    {
        var gen = from a in Gen.Choose(0, 100 * 60)
                  from b in Gen.Choose(0, 100 * 60)
                  select (Less: Duration.FromSeconds(Math.Min(a, b)), More: Duration.FromSeconds(Math.Max(a, b)));
        PropertyRunner.Run(gen, s =>
        {
            bool lessFreezes = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, s.Less)).FreezeFeatureReleases;
            bool moreFreezes = ErrorBudgetPolicy.Default.Decide(ErrorBudget.ForDowntime(Slo, NominalPeriods.Month30Days, s.More)).FreezeFeatureReleases;
            Assert.True(!lessFreezes || moreFreezes, s.ToString());
            Assert.Equal(s.More > Duration.FromSeconds(1_296), moreFreezes);
        });
    }
}
