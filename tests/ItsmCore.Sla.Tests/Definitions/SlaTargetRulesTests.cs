using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaTargetRulesTests
{
    private static readonly SlaDefinition Definition =
        SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
            .WithPriority("fast", null, SlaTarget.Within(H(1), "jp-office"))
            .WithPriority("slow", SlaTarget.Within(H(4), "jp-office"), SlaTarget.Within(H(8), "jp-office"))
            .Build();

    private static SlaTargetRules Rules() =>
        SlaTargetRules.CreateBuilder(Definition)
            .DeclareFlag("urgent")
            .DeclareText("type", "a", "b")
            .AddRuleOnCalendar("urgent a", "fast", "24x7", SlaCondition.FlagIs("urgent", true), SlaCondition.TextIsOneOf("type", "a"))
            .AddRule("otherwise", "slow")
            .Build();

    [Fact]
    public void Select_FirstMatchingRuleWins_AndItsCalendarMovesTheTargets()
    {
        SlaTargetSelection s = Rules().Select(SlaTicketAttributes.Empty.With("urgent", true).With("type", "a"))!;
        Assert.Equal("urgent a", s.Rule.Name);
        Assert.Equal("fast", s.Priority);
        Assert.Equal("24x7", s.CalendarOverride);
        Assert.Equal(SlaTarget.Within(H(1), "24x7"), s.Targets.Agreement);

        SlaTargetSelection other = Rules().Select(SlaTicketAttributes.Empty.With("urgent", true).With("type", "b"))!;
        Assert.Equal(1, other.RuleIndex);
        Assert.Null(other.CalendarOverride);
        Assert.Equal(Definition.GetTargets("slow"), other.Targets);
    }

    [Fact]
    public void Select_NoRuleMatches_ReturnsNull()
    {
        SlaTargetRules rules = SlaTargetRules.CreateBuilder(Definition).DeclareFlag("urgent")
            .AddRule("urgent", "fast", SlaCondition.FlagIs("urgent", true)).Build();
        Assert.Null(rules.Select(SlaTicketAttributes.Empty.With("urgent", false)));
    }

    [Fact]
    public void Select_AttributesThatDoNotFit_ListsEveryProblem()
    {
        SlaTicketAttributes bad = SlaTicketAttributes.Empty.With("type", "c").With("colour", "red");
        ArgumentException e = Assert.Throws<ArgumentException>(() => Rules().Select(bad));
        Assert.Equal("attributes", e.ParamName);
        Assert.Contains("'urgent' is missing; it is a declared flag.", e.Message, StringComparison.Ordinal);
        Assert.Contains("'type' is \"c\", which is not one of its declared values (a, b).", e.Message, StringComparison.Ordinal);
        Assert.Contains("'colour' is not a declared attribute of these rules.", e.Message, StringComparison.Ordinal);

        ArgumentException kind = Assert.Throws<ArgumentException>(
            () => Rules().Select(SlaTicketAttributes.Empty.With("urgent", "yes").With("type", true)));
        Assert.Contains("'urgent' is a flag, not a text.", kind.Message, StringComparison.Ordinal);
        Assert.Contains("'type' is a text, not a flag.", kind.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BrokenRules_ReportsEveryProblemAtOnce()
    {
        SlaDefinitionException e = Assert.Throws<SlaDefinitionException>(() =>
            SlaTargetRules.CreateBuilder(Definition)
                .DeclareFlag("urgent")
                .DeclareFlag("urgent")
                .DeclareText("type", "a", "a")
                .AddRule("r", "missing", SlaCondition.FlagIs("nope", true))
                .AddRule("r", "fast", SlaCondition.TextIsOneOf("urgent", "x"), SlaCondition.TextIsOneOf("type", "z"))
                .AddRule("always", "slow")
                .AddRule("after", "slow", SlaCondition.TextIsOneOf("type"))
                .Build());
        Assert.Equal(
            new[]
            {
                "Target rules: Attribute 'urgent' is declared more than once.",
                "Target rules: Attribute 'type': the value \"a\" is given more than once.",
                "Target rules: Rule 'r' chooses priority 'missing', which SLA definition 'resolution' does not have.",
                "Target rules: Rule 'r': condition nope = true reads 'nope', which is not declared.",
                "Target rules: Rule 'r' is named more than once; give each rule its own name.",
                "Target rules: Rule 'r': condition urgent in (\"x\") treats 'urgent' as a text, but it is declared as a flag.",
                "Target rules: Rule 'r': condition type in (\"z\"): \"z\" is not a declared value of 'type'.",
                "Target rules: Rule 'after' follows rule 'always', which always matches; it could never match.",
                "Target rules: Rule 'after': condition type in () lists no values; give at least one.",
            },
            e.Problems);
        Assert.Throws<SlaDefinitionException>(() => SlaTargetRules.CreateBuilder(Definition).Build());
    }

    [Fact]
    public void Attributes_InvalidOrRepeated_Throw()
    {
        Assert.Throws<ArgumentException>(() => SlaTicketAttributes.Empty.With("urgent", true).With("urgent", false));
        Assert.Throws<ArgumentException>(() => SlaTicketAttributes.Empty.With(" urgent", true));
        Assert.Throws<ArgumentException>(() => SlaTicketAttributes.Empty.With("type", ""));
        Assert.Throws<ArgumentNullException>(() => SlaTicketAttributes.Empty.With("type", (string)null!));
        SlaTicketAttributes a = SlaTicketAttributes.Empty.With("urgent", false).With("type", "a");
        Assert.True(a.TryGetFlag("urgent", out bool urgent));
        Assert.False(urgent);
        Assert.False(a.TryGetFlag("type", out _));
        Assert.True(a.TryGetText("type", out string? type));
        Assert.Equal("a", type);
        Assert.Equal("type = \"a\", urgent = false", a.ToString());
        Assert.Equal(SlaTicketAttributes.Empty.With("type", "a").With("urgent", false), a);
    }
}
