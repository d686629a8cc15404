using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaPriorityTargetsTests
{
    [Fact]
    public void Get_EachTier_ReturnsItsTarget()
    {
        SlaPriorityTargets t = new SlaPriorityTargets("high", SlaTarget.Within(M(15), "24x7"), null);
        Assert.Equal(SlaTarget.Within(M(15), "24x7"), t.Get(SlaTier.Objective));
        Assert.Null(t.Get(SlaTier.Agreement));
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => t.Get((SlaTier)2)).ParamName);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(new SlaPriorityTargets("p", null, SlaTarget.Within(H(2), "x")), new SlaPriorityTargets("p", null, SlaTarget.Within(H(2), "x")));
        Assert.NotEqual(new SlaPriorityTargets("p", null, SlaTarget.Within(H(2), "x")), new SlaPriorityTargets("p", SlaTarget.Within(H(2), "x"), null));
    }

    [Fact]
    public void ToString_ShowsBothTiers()
    {
        Assert.Equal(
            "not-affected: objective 0:01:00:00 working time on '24x7'; agreement none",
            new SlaPriorityTargets("not-affected", SlaTarget.Within(M(60), "24x7"), null).ToString());
    }
}
