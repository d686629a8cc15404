using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaComplianceVerdictRuleTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 6, 1, 0, 0);

    /// <summary>Figures of <paramref name="met"/> met and <paramref name="breached"/> breached measurements (60 min budget).</summary>
    private static SlaComplianceFigures Figures(int met, int breached, int open = 0)
    {
        var list = new List<SlaMeasurement>();
        list.AddRange(Enumerable.Range(0, met).Select(i => Minutes($"M{i}", 30, 60, T0)));
        list.AddRange(Enumerable.Range(0, breached).Select(i => Minutes($"B{i}", 90, 60, T0)));
        list.AddRange(Enumerable.Range(0, open).Select(i => OpenAt($"O{i}", T0, T0 + Min(10), Min(10), Min(60))));
        return SlaComplianceFigures.From(list);
    }

    [Fact]
    public void Judge_NineteenOfTwentyAgainst95Percent_IsMet()
    {
        Assert.Equal(SlaComplianceVerdict.Met, SlaComplianceVerdictRule.AtLeast(95m).Judge(Figures(19, 1)));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.NoBreachAllowed.Judge(Figures(19, 1)));
    }

    [Fact]
    public void Judge_JustBelowTheRequirement_IsNotMet()
    {
        // 189 / 199 = 94.97 %; 18 / 19 = 94.74 %.
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.AtLeast(95m).Judge(Figures(189, 10)));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.AtLeast(95m).Judge(Figures(18, 1)));
        Assert.Equal(SlaComplianceVerdict.Met, SlaComplianceVerdictRule.AtLeast(94.736m).Judge(Figures(18, 1)));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.AtLeast(94.737m).Judge(Figures(18, 1)));
    }

    [Fact]
    public void Judge_NoBreachAllowed_MetOnlyWithoutBreaches()
    {
        Assert.Equal(SlaComplianceVerdict.Met, SlaComplianceVerdictRule.NoBreachAllowed.Judge(Figures(3, 0, open: 2)));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.NoBreachAllowed.Judge(Figures(300, 1)));
        Assert.Equal(SlaComplianceVerdict.NotMet, SlaComplianceVerdictRule.AtLeast(0.001m).Judge(Figures(0, 1)));
    }

    [Fact]
    public void Judge_NothingMetOrBreached_IsNotMeasured()
    {
        Assert.Equal(SlaComplianceVerdict.NotMeasured, SlaComplianceVerdictRule.NoBreachAllowed.Judge(Figures(0, 0, open: 3)));
        Assert.Equal(SlaComplianceVerdict.NotMeasured, SlaComplianceVerdictRule.AtLeast(50m).Judge(SlaComplianceFigures.Empty));
        Throws<ArgumentNullException>("figures", () => SlaComplianceVerdictRule.NoBreachAllowed.Judge(null!));
    }

    [Fact]
    public void AtLeast_Values_AreKeptAndPrinted()
    {
        Assert.Same(SlaComplianceVerdictRule.NoBreachAllowed, SlaComplianceVerdictRule.AtLeast(100m));
        Assert.Equal(99.95m, SlaComplianceVerdictRule.AtLeast(99.95m).RequiredPercent);
        Assert.Equal(SlaComplianceVerdictRule.AtLeast(95m), SlaComplianceVerdictRule.AtLeast(95.0m));
        Assert.Equal("compliance >= 99.95 %", SlaComplianceVerdictRule.AtLeast(99.95m).ToString());
        Assert.Equal("compliance >= 100 %", SlaComplianceVerdictRule.NoBreachAllowed.ToString());
    }

    [Fact]
    public void AtLeast_OutOfRange_ThrowsNamingThePercent()
    {
        Throws<ArgumentOutOfRangeException>("percent", () => SlaComplianceVerdictRule.AtLeast(0m));
        Throws<ArgumentOutOfRangeException>("percent", () => SlaComplianceVerdictRule.AtLeast(-1m));
        Throws<ArgumentOutOfRangeException>("percent", () => SlaComplianceVerdictRule.AtLeast(100.001m));
        Throws<ArgumentOutOfRangeException>("percent", () => SlaComplianceVerdictRule.AtLeast(99.9999m));
    }
}
