using System;
using ItsmCore.Primitives.Tests.Support;

namespace ItsmCore.Primitives.Tests;

public sealed class LifecycleBuilderTests
{
    private static LifecycleBuilder<TicketState, TicketTrigger> ValidTable() =>
        Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", TicketState.New)
            .Permit(TicketState.New, TicketTrigger.Open, TicketState.Open)
            .Permit(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved)
            .Permit(TicketState.Resolved, TicketTrigger.Close, TicketState.Closed);

    [Fact]
    public void CreateBuilder_NullRecordType_ThrowsArgumentNull()
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => Lifecycle<TicketState, TicketTrigger>.CreateBuilder(null!, TicketState.New)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" Ticket")]
    public void CreateBuilder_BlankOrPaddedRecordType_ThrowsArgument(string recordType)
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentException>(() => Lifecycle<TicketState, TicketTrigger>.CreateBuilder(recordType, TicketState.New)).ParamName);
    }

    [Fact]
    public void CreateBuilder_UndefinedInitialState_ThrowsArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", (TicketState)42));

        Assert.Equal("initialState", ex.ParamName);
        Assert.Contains("42 is not a defined TicketState", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Permit_AnyTransition_ReturnsSameBuilder()
    {
        LifecycleBuilder<TicketState, TicketTrigger> builder = Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", TicketState.New);

        Assert.Same(builder, builder.Permit(TicketState.New, TicketTrigger.Open, TicketState.Open));
    }

    [Fact]
    public void Build_ValidTable_KeepsDeclarationOrder()
    {
        Lifecycle<TicketState, TicketTrigger> lifecycle = ValidTable().Build();

        Assert.Equal([TicketTrigger.Open, TicketTrigger.Resolve, TicketTrigger.Close], System.Linq.Enumerable.Select(lifecycle.Transitions, t => t.Trigger));
    }

    [Fact]
    public void Build_LaterPermits_DoNotChangeABuiltLifecycle()
    {
        LifecycleBuilder<TicketState, TicketTrigger> builder = ValidTable();
        Lifecycle<TicketState, TicketTrigger> first = builder.Build();

        Lifecycle<TicketState, TicketTrigger> second = builder.Permit(TicketState.Closed, TicketTrigger.Reopen, TicketState.Open).Build();

        Assert.Equal(3, first.Transitions.Count);
        Assert.False(first.CanFire(TicketState.Closed, TicketTrigger.Reopen));
        Assert.Equal([TicketState.Closed], first.FinalStates);
        Assert.Equal(4, second.Transitions.Count);
        Assert.Empty(second.FinalStates);
    }

    [Fact]
    public void Build_DuplicateStateAndTrigger_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ValidTable().Permit(TicketState.Open, TicketTrigger.Resolve, TicketState.Closed).Build());

        Assert.Equal("The Ticket lifecycle is not valid: Resolve from Open is declared more than once; a state and trigger lead to one state.", ex.Message.Split(" (Parameter")[0]);
    }

    [Fact]
    public void Build_ExactDuplicate_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ValidTable().Permit(TicketState.New, TicketTrigger.Open, TicketState.Open).Build());

        Assert.Contains("Open from New is declared more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnreachableState_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", TicketState.New)
            .Permit(TicketState.New, TicketTrigger.Open, TicketState.Open)
            .Permit(TicketState.Open, TicketTrigger.Resolve, TicketState.Resolved)
            .Permit(TicketState.Closed, TicketTrigger.Reopen, TicketState.Open)
            .Build());

        Assert.Contains("Closed cannot be reached from New.", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Resolved cannot be reached", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UndefinedValues_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => ValidTable()
            .Permit(TicketState.Closed, (TicketTrigger)7, TicketState.Open)
            .Permit((TicketState)8, TicketTrigger.Open, TicketState.Open)
            .Permit(TicketState.Closed, TicketTrigger.Reopen, (TicketState)9)
            .Build());

        Assert.Contains("Closed --7--> Open uses a value that is not defined.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("8 --Open--> Open uses a value that is not defined.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Closed --Reopen--> 9 uses a value that is not defined.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Build_BlankCondition_Rejected(string condition)
    {
        var ex = Assert.Throws<ArgumentException>(() => ValidTable().Permit(TicketState.Resolved, TicketTrigger.Reopen, TicketState.Open, condition).Build());

        Assert.Contains($"Resolved --Reopen [{condition}]--> Open has a blank condition.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryProblem_ReportedAtOnce()
    {
        var ex = Assert.Throws<ArgumentException>(() => Lifecycle<TicketState, TicketTrigger>.CreateBuilder("Ticket", TicketState.New)
            .Permit(TicketState.New, TicketTrigger.Open, TicketState.Open)
            .Permit(TicketState.New, TicketTrigger.Open, TicketState.Resolved)
            .Permit(TicketState.Open, (TicketTrigger)99, TicketState.Open)
            .Permit(TicketState.Open, TicketTrigger.Resolve, TicketState.Open, " ")
            .Build());

        Assert.Equal("transitions", ex.ParamName);
        Assert.Equal(
            "The Ticket lifecycle is not valid: "
            + "Open from New is declared more than once; a state and trigger lead to one state. "
            + "Open --99--> Open uses a value that is not defined. "
            + "Open --Resolve [ ]--> Open has a blank condition. "
            + "Closed cannot be reached from New.",
            ex.Message.Split(" (Parameter")[0]);
    }
}
