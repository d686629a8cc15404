using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaDefinitionBuilderTests
{
    private static readonly SlaTarget Fifteen = SlaTarget.Within(M(15), "24x7");
    private static readonly SlaTarget Thirty = SlaTarget.Within(M(30), "24x7");

    [Fact]
    public void Build_ValidDefinition_KeepsEverythingInDeclaredOrder()
    {
        SlaDefinition d = SlaDefinition.CreateBuilder("notify", SlaMetric.CustomerNotification)
            .WithName("Customer notification")
            .WithThresholds(SlaThresholds.Default)
            .WithTargetChangePolicy(SlaTargetChangePolicy.Restart)
            .WithPriority("service-affected", Fifteen, Thirty)
            .WithPriority("service-not-affected", SlaTarget.Within(M(60), "24x7"), null)
            .Build();

        Assert.Equal("notify", d.Id);
        Assert.Equal("Customer notification", d.Name);
        Assert.Same(SlaMetric.CustomerNotification, d.Metric);
        Assert.Equal(SlaThresholds.Default, d.Thresholds);
        Assert.Equal(SlaTargetChangePolicy.Restart, d.TargetChangePolicy);
        Assert.Equal(new[] { "service-affected", "service-not-affected" }, new[] { d.Priorities[0].Priority, d.Priorities[1].Priority });
        Assert.Equal(Fifteen, d.Priorities[0].Objective);
        Assert.Equal(Thirty, d.Priorities[0].Agreement);
        Assert.Null(d.Priorities[1].Agreement);
    }

    [Fact]
    public void Build_NothingButOnePriority_UsesDocumentedDefaults()
    {
        SlaDefinition d = new SlaDefinitionBuilder("d", SlaMetric.Resolution).WithPriority("p", null, Thirty).Build();
        Assert.Equal("d", d.Name);
        Assert.Equal(SlaThresholds.None, d.Thresholds);
        Assert.Equal(SlaTargetChangePolicy.KeepStart, d.TargetChangePolicy);
    }

    [Fact]
    public void Build_NoPriority_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => SlaDefinition.CreateBuilder("d", SlaMetric.Resolution).Build());
        Assert.Equal(new[] { "At least one priority is required." }, e.Problems);
        Assert.Equal("d", e.DefinitionId);
        Assert.Equal("SLA definition 'd' has 1 problem:" + Environment.NewLine + "- At least one priority is required.", e.Message);
    }

    [Fact]
    public void Build_PriorityWithoutTier_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder().WithPriority("low", null, null).Build());
        Assert.Equal(new[] { "Priority 'low' has neither an objective nor an agreement; give it at least one tier." }, e.Problems);
    }

    [Fact]
    public void Build_ObjectiveLooserThanAgreementInWorkingTime_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder().WithPriority("high", Thirty, Fifteen).Build());
        Assert.Equal(
            new[] { "Priority 'high': the objective (0:00:30:00 working time on '24x7') is looser than the agreement (0:00:15:00 working time on '24x7'); an objective must not be looser than the agreement on the same calendar." },
            e.Problems);
    }

    [Fact]
    public void Build_ObjectiveEqualToAgreement_IsAllowed()
    {
        SlaDefinition d = Builder().WithPriority("high", Thirty, Thirty).Build();
        Assert.Equal(Thirty, d.GetTarget("high", SlaTier.Objective));
    }

    [Fact]
    public void Build_LooserObjectiveOnAnotherCalendar_IsNotCompared()
    {
        // 8 working hours on the office calendar and 4 h on 24x7 are different measures: no problem reported.
        SlaDefinition d = Builder().WithPriority("high", SlaTarget.Within(H(8), "jp-office"), SlaTarget.Within(H(4), "24x7")).Build();
        Assert.Equal(H(8), d.GetTarget("high", SlaTier.Objective)!.WorkingTime);
    }

    [Fact]
    public void Build_LooserObjectiveInAnotherForm_IsNotCompared()
    {
        SlaDefinition d = Builder()
            .WithPriority("p", SlaTarget.WithinBusinessDays(2, BusinessDayEnd.SameTimeOfDay, "jp-office"), SlaTarget.Within(H(4), "jp-office"))
            .Build();
        Assert.Equal(2, d.GetTarget("p", SlaTier.Objective)!.BusinessDays);
    }

    [Fact]
    public void Build_ObjectiveWithMoreBusinessDays_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder()
            .WithPriority("p", SlaTarget.WithinBusinessDays(3, BusinessDayEnd.EndOfBusinessDay, "jp-office"), SlaTarget.WithinBusinessDays(2, BusinessDayEnd.EndOfBusinessDay, "jp-office"))
            .Build());
        Assert.Equal(
            "Priority 'p': the objective (3 business days (end of business day) on 'jp-office') is looser than the agreement (2 business days (end of business day) on 'jp-office'); an objective must not be looser than the agreement on the same calendar.",
            Assert.Single(e.Problems));
    }

    [Fact]
    public void Build_BusinessDaysWithDifferentDayEnds_AreNotCompared()
    {
        SlaDefinition d = Builder()
            .WithPriority("p", SlaTarget.WithinBusinessDays(2, BusinessDayEnd.SameTimeOfDay, "jp-office"), SlaTarget.WithinBusinessDays(1, BusinessDayEnd.EndOfBusinessDay, "jp-office"))
            .Build();
        Assert.Single(d.Priorities);
    }

    [Fact]
    public void Build_ObjectiveLaterNextBusinessDay_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder()
            .WithPriority("p", SlaTarget.NextBusinessDayAt(new LocalTime(12, 0), "jp-office"), SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office"))
            .Build());
        Assert.Equal(
            "Priority 'p': the objective (next business day at 12:00 on 'jp-office') is looser than the agreement (next business day at 09:00 on 'jp-office'); an objective must not be looser than the agreement on the same calendar.",
            Assert.Single(e.Problems));
    }

    [Fact]
    public void Build_DuplicatePriority_ReportsItOnce()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder()
            .WithPriority("high", Fifteen, null).WithPriority("high", Thirty, null).WithPriority("high", Thirty, null).Build());
        Assert.Equal(new[] { "Priority 'high' is declared 3 times; declare each priority once." }, e.Problems);
    }

    [Fact]
    public void Build_PriorityKeysCompareOrdinally_CaseVariantsAreDistinct()
    {
        SlaDefinition d = Builder().WithPriority("High", Fifteen, null).WithPriority("high", Thirty, null).Build();
        Assert.Equal(Fifteen, d.GetTarget("High", SlaTier.Objective));
        Assert.Equal(Thirty, d.GetTarget("high", SlaTier.Objective));
    }

    [Theory]
    [InlineData("", "The id must not be empty.")]
    [InlineData(" notify", "The id must not have leading or trailing white space.")]
    [InlineData("notify\t", "The id must not have leading or trailing white space.")]
    public void Build_BadId_ReportsIt(string id, string problem)
    {
        var e = Assert.Throws<SlaDefinitionException>(() => new SlaDefinitionBuilder(id, SlaMetric.Resolution).WithPriority("p", Fifteen, null).Build());
        Assert.Equal(new[] { problem }, e.Problems);
    }

    [Fact]
    public void Build_IdTooLong_ReportsLength()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => new SlaDefinitionBuilder(new string('x', 101), SlaMetric.Resolution).WithPriority("p", Fifteen, null).Build());
        Assert.Equal(new[] { "The id is 101 characters long; at most 100 are allowed." }, e.Problems);
    }

    [Fact]
    public void Build_IdOfMaximumLength_IsAccepted()
    {
        Assert.Equal(100, new SlaDefinitionBuilder(new string('x', 100), SlaMetric.Resolution).WithPriority("p", Fifteen, null).Build().Id.Length);
    }

    [Theory]
    [InlineData("", "The name must not be empty.")]
    [InlineData("Notify ", "The name must not have leading or trailing white space.")]
    public void Build_BadName_ReportsIt(string name, string problem)
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder().WithName(name).WithPriority("p", Fifteen, null).Build());
        Assert.Equal(new[] { problem }, e.Problems);
    }

    [Fact]
    public void Build_NameTooLong_ReportsLength()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder().WithName(new string('n', 201)).WithPriority("p", Fifteen, null).Build());
        Assert.Equal(new[] { "The name is 201 characters long; at most 200 are allowed." }, e.Problems);
    }

    [Fact]
    public void Build_BadPriorityKeys_ReportsEach()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder()
            .WithPriority(string.Empty, Fifteen, null).WithPriority("high ", Fifteen, null).WithPriority(new string('p', 101), Fifteen, null).Build());
        Assert.Equal(
            new[]
            {
                "Priority key '' must not be empty.",
                "Priority key 'high ' must not have leading or trailing white space.",
                $"Priority key '{new string('p', 101)}' is 101 characters long; at most 100 are allowed.",
            },
            e.Problems);
    }

    [Fact]
    public void Build_UndefinedPolicy_ReportsIt()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => Builder().WithTargetChangePolicy((SlaTargetChangePolicy)7).WithPriority("p", Fifteen, null).Build());
        Assert.Equal(new[] { "The target-change policy 7 is not a defined SlaTargetChangePolicy." }, e.Problems);
    }

    [Fact]
    public void Build_ManyProblems_ReportsAllAtOnceInRuleOrder()
    {
        var e = Assert.Throws<SlaDefinitionException>(() => new SlaDefinitionBuilder(" ", SlaMetric.Resolution)
            .WithName(string.Empty)
            .WithTargetChangePolicy((SlaTargetChangePolicy)(-1))
            .WithPriority("high", Thirty, Fifteen)
            .WithPriority("low", null, null)
            .WithPriority("low", null, Thirty)
            .Build());
        Assert.Equal(
            new[]
            {
                "The id must not have leading or trailing white space.",
                "The name must not be empty.",
                "The target-change policy -1 is not a defined SlaTargetChangePolicy.",
                "Priority 'low' is declared 2 times; declare each priority once.",
                "Priority 'high': the objective (0:00:30:00 working time on '24x7') is looser than the agreement (0:00:15:00 working time on '24x7'); an objective must not be looser than the agreement on the same calendar.",
                "Priority 'low' has neither an objective nor an agreement; give it at least one tier.",
            },
            e.Problems);
        Assert.StartsWith("SLA definition ' ' has 6 problems:", e.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<ArgumentException>(e);
    }

    [Fact]
    public void Builder_NullArguments_ThrowAtOnce()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new SlaDefinitionBuilder(null!, SlaMetric.Resolution)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => SlaDefinition.CreateBuilder("d", null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => Builder().WithName(null!)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => Builder().WithThresholds(null!)).ParamName);
        Assert.Equal("priority", Assert.Throws<ArgumentNullException>(() => Builder().WithPriority(null!, Fifteen, null)).ParamName);
    }

    [Fact]
    public void Build_Twice_GivesEqualDefinitions()
    {
        SlaDefinitionBuilder b = Builder().WithPriority("p", Fifteen, Thirty);
        Assert.Equal(b.Build(), b.Build());
    }

    private static SlaDefinitionBuilder Builder() => SlaDefinition.CreateBuilder("d", SlaMetric.Resolution);
}
