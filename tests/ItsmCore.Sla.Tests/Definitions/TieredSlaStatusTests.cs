using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class TieredSlaStatusTests
{
    [Fact]
    public void Get_EachTier_ReturnsItsStatus()
    {
        SlaDefinition d = SlaDefinition.CreateBuilder("notify", SlaMetric.CustomerNotification)
            .WithPriority("not-affected", SlaTarget.Within(M(60), "24x7"), null).Build();
        TieredSlaStatus s = TieredSlaClock.Start(d, "not-affected", Jst(2026, 11, 21, 2, 0), Catalog).Evaluate(Jst(2026, 11, 21, 2, 20));
        Assert.Equal(M(20), s.Get(SlaTier.Objective)!.Value.Elapsed);
        Assert.Null(s.Get(SlaTier.Agreement));
        Assert.Equal(s.Objective, s.Get(SlaTier.Objective));
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => s.Get((SlaTier)(-1))).ParamName);
    }

    [Fact]
    public void RequireAndTryGet_PresentAndAbsentTiers_ReadWithoutNullableValue()
    {
        SlaDefinition d = SlaDefinition.CreateBuilder("notify", SlaMetric.CustomerNotification)
            .WithPriority("not-affected", SlaTarget.Within(M(60), "24x7"), null).Build();
        TieredSlaStatus s = TieredSlaClock.Start(d, "not-affected", Jst(2026, 11, 21, 2, 0), Catalog).Evaluate(Jst(2026, 11, 21, 2, 20));

        Assert.Equal(Jst(2026, 11, 21, 3, 0), s.Require(SlaTier.Objective).DueAt);
        Assert.True(s.TryGet(SlaTier.Objective, out SlaStatus objective));
        Assert.Equal(M(20), objective.Elapsed);
        Assert.False(s.TryGet(SlaTier.Agreement, out SlaStatus none));
        Assert.Equal(default, none);
        InvalidOperationException ex = Assert.Throws<InvalidOperationException>(() => s.Require(SlaTier.Agreement));
        Assert.Contains("agreement (SLA) tier has no clock", ex.Message, StringComparison.Ordinal);
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => s.Require((SlaTier)7)).ParamName);
    }
}
