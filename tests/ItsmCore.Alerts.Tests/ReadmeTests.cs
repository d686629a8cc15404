using NodaTime;

namespace ItsmCore.Alerts.Tests;

/// <summary>The package README's example, run here with its printed lines checked (eng/consumer-test.sh runs it from the package).</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Example_PrintsTheDecisionAndTheSlaDeadline()
    {
        TriageRuleSet rules = TriageRuleSet.Create("noc", 1, new[]
        {
            new TriageRule("batch-disk", 2, "disk during the batch window",
                new[] { AlertCondition.Is(AlertField.Check, "disk"), AlertCondition.StartsWith(AlertField.Source, "zabbix") },
                TriageOutcome.NoAction("cleaned nightly")),
            new TriageRule("alive", 1, "host down", new[] { AlertCondition.Is(AlertField.Check, "alive") }, TriageOutcome.OpenIncident("P1")),
        });
        AlertTriage triage = AlertTriage.Create(rules);
        Instant raised = Instant.FromUtc(2026, 11, 20, 17, 9);
        var disk = new Alert("a-1", "zabbix-tokyo", "disk", "disk-batch-1", AlertSeverity.Warning, raised, raised + Duration.FromMinutes(1));
        TriageDecision decision = triage.Decide(disk);
        var down = new Alert("a-2", "zabbix-tokyo", "alive", "alive-db-1", AlertSeverity.Critical, raised, raised + Duration.FromMinutes(1));
        AlertClocks clocks = AlertClocks.Start(down, serviceAffected: true);

        Assert.Equal("batch-disk v2: no action: cleaned nightly", $"{decision.RuleId} v{decision.RuleVersion}: {decision.Outcome}");
        Assert.Equal("alive: SLA due 2026-11-20T17:40:00Z", $"{triage.Decide(down).RuleId}: SLA due {clocks.NotificationAgreementDueAt}");
    }
}
