using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Alerts.Tests.TestData;

namespace ItsmCore.Alerts.Tests;

public sealed class AlertIntakeTests
{
    private static readonly TriageRuleSet Rules = Set(
        Rule("noise", TriageOutcome.NoAction("batch window disk spikes"), AlertCondition.Is(AlertField.Check, "disk")),
        Rule("repeat", TriageOutcome.AttachToOpenIncident(M(30), "P3"), AlertCondition.Is(AlertField.Check, "url")),
        Rule("page", TriageOutcome.Notify("db-team"), AlertCondition.Is(AlertField.Check, "db")));

    [Fact]
    public async Task ReceiveAsync_NoAction_NothingOpenedNoClocks()
    {
        var gateway = new InMemoryAlertIncidentGateway();

        AlertIntakeResult r = await new AlertIntake(AlertTriage.Create(Rules), gateway).ReceiveAsync(Alert(check: "disk", ci: "db-1"), CmdbGraph.Compile(Shop()));

        Assert.Equal("noise", r.Decision.RuleId);
        Assert.Null(r.Impact);
        Assert.Null(r.Clocks);
        Assert.Empty(gateway.Incidents);
    }

    [Fact]
    public async Task ReceiveAsync_Attach_SameFingerprintWithinWindow_ElseSameCi_ElseOpens()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);
        Instant t = Jst(2026, 11, 21, 2, 0);

        AlertIntakeResult first = await intake.ReceiveAsync(Alert("a1", check: "url", fingerprint: "x", ci: "lb", raised: t, detection: Duration.Zero), null);
        AlertIntakeResult byFingerprint = await intake.ReceiveAsync(Alert("a2", check: "url", fingerprint: "x", ci: "web-1", raised: t + M(30), detection: Duration.Zero), null);
        AlertIntakeResult byCi = await intake.ReceiveAsync(Alert("a3", check: "url", fingerprint: "y", ci: "lb", raised: t + M(20), detection: Duration.Zero), null);
        AlertIntakeResult late = await intake.ReceiveAsync(Alert("a4", check: "url", fingerprint: "x", ci: "lb", raised: t + M(30) + Duration.Epsilon, detection: Duration.Zero), null);

        Assert.Equal(new[] { "INC-1" }, Ids(first.Opened));
        Assert.Equal(new IncidentId("INC-1"), byFingerprint.AttachedTo); // exactly at the window's start: in
        Assert.Equal(new IncidentId("INC-1"), byCi.AttachedTo);
        Assert.Null(late.AttachedTo);
        Assert.Equal(new[] { "INC-2" }, Ids(late.Opened));
        Assert.Equal(2, gateway.Attachments.Count);
    }

    [Fact]
    public async Task ReceiveAsync_AttachToResolvedIncident_OpensANewOne()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);
        await intake.ReceiveAsync(Alert("a1", check: "url"), null);
        gateway.Resolve(new IncidentId("INC-1"));

        AlertIntakeResult again = await intake.ReceiveAsync(Alert("a2", check: "url"), null);

        Assert.Null(again.AttachedTo);
        Assert.Equal(new[] { "INC-2" }, Ids(again.Opened));
    }

    [Fact]
    public async Task ReceiveAsync_NotifyAndUnmatched_OpenNothing_UnknownImpactCountsAsServiceAffecting()
    {
        var gateway = new InMemoryAlertIncidentGateway();
        var intake = new AlertIntake(AlertTriage.Create(Rules), gateway);

        AlertIntakeResult notify = await intake.ReceiveAsync(Alert(check: "db"), null);
        AlertIntakeResult manual = await intake.ReceiveAsync(Alert(check: "ports"), null);

        Assert.Equal("db-team", notify.NotifyContactList);
        Assert.Null(manual.Decision.Rule);
        Assert.Empty(gateway.Incidents);
        Assert.Equal(ServiceImpactKind.Unknown, manual.Impact!.Kind);
        Assert.True(manual.Clocks!.ServiceAffected);
    }
}
