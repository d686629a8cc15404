using System;
using FluentValidation;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class DependencyInjectionTests
{
    private static readonly TriageRuleSet Rules = Set(Rule("alive", TriageOutcome.OpenIncident("P1"), AlertCondition.Is(AlertField.Check, "alive")));

    [Fact]
    public void AddItsmCoreAlerts_Configured_ResolvesTriageIntakeAndValidator()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IAlertIncidentGateway, InMemoryAlertIncidentGateway>();
        services.AddItsmCoreAlerts(o => o.RuleSet = Rules);
        using ServiceProvider provider = services.BuildServiceProvider();

        AlertTriage triage = provider.GetRequiredService<AlertTriage>();
        Assert.Equal("alive", triage.Decide(Alert(check: "alive")).RuleId);
        Assert.Same(triage, provider.GetRequiredService<AlertIntake>().Triage);
        Assert.Same(AlertClockPolicy.Default, provider.GetRequiredService<AlertIntake>().ClockPolicy);
        Assert.NotNull(provider.GetRequiredService<IValidator<AlertOptions>>());
    }

    [Fact]
    public void AddItsmCoreAlerts_CalledTwice_HarmlessWithEqualSettings_ThrowsWithOthers()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreAlerts(o => o.RuleSet = Rules);
        int count = services.Count;

        services.AddItsmCoreAlerts();
        services.AddItsmCoreAlerts(o => o.RuleSet = TriageRuleSet.Create("noc", 1, Rules.Rules));

        Assert.Equal(count, services.Count);
        ArgumentException e = Assert.Throws<ArgumentException>(() => services.AddItsmCoreAlerts(o => o.RuleSet = Rules.WithRules(2, Rules.Rules)));
        Assert.Equal("configure", e.ParamName);
        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void AddItsmCoreAlerts_InvalidOptions_EveryProblemAndNothingRegistered()
    {
        var services = new ServiceCollection();

        ArgumentException e = Assert.Throws<ArgumentException>(() => services.AddItsmCoreAlerts(o => { o.RuleSet = null!; o.ClockPolicy = null!; }));

        Assert.Contains("RuleSet is required.", e.Message);
        Assert.Contains("ClockPolicy is required.", e.Message);
        Assert.Empty(services);
    }
}
