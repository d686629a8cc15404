using System;
using System.Linq;
using ItsmCore.Primitives.Tests.Support;

namespace ItsmCore.Primitives.Tests;

public enum SingleState
{
    Only,
}

public enum LoopState
{
    Active,
    Done,
}

public sealed class LifecycleTests
{
    private static readonly Lifecycle<TicketState, TicketTrigger> Tickets = Ticket.Lifecycle;

    [Fact]
    public void Properties_TicketLifecycle_DescribeTheTable()
    {
        Assert.Equal("Ticket", Tickets.RecordType);
        Assert.Equal(TicketState.New, Tickets.InitialState);
        Assert.Equal([TicketState.New, TicketState.Open, TicketState.Resolved, TicketState.Closed], Tickets.States);
        Assert.Equal([TicketState.Closed], Tickets.FinalStates);
        Assert.Equal(
            ["New --Open--> Open", "Open --Resolve [resolution required]--> Resolved", "Resolved --Reopen--> Open", "Resolved --Close--> Closed"],
            Tickets.Transitions.Select(t => t.ToString()));
    }

    [Theory]
    [InlineData(TicketState.New, TicketTrigger.Open, true)]
    [InlineData(TicketState.Open, TicketTrigger.Resolve, true)]
    [InlineData(TicketState.Resolved, TicketTrigger.Reopen, true)]
    [InlineData(TicketState.Resolved, TicketTrigger.Close, true)]
    [InlineData(TicketState.New, TicketTrigger.Close, false)]
    [InlineData(TicketState.Open, TicketTrigger.Open, false)]
    [InlineData(TicketState.Open, TicketTrigger.Close, false)]
    [InlineData(TicketState.Closed, TicketTrigger.Reopen, false)]
    [InlineData((TicketState)99, TicketTrigger.Open, false)]
    [InlineData(TicketState.New, (TicketTrigger)99, false)]
    public void CanFire_AnyStateAndTrigger_AnswersFromTheTable(TicketState from, TicketTrigger trigger, bool expected)
    {
        Assert.Equal(expected, Tickets.CanFire(from, trigger));
    }

    [Fact]
    public void TransitionsFrom_State_ReturnsDeclaredTransitionsInOrder()
    {
        Assert.Equal([TicketTrigger.Reopen, TicketTrigger.Close], Tickets.TransitionsFrom(TicketState.Resolved).Select(t => t.Trigger));
        Assert.Equal([TicketState.Open, TicketState.Closed], Tickets.TransitionsFrom(TicketState.Resolved).Select(t => t.To));
        Assert.Single(Tickets.TransitionsFrom(TicketState.New));
        Assert.Empty(Tickets.TransitionsFrom(TicketState.Closed));
    }

    [Fact]
    public void Fire_DeclaredTransition_ReturnsIt()
    {
        LifecycleTransition<TicketState, TicketTrigger> transition = Tickets.Fire(TicketState.Open, TicketTrigger.Resolve, "T-1");

        Assert.Same(Tickets.Transitions[1], transition);
        Assert.Equal(TicketState.Resolved, transition.To);
        Assert.Equal("resolution required", transition.Condition);
    }

    [Fact]
    public void Fire_UndeclaredTransition_ThrowsListingAllowedTransitions()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Tickets.Fire(TicketState.Resolved, TicketTrigger.Resolve, "T-9"));

        Assert.Equal("Ticket", ex.RecordType);
        Assert.Equal("T-9", ex.RecordId);
        Assert.Equal("Resolved", ex.State);
        Assert.Equal("Resolve", ex.Attempted);
        Assert.Equal("the Ticket lifecycle has no Resolve transition from Resolved; allowed from Resolved: Reopen (to Open), Close (to Closed)", ex.Reason);
        Assert.Equal(
            "Ticket T-9: cannot Resolve while Resolved: the Ticket lifecycle has no Resolve transition from Resolved; allowed from Resolved: Reopen (to Open), Close (to Closed)",
            ex.Message);
    }

    [Fact]
    public void Fire_FromFinalState_ThrowsSayingItIsFinal()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Tickets.Fire(TicketState.Closed, TicketTrigger.Reopen, "T-1"));

        Assert.Equal("Closed is a final state; no transition leaves it", ex.Reason);
        Assert.Equal("Ticket T-1: cannot Reopen while Closed: Closed is a final state; no transition leaves it", ex.Message);
    }

    [Fact]
    public void Fire_NullRecordId_ThrowsArgumentNull()
    {
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => Tickets.Fire(TicketState.New, TicketTrigger.Open, null!)).ParamName);
    }

    [Fact]
    public void FinalStates_SelfLoop_CountsAsAWayOut()
    {
        Lifecycle<LoopState, TicketTrigger> lifecycle = Lifecycle<LoopState, TicketTrigger>.CreateBuilder("Loop", LoopState.Active)
            .Permit(LoopState.Active, TicketTrigger.Reopen, LoopState.Active)
            .Permit(LoopState.Active, TicketTrigger.Close, LoopState.Done)
            .Build();

        Assert.Equal([LoopState.Done], lifecycle.FinalStates);
        Assert.Equal(LoopState.Active, lifecycle.Fire(LoopState.Active, TicketTrigger.Reopen, "L-1").To);
    }

    [Fact]
    public void Build_SingleStateNoTransitions_InitialStateIsFinal()
    {
        Lifecycle<SingleState, TicketTrigger> lifecycle = Lifecycle<SingleState, TicketTrigger>.CreateBuilder("Note", SingleState.Only).Build();

        Assert.Empty(lifecycle.Transitions);
        Assert.Equal([SingleState.Only], lifecycle.FinalStates);
        Assert.False(lifecycle.CanFire(SingleState.Only, TicketTrigger.Open));
    }

    [Fact]
    public void ToMermaid_TicketLifecycle_MatchesApprovedDiagram()
    {
        Snapshot.Verify(Tickets.ToMermaid(), "LifecycleTests.ToMermaid_TicketLifecycle");
    }

    [Fact]
    public void ToMermaid_CalledTwice_IsDeterministicAndUsesLineFeeds()
    {
        string diagram = Tickets.ToMermaid();

        Assert.Equal(diagram, Tickets.ToMermaid());
        Assert.DoesNotContain("\r", diagram, StringComparison.Ordinal);
        Assert.StartsWith("stateDiagram-v2\n    [*] --> New\n", diagram, StringComparison.Ordinal);
        Assert.EndsWith("    Closed --> [*]\n", diagram, StringComparison.Ordinal);
    }
}
