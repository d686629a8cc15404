using System.Linq;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class ReplayAndReportTests
{
    private static readonly TriageRule Disk = new("disk", 1, "disk noise", new[] { AlertCondition.Is(AlertField.Check, "disk") }, TriageOutcome.NoAction("noise"));
    private static readonly TriageRule Alive = new("alive", 1, "host down", new[] { AlertCondition.Is(AlertField.Check, "alive") }, TriageOutcome.OpenIncident("P2"));

    [Fact]
    public void Replay_NewRuleVersion_ListsExactlyTheAlertsDecidedDifferently()
    {
        TriageRuleSet v1 = TriageRuleSet.Create("noc", 1, new[] { Disk, Alive });
        // v2: disk warnings on db hosts are no longer noise (a threshold re-set against business impact).
        TriageRuleSet v2 = v1.WithRules(2, new[]
        {
            new TriageRule("disk-db", 1, "disk on databases", new[] { AlertCondition.Is(AlertField.Check, "disk"), AlertCondition.StartsWith(AlertField.ConfigurationItem, "db-") }, TriageOutcome.OpenIncident("P3")),
            Disk,
            Alive,
        });
        Alert[] month =
        {
            Alert("1", check: "disk", ci: "db-1"), Alert("2", check: "disk", ci: "web-1"), Alert("3", check: "alive", ci: "db-1"),
            Alert("4", check: "disk", ci: "db-2"), Alert("5", check: "ports"),
        };

        TriageReplay replay = TriageReplay.Run(month, AlertTriage.Create(v1), AlertTriage.Create(v2));

        Assert.Equal(5, replay.Total);
        Assert.Equal(new[] { "1", "4" }, replay.Changes.Select(c => c.Alert.Id).ToArray());
        Assert.All(replay.Changes, c => Assert.Equal(("disk", "disk-db", 2), (c.Before.RuleId!, c.After.RuleId!, c.After.RuleSetVersion)));
        Assert.Equal((3, 1), (replay.Before.NoAction, replay.After.NoAction));
    }

    [Fact]
    public void Replay_SameRules_NothingChanges()
    {
        TriageRuleSet v1 = TriageRuleSet.Create("noc", 1, new[] { Disk, Alive });

        TriageReplay replay = TriageReplay.Run(new[] { Alert(check: "disk"), Alert(check: "alive") }, AlertTriage.Create(v1), AlertTriage.Create(v1));

        Assert.Empty(replay.Changes);
    }

    [Fact]
    public void Replay_RuleVersionRaised_CountsAsChangedEvenWithTheSameOutcome()
    {
        TriageRuleSet v1 = TriageRuleSet.Create("noc", 1, new[] { Disk });
        TriageRuleSet v2 = v1.WithRules(2, new[] { new TriageRule(Disk.Id, 2, Disk.Name, Disk.Conditions, Disk.Outcome) });

        Assert.Single(TriageReplay.Run(new[] { Alert(check: "disk") }, AlertTriage.Create(v1), AlertTriage.Create(v2)).Changes);
    }

    [Fact]
    public void Report_LateRate_ExactlyAtTargetIsNotMet_UnnotifiedPastDueIsLate()
    {
        AlertTriage triage = AlertTriage.Create(TriageRuleSet.Create("noc", 1, new[] { Alive }));
        Instant due = Jst(2026, 11, 1, 0, 30);
        var records = Enumerable.Range(0, 100).Select(i => new AlertRecord(triage.Decide(Alert("a" + i, check: "alive")), due, due)).ToList();
        records[0] = records[0] with { NotifiedAt = null };

        AlertReport atTarget = AlertReport.Create(records, due + Duration.Epsilon);
        AlertReport before = AlertReport.Create(records, due);

        Assert.Equal((1, 1m, false), (atTarget.LateNotifications, atTarget.LateNotificationPercent!.Value, atTarget.LateNotificationTargetMet));
        Assert.Equal((0, true), (before.LateNotifications, before.LateNotificationTargetMet));
    }

    [Fact]
    public void Report_PerCiAndCheck_MostFirstWithNoActionShare_TopN()
    {
        AlertTriage triage = AlertTriage.Create(TriageRuleSet.Create("noc", 1, new[] { Disk, Alive }));
        AlertRecord R(string check, string ci) => new(triage.Decide(Alert(check: check, ci: ci)));
        AlertRecord[] records = { R("disk", "db-1"), R("disk", "db-1"), R("disk", "db-1"), R("alive", "db-1"), R("alive", "web-1"), R("alive", "web-1") };

        AlertReport report = AlertReport.Create(records, Jst(2026, 12, 1, 0, 0), top: 2);

        Assert.Equal(
            new[] { ("db-1", "disk", 3, 3), ("web-1", "alive", 2, 0) },
            report.ByConfigurationItemAndCheck.Select(v => (v.ConfigurationItem!.Value.Value, v.Check, v.Count, v.NoActionCount)).ToArray());
        Assert.Null(AlertReport.Create(System.Array.Empty<AlertRecord>(), Jst(2026, 12, 1, 0, 0)).NoActionPercent);
    }
}
