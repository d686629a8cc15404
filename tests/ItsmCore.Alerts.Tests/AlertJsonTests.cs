using System.Linq;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class AlertJsonTests
{
    public const string SampleAlerts = """
        { "format": "itsmcore-alerts/1", "alerts": [
          { "id": "a1", "source": "zabbix", "check": "disk", "ci": "db-1", "severity": "warning", "fingerprint": "disk-db-1",
            "message": "disk 91% full", "raisedAt": "2026-11-21T02:09:00Z", "receivedAt": "2026-11-21T02:10:00.5Z", "clearedAt": "2026-11-21T03:00:00Z" },
          { "id": "a2", "source": "nagios", "check": "alive", "severity": "critical", "fingerprint": "alive-lb",
            "raisedAt": "2026-11-21T02:11:00Z", "receivedAt": "2026-11-21T02:11:00Z" } ] }
        """;

    public const string SampleRules = """
        { "format": "itsmcore-triage-rules/1", "id": "noc", "version": 3, "rules": [
          { "id": "batch-disk", "version": 2, "name": "disk during the batch window",
            "when": [ { "field": "check", "is": "disk" }, { "field": "ci", "startsWith": "batch-" }, { "severityAtLeast": "warning" } ],
            "then": { "action": "noAction", "reason": "cleaned nightly" }, "lastReviewedOn": "2026-09-06", "reviewEveryMonths": 3 },
          { "id": "ora", "version": 1, "name": "known ORA errors",
            "when": [ { "ciClass": "server" }, { "messageMatches": "ORA-0*28\\b" } ], "then": { "action": "notify", "contactList": "dba" } },
          { "id": "url", "version": 1, "name": "url repeats", "when": [ { "field": "fingerprint", "is": "url-lb" } ],
            "then": { "action": "attach", "window": "0:00:30:00", "priority": "P3" }, "reviewEveryMonths": 6 },
          { "id": "rest", "version": 1, "name": "everything else", "when": [], "then": { "action": "open", "priority": "P2" } } ] }
        """;

    [Fact]
    public void ReadAlerts_Sample_AllFields()
    {
        var alerts = AlertJson.ReadAlerts(SampleAlerts);

        Assert.Equal(2, alerts.Count);
        Alert a = alerts[0];
        Assert.Equal(("zabbix", "disk", "db-1", AlertSeverity.Warning, "disk-db-1", "disk 91% full"), (a.Source, a.Check, a.ConfigurationItem!.Value.Value, a.Severity, a.Fingerprint, a.Message));
        Assert.Equal(Duration.FromSeconds(60.5), a.DetectionTime);
        Assert.Equal(Instant.FromUtc(2026, 11, 21, 3, 0), a.ClearedAt);
        Assert.Null(alerts[1].ConfigurationItem);
        Assert.Equal(string.Empty, alerts[1].Message);
    }

    [Fact]
    public void Alerts_RoundTrip_EqualValuesAndSameText()
    {
        var alerts = AlertJson.ReadAlerts(SampleAlerts);
        string written = AlertJson.WriteAlerts(alerts);

        Assert.Equal(alerts, AlertJson.ReadAlerts(written));
        Assert.Equal(written, AlertJson.WriteAlerts(AlertJson.ReadAlerts(written)));
    }

    [Fact]
    public void ReadRuleSet_Sample_RulesConditionsOutcomesAndReviews()
    {
        TriageRuleSet set = AlertJson.ReadRuleSet(SampleRules);

        Assert.Equal(("noc", 3, 4), (set.Id, set.Version, set.Rules.Count));
        Assert.Equal(
            new[] { AlertCondition.Is(AlertField.Check, "disk"), AlertCondition.StartsWith(AlertField.ConfigurationItem, "batch-"), AlertCondition.SeverityAtLeast(AlertSeverity.Warning) },
            set.Rules[0].Conditions.Items.ToArray());
        Assert.Equal(TriageOutcome.NoAction("cleaned nightly"), set.Rules[0].Outcome);
        Assert.Equal(new LocalDate(2026, 9, 6), set.Rules[0].LastReviewedOn);
        Assert.Equal(AlertCondition.MessageMatches(@"ORA-0*28\b"), set.Rules[1].Conditions[1]);
        Assert.Equal(TriageOutcome.AttachToOpenIncident(Duration.FromMinutes(30), "P3"), set.Rules[2].Outcome);
        Assert.Equal("attach to an open incident within 30 min, else open P3", set.Rules[2].Outcome.ToString());
        Assert.Equal((6, 3), (set.Rules[2].ReviewEveryMonths, set.Rules[3].ReviewEveryMonths));
        Assert.True(set.Rules[3].MatchesEverything);
    }

    [Fact]
    public void RuleSet_RoundTrip_SameRulesAndSameText()
    {
        TriageRuleSet set = AlertJson.ReadRuleSet(SampleRules);
        string written = AlertJson.WriteRuleSet(set);

        Assert.True(set.HasSameRules(AlertJson.ReadRuleSet(written)));
        Assert.Equal(written, AlertJson.WriteRuleSet(AlertJson.ReadRuleSet(written)));
    }

    [Fact]
    public void ReadRuleSet_ManyProblems_AllReportedWithPaths()
    {
        const string json = """
            { "format": "itsmcore-triage-rules/2", "id": "noc", "version": 0, "extra": 1, "rules": [
              { "id": "a", "version": 1, "name": "a", "when": [ { "field": "host", "is": "x" }, { "ciClass": "server", "severityAtLeast": "major" } ],
                "then": { "action": "noAction" } },
              { "id": "b", "version": 1, "name": "b", "when": [ { "messageMatches": "(a)\\1" }, { "field": "check", "ciClass": "x" } ],
                "then": { "action": "attach", "window": "-0:00:30:00", "priority": "P3", "reason": "x" }, "lastReviewedOn": "2026-02-30" },
              { "id": "all", "version": 1, "name": "all", "when": [], "then": { "action": "open", "priority": "P2" } },
              { "id": "all", "version": 1, "name": "again", "when": [], "then": { "action": "open", "priority": " P2" } },
              { "id": "late", "version": 1, "name": "late", "when": [], "then": { "action": "open", "priority": "P2" } } ] }
            """;

        AlertFormatException e = Assert.Throws<AlertFormatException>(() => AlertJson.ReadRuleSet(json));

        Assert.Equal(
            new[]
            {
                "$.extra", "$.format", "$.version", "$.rules[0].when[0].field", "$.rules[0].when[1]", "$.rules[0].then.reason",
                "$.rules[1].when[0].messageMatches", "$.rules[1].when[1].field", "$.rules[1].then.reason", "$.rules[1].then.window",
                "$.rules[1].lastReviewedOn", "$.rules[3].then.priority", "$.rules[4]",
            },
            e.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void ReadAlerts_Problems_AllReportedWithPaths()
    {
        const string json = """
            { "format": "itsmcore-alerts/1", "alerts": [
              { "id": "a1", "source": "", "check": "disk", "severity": "fatal", "fingerprint": "f", "raisedAt": "2026-11-21T02:10:00Z", "receivedAt": "2026-11-21T02:09:00Z" },
              { "id": "a2", "source": "s", "check": "disk", "severity": "minor", "fingerprint": "f", "raisedAt": "2026-11-21T02:10:00", "receivedAt": "2026-11-21T02:10:00Z", "ci": 5 },
              { "id": "a3", "source": "s", "check": "c", "severity": "minor", "fingerprint": "f", "raisedAt": "2026-11-21T02:10:00Z", "receivedAt": "2026-11-21T02:10:00Z" },
              { "id": "a3", "source": "s", "check": "c", "severity": "minor", "fingerprint": "f", "raisedAt": "2026-11-21T02:10:00Z", "receivedAt": "2026-11-21T02:10:00Z" },
              7 ] }
            """;

        AlertFormatException e = Assert.Throws<AlertFormatException>(() => AlertJson.ReadAlerts(json));

        Assert.Equal(
            new[] { "$.alerts[0].source", "$.alerts[0].severity", "$.alerts[0].receivedAt", "$.alerts[1].ci", "$.alerts[1].raisedAt", "$.alerts[3].id", "$.alerts[4]" },
            e.Problems.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void Read_DuplicatePropertyAndBadText_PathNamed()
    {
        Assert.Equal("$.id", Assert.Throws<AlertFormatException>(() => AlertJson.ReadRuleSet("""{ "id": "a", "id": "b" }""")).Path);
        Assert.Equal("$", Assert.Throws<AlertFormatException>(() => AlertJson.ReadAlerts("{")).Path);
        Assert.Equal("$.alerts[0].id", Assert.Throws<AlertFormatException>(() => AlertJson.ReadAlerts("""{ "format": "itsmcore-alerts/1", "alerts": [ { "id": "\ud800" } ] }""")).Path);
    }

    [Fact]
    public void Read_SeededMutations_RejectWithPathOrRoundTrip()
    {
        (int accepted, int rejected) = JsonFuzz.Run<string, AlertFormatException>(
            new[] { SampleAlerts },
            json => AlertJson.WriteAlerts(AlertJson.ReadAlerts(json)),
            e => e.Path,
            text => AlertJson.WriteAlerts(AlertJson.ReadAlerts(text)),
            count: 2_000,
            name: "AlertJsonFuzz.Alerts");
        (int acceptedRules, int rejectedRules) = JsonFuzz.Run<string, AlertFormatException>(
            new[] { SampleRules },
            json => AlertJson.WriteRuleSet(AlertJson.ReadRuleSet(json)),
            e => e.Path,
            text => AlertJson.WriteRuleSet(AlertJson.ReadRuleSet(text)),
            count: 3_000,
            name: "AlertJsonFuzz.Rules");

        Assert.True(accepted > 20 && acceptedRules > 20, $"accepted {accepted}, {acceptedRules}");
        Assert.True(rejected > 1_000 && rejectedRules > 1_500, $"rejected {rejected}, {rejectedRules}");
    }
}
