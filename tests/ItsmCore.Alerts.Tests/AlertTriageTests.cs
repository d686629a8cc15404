using System;
using ItsmCore.Cmdb;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class AlertTriageTests
{
    private static readonly TriageOutcome Ignore = TriageOutcome.NoAction("known noise");
    private static readonly TriageOutcome Open = TriageOutcome.OpenIncident("P2");

    [Fact]
    public void Decide_SeveralRulesMatch_FirstInRuleSetOrderWins()
    {
        AlertTriage triage = AlertTriage.Create(Set(
            Rule("r1", Ignore, AlertCondition.Is(AlertField.Check, "disk")),
            Rule("r2", Open, AlertCondition.Is(AlertField.Source, "zabbix")),
            Rule("r3", Ignore, AlertCondition.StartsWith(AlertField.Source, "zab"))));

        TriageDecision d = triage.Decide(Alert(source: "zabbix", check: "alive"));

        Assert.Equal("r2", d.RuleId);
        Assert.Equal(1, d.RuleIndex);
        Assert.Equal(Open, d.Outcome);
        Assert.True(d.IsClassifiedAutomatically);
    }

    [Fact]
    public void Decide_RecordsRuleSetAndRuleVersions()
    {
        var rule = new TriageRule("disk-noise", 4, "disk warnings on batch hosts", new[] { AlertCondition.Is(AlertField.Check, "disk") }, Ignore);
        AlertTriage triage = AlertTriage.Create(TriageRuleSet.Create("noc", 7, new[] { rule }));

        TriageDecision d = triage.Decide(Alert(check: "disk"));

        Assert.Equal(("noc", 7, "disk-noise", 4), (d.RuleSetId, d.RuleSetVersion, d.RuleId, d.RuleVersion!.Value));
        Assert.Equal("known noise", d.Outcome!.Reason);
    }

    [Fact]
    public void Decide_NoRuleMatches_ManualTriageWithoutRule()
    {
        AlertTriage triage = AlertTriage.Create(Set(Rule("r1", Ignore, AlertCondition.Is(AlertField.Check, "disk"))));

        TriageDecision d = triage.Decide(Alert(check: "alive"));

        Assert.Null(d.Rule);
        Assert.Null(d.Outcome);
        Assert.Equal(-1, d.RuleIndex);
        Assert.False(d.IsClassifiedAutomatically);
    }

    [Fact]
    public void Decide_AllConditionsMustHold_SeverityAndPrefixAndPattern()
    {
        AlertTriage triage = AlertTriage.Create(Set(
            Rule("r1", Open,
                AlertCondition.Is(AlertField.Check, "log"),
                AlertCondition.StartsWith(AlertField.Fingerprint, "ora-"),
                AlertCondition.SeverityAtLeast(AlertSeverity.Major),
                AlertCondition.MessageMatches(@"ORA-0*600\b")),
            Rule("r2", Ignore)));

        Assert.Equal("r1", triage.Decide(Alert(check: "log", fingerprint: "ora-db1", severity: AlertSeverity.Critical, message: "error ORA-00600 internal")).RuleId);
        Assert.Equal("r2", triage.Decide(Alert(check: "log", fingerprint: "ora-db1", severity: AlertSeverity.Minor, message: "error ORA-00600 internal")).RuleId);
        Assert.Equal("r2", triage.Decide(Alert(check: "log", fingerprint: "pg-db1", severity: AlertSeverity.Major, message: "error ORA-00600 internal")).RuleId);
        Assert.Equal("r2", triage.Decide(Alert(check: "log", fingerprint: "ora-db1", severity: AlertSeverity.Major, message: "error ORA-06000")).RuleId);
    }

    [Fact]
    public void Decide_ClassCondition_MatchesTheClassAndItsSubclassesFromTheCmdb()
    {
        TriageRuleSet rules = Set(Rule("servers", Open, AlertCondition.ClassIs("server")), Rule("rest", Ignore));
        AlertTriage triage = AlertTriage.Create(rules, Shop());

        Assert.Equal("servers", triage.Decide(Alert(ci: "db-1")).RuleId);   // server
        Assert.Equal("servers", triage.Decide(Alert(ci: "web-1")).RuleId);  // vm, a server
        Assert.Equal("rest", triage.Decide(Alert(ci: "sw-1")).RuleId);      // switch, a device only
        Assert.Equal("rest", triage.Decide(Alert(ci: "ghost")).RuleId);     // not in the CMDB
        Assert.Equal("rest", triage.Decide(Alert()).RuleId);                // no CI
        Assert.Equal("rest", AlertTriage.Create(rules).Decide(Alert(ci: "db-1")).RuleId); // no CMDB
    }

    [Fact]
    public void Decide_ConfigurationItemField_ExactAndPrefix()
    {
        AlertTriage triage = AlertTriage.Create(Set(
            Rule("web", Open, AlertCondition.StartsWith(AlertField.ConfigurationItem, "web-")),
            Rule("db", Ignore, AlertCondition.Is(AlertField.ConfigurationItem, "db-1"))));

        Assert.Equal("web", triage.Decide(Alert(ci: "web-2")).RuleId);
        Assert.Equal("db", triage.Decide(Alert(ci: "db-1")).RuleId);
        Assert.Null(triage.Decide(Alert()).Rule);
    }

    [Fact]
    public void Create_IndexesRulesWithAnExactCondition()
    {
        AlertTriage triage = AlertTriage.Create(Set(
            Rule("a", Open, AlertCondition.Is(AlertField.Check, "disk")),
            Rule("b", Open, AlertCondition.StartsWith(AlertField.Check, "di")),
            Rule("c", Open, AlertCondition.Is(AlertField.Source, "x"), AlertCondition.MessageMatches("y"))));

        Assert.Equal(2, triage.IndexedRuleCount);
    }

    [Fact]
    public void MessageMatches_BacktrackingConstruct_Refused()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => AlertCondition.MessageMatches(@"(a)\1"));
        Assert.Equal("pattern", e.ParamName);
        Assert.Throws<ArgumentException>(() => AlertCondition.MessageMatches("(unclosed"));
        Assert.Throws<ArgumentException>(() => AlertCondition.MessageMatches(string.Empty));
    }

    [Fact]
    public void Conditions_EqualByKindFieldAndValue()
    {
        Assert.Equal(AlertCondition.MessageMatches("a+"), AlertCondition.MessageMatches("a+"));
        Assert.NotEqual(AlertCondition.Is(AlertField.Check, "a"), AlertCondition.Is(AlertField.Source, "a"));
        Assert.NotEqual(AlertCondition.Is(AlertField.Check, "a"), AlertCondition.StartsWith(AlertField.Check, "a"));
        Assert.Equal(AlertCondition.SeverityAtLeast(AlertSeverity.Major).GetHashCode(), AlertCondition.SeverityAtLeast(AlertSeverity.Major).GetHashCode());
    }

    [Fact]
    public void Alert_ReceivedBeforeRaised_Refused()
    {
        var at = NodaTime.Instant.FromUtc(2026, 11, 1, 0, 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Alert("a", "s", "c", "f", AlertSeverity.Major, at, at - NodaTime.Duration.Epsilon));
        Assert.Throws<ArgumentException>(() => new Alert(" a", "s", "c", "f", AlertSeverity.Major, at, at));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Alert("a", "s", "c", "f", AlertSeverity.Major, at, at) { ClearedAt = at - NodaTime.Duration.Epsilon });
        Assert.Throws<ArgumentOutOfRangeException>(() => new Alert("a", "s", "c", "f", (AlertSeverity)9, at, at));
    }
}
