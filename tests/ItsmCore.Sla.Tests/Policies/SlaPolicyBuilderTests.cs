using System;
using static ItsmCore.Sla.Tests.Policies.HostPolicy;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

public sealed class SlaPolicyBuilderTests
{
    [Fact]
    public void Build_NothingGiven_ReportsStartAndTargetAtOnce()
    {
        var e = Assert.Throws<SlaPolicyValidationException>(() => SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution).Build());
        Assert.Equal(
            new[]
            {
                "StartWhen is required: without it the clock would never start.",
                "WithTarget is required: without it the clock would have nothing to measure against.",
            },
            e.Problems);
        Assert.Same(SlaMetric.Resolution, e.Metric);
        Assert.Equal(
            "The SLA policy for 'resolution' is not valid:" + Environment.NewLine +
            "- StartWhen is required: without it the clock would never start." + Environment.NewLine +
            "- WithTarget is required: without it the clock would have nothing to measure against.",
            e.Message);
    }

    [Fact]
    public void Build_SettingsGivenTwice_ReportsEachOne()
    {
        SlaPolicyBuilder<HostTicket> builder = HostPolicy.Builder()
            .StartWhen(_ => true)
            .StopWhen(_ => true)
            .WithTarget(High)
            .WithTargetChangePolicy(SlaTargetChangePolicy.Restart)
            .WithThresholds(SlaThresholds.None);
        var e = Assert.Throws<SlaPolicyValidationException>(() => builder.Build());
        Assert.Equal(
            new[]
            {
                "StartWhen was given 2 times; it may be given once (combine the conditions in one predicate).",
                "WithTarget was given 2 times; it may be given once (select the target in one selector).",
                "StopWhen was given 2 times; it may be given once (combine the conditions in one predicate).",
                "WithTargetChangePolicy was given 2 times; it may be given once (a policy has one target-change policy).",
                "WithThresholds was given 2 times; it may be given once (a policy has one set of thresholds).",
            },
            e.Problems);
    }

    [Fact]
    public void Build_OnlyRequiredSettings_UsesTheDocumentedDefaults()
    {
        SlaPolicy<HostTicket> policy = SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.FirstResponse).StartWhen(_ => true).WithTarget(High).Build();
        Assert.Same(SlaMetric.FirstResponse, policy.Metric);
        Assert.Equal(SlaTargetChangePolicy.KeepStart, policy.TargetChangePolicy);
        Assert.Same(SlaThresholds.None, policy.Thresholds);
        Assert.False(policy.HasResetRules);
        Assert.Equal(
            "SLA policy 'first-response': 0 pause rules, 0 cancel rules, 0 reset rules, no stop condition, target change KeepStart, thresholds none",
            policy.ToString());
    }

    [Fact]
    public void Build_FullPolicy_KeepsEverySetting()
    {
        SlaPolicy<HostTicket> policy = HostPolicy.Resolution(SlaTargetChangePolicy.KeepPercentConsumed);
        Assert.Equal(SlaTargetChangePolicy.KeepPercentConsumed, policy.TargetChangePolicy);
        Assert.Same(SlaThresholds.Default, policy.Thresholds);
        Assert.True(policy.HasResetRules);
        Assert.Equal(
            "SLA policy 'resolution': 1 pause rule, 2 cancel rules, 1 reset rule, a stop condition, target change KeepPercentConsumed, thresholds 50 %, 75 %, 90 %",
            policy.ToString());
    }

    [Fact]
    public void Build_CalledTwice_GivesIndependentPolicies()
    {
        SlaPolicyBuilder<HostTicket> builder = HostPolicy.Builder();
        SlaPolicy<HostTicket> first = builder.Build();
        builder.PauseWhen(_ => true, "always");
        SlaPolicy<HostTicket> second = builder.Build();
        Assert.Single(first.Pauses);
        Assert.Equal(2, second.Pauses.Length);
    }

    [Fact]
    public void Constructor_NullMetric_Throws()
    {
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => new SlaPolicyBuilder<HostTicket>(null!)).ParamName);
        Assert.Equal("metric", Assert.Throws<ArgumentNullException>(() => SlaPolicy<HostTicket>.CreateBuilder(null!)).ParamName);
    }

    [Fact]
    public void Methods_NullArguments_ThrowNamingTheParameter()
    {
        var b = new SlaPolicyBuilder<HostTicket>(SlaMetric.Resolution);
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => b.StartWhen(null!)).ParamName);
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => b.StopWhen(null!)).ParamName);
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => b.PauseWhen(null!, "x")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => b.PauseWhen(_ => true, (Func<HostTicket, string?>)null!)).ParamName);
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => b.CancelWhen(null!, "x")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => b.CancelWhen(_ => true, (Func<HostTicket, string?>)null!)).ParamName);
        Assert.Equal("condition", Assert.Throws<ArgumentNullException>(() => b.ResetWhen(null!, "x")).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentNullException>(() => b.ResetWhen((_, _) => true, null!)).ParamName);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => b.ResetWhenChanged<string>(null!, "x")).ParamName);
        Assert.Equal("selector", Assert.Throws<ArgumentNullException>(() => b.WithTarget((Func<HostTicket, SlaTarget>)null!)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => b.WithTarget((SlaTarget)null!)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentNullException>(() => b.WithThresholds(null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Methods_BlankReason_Throw(string reason)
    {
        var b = new SlaPolicyBuilder<HostTicket>(SlaMetric.Resolution);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => b.PauseWhen(_ => true, reason)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => b.CancelWhen(_ => true, reason)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => b.ResetWhen((_, _) => true, reason)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => b.ResetWhenChanged(t => t.Queue, reason)).ParamName);
    }

    [Fact]
    public void Methods_ReasonLongerThanTheClockAllows_Throw()
    {
        var b = new SlaPolicyBuilder<HostTicket>(SlaMetric.Resolution);
        b.PauseWhen(_ => true, new string('x', SlaClockEvent.MaxReasonLength));
        var e = Assert.Throws<ArgumentException>(() => b.PauseWhen(_ => true, new string('x', SlaClockEvent.MaxReasonLength + 1)));
        Assert.Equal("reason", e.ParamName);
        Assert.StartsWith("A reason must be non-blank and at most 500 characters (or null).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithTargetChangePolicy_UndefinedValue_Throws()
    {
        var b = new SlaPolicyBuilder<HostTicket>(SlaMetric.Resolution);
        Assert.Equal("policy", Assert.Throws<ArgumentOutOfRangeException>(() => b.WithTargetChangePolicy((SlaTargetChangePolicy)3)).ParamName);
    }

    [Fact]
    public void ResetWhenChanged_KeyUnchangedOrChanged_HoldsOnlyOnAChange()
    {
        SlaPolicy<HostTicket> policy = HostPolicy.Resolution();
        Func<HostTicket, HostTicket, bool> reset = Assert.Single(policy.Resets).Condition;
        Assert.False(reset(Ticket("Open", "Low", "Desk"), Ticket("Resolved", "High", "Desk")));
        Assert.True(reset(Ticket("Open", "Low", "Desk"), Ticket("Open", "Low", "Network")));
        Assert.Equal(Reassigned, policy.Resets[0].Reason);
    }

    [Fact]
    public void WithTarget_FixedTarget_SelectsItForEverySnapshot()
    {
        SlaPolicy<HostTicket> policy = SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution).StartWhen(_ => true).WithTarget(Medium).Build();
        Assert.Same(Medium, policy.Target(Ticket("Open", "High")));
        Assert.Same(Medium, policy.Target(Ticket("New", "Low")));
        Assert.Equal(H(4), policy.Target(Ticket("New")).WorkingTime);
    }
}
