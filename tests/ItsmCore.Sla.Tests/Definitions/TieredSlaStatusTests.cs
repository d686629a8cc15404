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
}
