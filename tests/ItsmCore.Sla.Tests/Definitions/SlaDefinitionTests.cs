using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaDefinitionTests
{
    private static readonly SlaTarget Four = SlaTarget.Within(H(4), "24x7");
    private static readonly SlaTarget Eight = SlaTarget.Within(H(8), "jp-office");

    [Fact]
    public void GetTargets_KnownPriority_ReturnsBothTiers()
    {
        SlaDefinition d = Definition();
        SlaPriorityTargets high = d.GetTargets("high");
        Assert.Equal("high", high.Priority);
        Assert.Equal(Four, high.Objective);
        Assert.Null(high.Agreement);
        Assert.Equal(Eight, d.GetTarget("low", SlaTier.Agreement));
        Assert.Null(d.GetTarget("low", SlaTier.Objective));
    }

    [Fact]
    public void GetTargets_UnknownPriority_ThrowsListingKnownOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => Definition().GetTargets("medium"));
        Assert.Equal("priority", e.ParamName);
        Assert.StartsWith("SLA definition 'tasks' has no priority 'medium'. Known priorities: high, low.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HasPriorityAndTryGetTargets_AreOrdinal()
    {
        SlaDefinition d = Definition();
        Assert.True(d.HasPriority("high"));
        Assert.False(d.HasPriority("HIGH"));
        Assert.True(d.TryGetTargets("low", out SlaPriorityTargets? low));
        Assert.Equal(Eight, low.Agreement);
        Assert.False(d.TryGetTargets("Low", out SlaPriorityTargets? none));
        Assert.Null(none);
        Assert.Throws<ArgumentNullException>(() => d.HasPriority(null!));
        Assert.Throws<ArgumentNullException>(() => d.TryGetTargets(null!, out _));
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithEqualHash()
    {
        SlaDefinition a = Definition();
        SlaDefinition b = Definition();
        Assert.NotSame(a, b);
        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_AnyDifference_IsNotEqual()
    {
        SlaDefinition a = Definition();
        Assert.NotEqual(a, Definition(b => b.WithName("Other")));
        Assert.NotEqual(a, Definition(b => b.WithThresholds(SlaThresholds.Default)));
        Assert.NotEqual(a, Definition(b => b.WithTargetChangePolicy(SlaTargetChangePolicy.Restart)));
        Assert.NotEqual(a, Definition(b => b.WithPriority("extra", Four, null)));
        Assert.NotEqual(a, SlaDefinition.CreateBuilder("tasks", SlaMetric.FirstResponse).WithPriority("high", Four, null).WithPriority("low", null, Eight).Build());
        Assert.NotEqual(a, SlaDefinition.CreateBuilder("tasks", SlaMetric.Resolution).WithPriority("low", null, Eight).WithPriority("high", Four, null).Build());
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void ToString_NamesIdMetricAndPriorityCount()
    {
        Assert.Equal("SLA definition 'tasks' (resolution, 2 priorities)", Definition().ToString());
        Assert.Equal(
            "SLA definition 'one' (first-response, 1 priority)",
            SlaDefinition.CreateBuilder("one", SlaMetric.FirstResponse).WithPriority("p", Four, null).Build().ToString());
    }

    private static SlaDefinition Definition(Action<SlaDefinitionBuilder>? extra = null)
    {
        SlaDefinitionBuilder b = SlaDefinition.CreateBuilder("tasks", SlaMetric.Resolution).WithPriority("high", Four, null).WithPriority("low", null, Eight);
        extra?.Invoke(b);
        return b.Build();
    }
}
