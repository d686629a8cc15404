using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests.Scenarios;

/// <summary>
/// Case 17: a redundant failover counts as "no service impact" (notify within 60 min, no SLA); an impacting failure
/// opens a ticket at once (15 min SLO / 30 min SLA). The shop: online sales on a two-server web pool (at least one up)
/// and a load balancer without redundancy; the pool and the reports service on db-1.
/// </summary>
public sealed class FailoverScenarioTests
{
    private static readonly TriageRuleSet Rules = Set(Rule("alive", TriageOutcome.OpenIncident("P1"), AlertCondition.Is(AlertField.Check, "alive")));

    [Fact]
    public void Assess_OnePoolMemberDown_AbsorbedByRedundancyWithExplanation()
    {
        ServiceImpact impact = ServiceImpact.Assess(CmdbGraph.Compile(Shop()), new ConfigurationItemId("web-1"));

        Assert.Equal(ServiceImpactKind.AbsorbedByRedundancy, impact.Kind);
        Assert.False(impact.IsServiceAffecting);
        Assert.Empty(impact.ServicesDown);
        AffectedService sales = Assert.Single(impact.Services);
        Assert.Equal((new ServiceId("sales"), ImpactState.Degraded), (sales.Service, sales.State));
        Assert.Equal(new RedundancyAbsorption(new ConfigurationItemId("pool"), 1, 2, 1), Assert.Single(impact.Absorptions));
        Assert.Equal(
            "not service affecting: pool kept its quorum (1 of 2 up, minimum 1); sales degraded: web-1 (input); web-1 member of pool (quorum degraded: 1 of 2 up, minimum 1); pool used by sales",
            impact.ToString());
    }

    [Fact]
    public void Assess_QuorumLost_ServiceAffecting()
    {
        ServiceImpact impact = ServiceImpact.Assess(CmdbGraph.Compile(Shop(minUp: 2)), new ConfigurationItemId("web-1"));

        Assert.Equal(ServiceImpactKind.ServiceAffecting, impact.Kind);
        Assert.Equal(new[] { new ServiceId("sales") }, impact.ServicesDown);
        Assert.Empty(impact.Absorptions);
        Assert.Contains("web-1 member of pool (quorum lost: 1 of 2 up, minimum 2); pool used by sales", impact.Services[0].Explanation.ToString());
    }

    [Fact]
    public void Assess_NonRedundantDependency_EveryDependentServiceDown()
    {
        ServiceImpact db = ServiceImpact.Assess(CmdbGraph.Compile(Shop()), new ConfigurationItemId("db-1"));
        ServiceImpact sw = ServiceImpact.Assess(CmdbGraph.Compile(Shop()), new ConfigurationItemId("sw-1"));
        ServiceImpact ghost = ServiceImpact.Assess(CmdbGraph.Compile(Shop()), new ConfigurationItemId("ghost"));

        Assert.Equal(new[] { "reports", "sales" }, db.ServicesDown.Select(s => s.Value).ToArray());
        Assert.Equal(ServiceImpactKind.NoServiceImpaired, sw.Kind);
        Assert.Equal(ServiceImpactKind.Unknown, ghost.Kind);
    }

    [Fact]
    public async Task ReceiveAsync_Failover_OneIncidentOnTheCiNotServiceAffecting_60MinuteObjectiveNoSla()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);
        Alert alert = Alert(ci: "web-1", raised: Jst(2026, 11, 21, 2, 9), detection: M(1)); // received 02:10

        AlertIntakeResult result = await intake.ReceiveAsync(alert, CmdbGraph.Compile(Shop()));

        Assert.Equal(ServiceImpactKind.AbsorbedByRedundancy, result.Impact!.Kind);
        var (incident, open, request) = Assert.Single(gateway.Incidents);
        Assert.True(open);
        Assert.Null(request!.Service);
        Assert.False(request.ServiceAffecting);
        Assert.Equal("P1", request.Priority);
        Assert.Equal(Jst(2026, 11, 21, 3, 10), result.Clocks!.NotificationObjectiveDueAt);
        Assert.Null(result.Clocks.NotificationAgreementDueAt);
        Assert.Equal("service not affected", result.Clocks.Selection.Rule.Name);
    }

    [Fact]
    public async Task ReceiveAsync_DatabaseDown_OneIncidentPerServiceDown_15And30MinuteClocks()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);

        AlertIntakeResult result = await intake.ReceiveAsync(Alert(ci: "db-1", raised: Jst(2026, 11, 21, 2, 9)), CmdbGraph.Compile(Shop()));

        Assert.Equal(new[] { "INC-1", "INC-2" }, Ids(result.Opened));
        Assert.Equal(new[] { "reports", "sales" }, gateway.Incidents.Select(i => i.Request!.Service!.Value.Value).ToArray());
        Assert.All(gateway.Incidents, i => Assert.True(i.Request!.ServiceAffecting));
        Assert.Equal(Jst(2026, 11, 21, 2, 25), result.Clocks!.NotificationObjectiveDueAt);
        Assert.Equal(Jst(2026, 11, 21, 2, 40), result.Clocks.NotificationAgreementDueAt);
    }
}
