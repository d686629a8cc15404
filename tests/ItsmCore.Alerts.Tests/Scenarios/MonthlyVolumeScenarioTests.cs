using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests.Scenarios;

/// <summary>
/// Case 11: 4,000 alerts a month, of which 40 % are classified "no action needed" by stored rules. November 2026, an
/// alert every 10 min 48 s (30 days / 4,000); alert i is noise when i mod 5 is 0 or 1 (exactly 1,600): disk warnings on
/// the batch host (i mod 5 = 0) and a known ORA-28 log line (i mod 5 = 1). Of the rest, i mod 5 = 2 opens incidents,
/// 3 repeats the same URL check (attached within 60 min, else opened), 4 is an unknown check (manual triage: 800).
/// Every alert that owed a notification is notified 10 min after receipt, except the first 20, notified at 31 min.
/// </summary>
public sealed class MonthlyVolumeScenarioTests
{
    private static readonly TriageRuleSet Rules = TriageRuleSet.Create("noc", 3, new[]
    {
        new TriageRule("batch-disk", 2, "disk warnings during the batch window", new[] { AlertCondition.Is(AlertField.Check, "disk"), AlertCondition.Is(AlertField.ConfigurationItem, "batch-1") }, TriageOutcome.NoAction("batch window fills the disk; cleaned nightly")),
        new TriageRule("ora-28", 1, "known password-expiry warning", new[] { AlertCondition.Is(AlertField.Check, "log"), AlertCondition.MessageMatches(@"ORA-0*28\b") }, TriageOutcome.NoAction("known error KE-12")),
        new TriageRule("alive", 1, "host down", new[] { AlertCondition.Is(AlertField.Check, "alive") }, TriageOutcome.OpenIncident("P2")),
        new TriageRule("url", 1, "URL check repeats", new[] { AlertCondition.Is(AlertField.Check, "url") }, TriageOutcome.AttachToOpenIncident(Duration.FromMinutes(60), "P3")),
    });

    private static readonly Instant Start = Jst(2026, 11, 1, 0, 0);

    private static Alert Nth(int i)
    {
        Instant at = Start + Duration.FromSeconds(648L * i);
        return (i % 5) switch
        {
            0 => Alert("a" + i, check: "disk", ci: "batch-1", fingerprint: "disk-batch-1", severity: AlertSeverity.Warning, raised: at, detection: Duration.Zero),
            1 => Alert("a" + i, check: "log", ci: "db-1", fingerprint: "log-db-1", message: "ORA-00028: your session has been killed", raised: at, detection: Duration.Zero),
            2 => Alert("a" + i, check: "alive", ci: "web-" + (i % 3), fingerprint: "alive-" + i, raised: at, detection: Duration.Zero),
            3 => Alert("a" + i, check: "url", ci: "lb", fingerprint: "url-lb", raised: at, detection: Duration.Zero),
            _ => Alert("a" + i, check: "ports", ci: "sw-1", fingerprint: "ports-" + i, raised: at, detection: Duration.Zero),
        };
    }

    [Fact]
    public async Task Report_FourThousandAlerts_FortyPercentNoAction()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);
        var records = new List<AlertRecord>();
        int notified = 0;
        for (int i = 0; i < 4000; i++)
        {
            AlertIntakeResult r = await intake.ReceiveAsync(Nth(i), null);
            if (r.Clocks is { } clocks)
            {
                r = r with { Clocks = clocks.Notified(clocks.Alert.ReceivedAt + Duration.FromMinutes(notified++ < 20 ? 31 : 10)) };
            }

            records.Add(AlertRecord.From(r));
        }

        AlertReport report = AlertReport.Create(records, Jst(2026, 12, 1, 0, 0));

        Assert.Equal(Start + Duration.FromDays(30) - Duration.FromSeconds(648), Nth(3999).RaisedAt);
        Assert.Equal(4000, report.Total);
        Assert.Equal(1600, report.NoAction);
        Assert.Equal(40m, report.NoActionPercent);
        Assert.Equal(3200, report.ClassifiedAutomatically);
        Assert.Equal(80m, report.ClassifiedAutomaticallyPercent);
        Assert.Equal(2400, report.NotificationsDue);
        Assert.Equal(20, report.LateNotifications);
        Assert.True(report.LateNotificationTargetMet); // 0.83 % < 1 %
        Assert.Equal(
            new (string?, int)[] { ("alive", 800), ("batch-disk", 800), ("ora-28", 800), ("url", 800), (null, 800) },
            report.ByRule.Select(v => (v.RuleId, v.Count)).ToArray());
        Assert.Equal((2, 800), (report.ByRule.Single(v => v.RuleId == "batch-disk").RuleVersion!.Value, report.ByConfigurationItemAndCheck[0].Count));
        // URL repeats every 54 min (5 x 10:48) with a 60-minute window: the first opens an incident, the next is attached to
        // it, the third is 108 min after it and opens another, and so on.
        Assert.Equal(800 + 400, gateway.Incidents.Count);
        Assert.Equal(400, gateway.Attachments.Count);
        Assert.Contains("Alerts: 4000; classified automatically: 3200 (80.00 %); no action: 1600 (40.00 %)", report.ToMarkdown());
        Assert.Contains("Late notifications: 20 of 2400 (0.83 %), target under 1.00 %: met", report.ToMarkdown());
    }
}
