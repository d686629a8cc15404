using ItsmCore.Primitives.Tests.Support;

namespace ItsmCore.Primitives.Tests;

public sealed class LifecycleTransitionTests
{
    [Fact]
    public void ToString_WithoutCondition_ShowsArrow()
    {
        var transition = new LifecycleTransition<TicketState, TicketTrigger>(TicketState.New, TicketTrigger.Open, TicketState.Open, null);

        Assert.Equal("New --Open--> Open", transition.ToString());
    }

    [Fact]
    public void ToString_WithCondition_ShowsConditionInBrackets()
    {
        var transition = new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved, "resolution required");

        Assert.Equal("Open --Resolve [resolution required]--> Resolved", transition.ToString());
    }

    [Fact]
    public void Equals_SameFourValues_AreEqual()
    {
        var transition = new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved, "c");

        Assert.Equal(new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved, "c"), transition);
        Assert.NotEqual(new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved, null), transition);
        Assert.NotEqual(new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Resolve, TicketState.Closed, "c"), transition);
        Assert.NotEqual(new LifecycleTransition<TicketState, TicketTrigger>(TicketState.Open, TicketTrigger.Close, TicketState.Resolved, "c"), transition);
        Assert.NotEqual(new LifecycleTransition<TicketState, TicketTrigger>(TicketState.New, TicketTrigger.Resolve, TicketState.Resolved, "c"), transition);
    }
}
