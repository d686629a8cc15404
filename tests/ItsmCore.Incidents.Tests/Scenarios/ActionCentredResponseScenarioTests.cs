using System.Linq;
using ItsmCore.Primitives;
using NodaTime;
using static ItsmCore.Incidents.Tests.Scenarios.IncidentScenarios;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Domain brief, case 12: incident response is action-centred: for each prepared action (public notice, workaround,
/// rollback) the information that decides it and the criterion applied are recorded, and each decision records what
/// was observed and how the criterion applied.
/// </summary>
/// <remarks>
/// Choices made here: the actions belong to case 2's payment-integration failure (Friday 2026-11-20, Asia/Tokyo). The
/// three actions are prepared at 14:10; the rollback is declined at 14:40 (nothing was deployed near the start of the
/// failures), the workaround declined at 15:10 (the backup acquirer cannot take the volume), the public notice taken at
/// 17:30 (the criterion is met and the text is approved).
/// </remarks>
public sealed class ActionCentredResponseScenarioTests
{
    private static readonly Actor OpsLead = Actor.Of("ops-lead", "Operations lead");
    private static readonly Actor OpsManager = Actor.Of("ops-manager", "Operations manager");

    [Fact]
    public void PrepareAndDecideActions_NoticeWorkaroundRollback_EachWithItsInformationCriterionAndDecision()
    {
        Incident incident = RespondWithActions();

        Assert.Equal(["Publish the customer notice", "Route authorisations to the backup acquirer", "Roll back the last release"], incident.Actions.Select(a => a.Name));
        IncidentAction notice = incident.Actions[0];
        Assert.Equal(["Are card payments failing for more than one merchant?", "How long have they been failing?", "Is the notice text agreed with sales and approved?"], notice.DecidingInformation);
        Assert.Equal("Publish when payments fail for more than one merchant for over 30 minutes and the text is approved", notice.Criterion);
        Assert.Equal((T(14, 10), OpsLead), (notice.PreparedAt, notice.PreparedBy));
        Assert.Equal(
            new IncidentActionDecision(true, "Every merchant failing since 13:30; supplier confirmed at 15:00; text agreed 15:30, verified 17:00, approved 17:30", "More than one merchant for over 30 minutes and the text approved: publish", T(17, 30), OpsManager),
            notice.Decision);

        IncidentAction workaround = incident.Actions[1];
        Assert.Equal(["Share of failing authorisations", "Spare capacity of the backup acquirer"], workaround.DecidingInformation);
        Assert.Equal("Route when more than 20 % of authorisations fail and the backup can take the volume", workaround.Criterion);
        Assert.Equal(
            new IncidentActionDecision(false, "65 % of authorisations failing; the backup acquirer can take 30 % of peak volume", "The backup cannot take the volume: not routed", T(15, 10), OpsLead),
            workaround.Decision);

        IncidentAction rollback = incident.Actions[2];
        Assert.Equal(["Was anything deployed in the last 24 hours?", "Did the failures start within 30 minutes after a deployment?"], rollback.DecidingInformation);
        Assert.Equal("Roll back only when the failures start within 30 minutes after a deployment", rollback.Criterion);
        Assert.Equal(
            new IncidentActionDecision(false, "Last deployment Tuesday 2026-11-17; failures started 13:30 Friday with the supplier's outage", "No deployment near the start of the failures: no rollback", T(14, 40), OpsLead),
            rollback.Decision);
    }

    [Fact]
    public void Journal_PrepareAndDecideActions_ShowsEveryPreparationAndDecision()
    {
        Incident incident = RespondWithActions();
        Assert.Equal(
        [
            "#3 Fri 2026-11-20 05:10 (UTC) ops-lead Action prepared: Action: (none) -> Publish the customer notice (decided by: Are card payments failing for more than one merchant?; How long have they been failing?; Is the notice text agreed with sales and approved?; criterion: Publish when payments fail for more than one merchant for over 30 minutes and the text is approved)",
            "#4 Fri 2026-11-20 05:10 (UTC) ops-lead Action prepared: Action: (none) -> Route authorisations to the backup acquirer (decided by: Share of failing authorisations; Spare capacity of the backup acquirer; criterion: Route when more than 20 % of authorisations fail and the backup can take the volume)",
            "#5 Fri 2026-11-20 05:10 (UTC) ops-lead Action prepared: Action: (none) -> Roll back the last release (decided by: Was anything deployed in the last 24 hours?; Did the failures start within 30 minutes after a deployment?; criterion: Roll back only when the failures start within 30 minutes after a deployment)",
            "#6 Fri 2026-11-20 05:40 (UTC) ops-lead Action decided: Action Roll back the last release: prepared -> declined; Observed: (none) -> Last deployment Tuesday 2026-11-17; failures started 13:30 Friday with the supplier's outage (reason: No deployment near the start of the failures: no rollback)",
            "#7 Fri 2026-11-20 06:10 (UTC) ops-lead Action decided: Action Route authorisations to the backup acquirer: prepared -> declined; Observed: (none) -> 65 % of authorisations failing; the backup acquirer can take 30 % of peak volume (reason: The backup cannot take the volume: not routed)",
            "#8 Fri 2026-11-20 08:30 (UTC) ops-manager Action decided: Action Publish the customer notice: prepared -> taken; Observed: (none) -> Every merchant failing since 13:30; supplier confirmed at 15:00; text agreed 15:30, verified 17:00, approved 17:30 (reason: More than one merchant for over 30 minutes and the text approved: publish)",
        ],
        incident.Journal.Skip(2).Select(e => e.ToString()));

        // The observed information is carried by the event (and so survives a rebuild), not only by the journal line.
        IncidentActionDecided decided = Assert.IsType<IncidentActionDecided>(incident.UncommittedEvents[^1]);
        Assert.Equal("Every merchant failing since 13:30; supplier confirmed at 15:00; text agreed 15:30, verified 17:00, approved 17:30", decided.Observed);
        // (IncidentAction compares DecidingInformation by reference, so the rebuilt actions are compared field by field.)
        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, incident.Rules);
        Assert.Equal(incident.Journal, rebuilt.Journal);
        Assert.Equal(incident.Actions.Count, rebuilt.Actions.Count);
        for (int n = 0; n < incident.Actions.Count; n++)
        {
            IncidentAction expected = incident.Actions[n];
            IncidentAction actual = rebuilt.Actions[n];
            Assert.Equal((expected.Name, expected.Criterion, expected.PreparedAt, expected.PreparedBy, expected.Decision), (actual.Name, actual.Criterion, actual.PreparedAt, actual.PreparedBy, actual.Decision));
            Assert.Equal(expected.DecidingInformation, actual.DecidingInformation);
        }
    }

    [Fact]
    public void DecideAction_TwiceOrUnprepared_IsRefusedAndChangesNothing()
    {
        Incident incident = RespondWithActions();
        long version = incident.Version;

        DomainRuleException twice = Assert.Throws<DomainRuleException>(() =>
            incident.DecideAction(new DecideIncidentAction("roll back the last release", true, "A deployment was found", "Changed our mind"), OpsLead, T(18, 0)));
        Assert.Equal("decide an action", twice.Attempted);
        Assert.Equal("'Roll back the last release' was decided at 2026-11-20T05:40:00Z", twice.Reason);

        DomainRuleException unknown = Assert.Throws<DomainRuleException>(() =>
            incident.DecideAction(new DecideIncidentAction("Restart the gateway", true, "Gateway healthy", "Not needed"), OpsLead, T(18, 0)));
        Assert.Equal("no action named 'Restart the gateway' is prepared", unknown.Reason);

        Assert.Equal(version, incident.Version);
        Assert.False(incident.Actions[2].Decision!.Taken);
    }

    private static Instant T(int hour, int minute) => Jst(2026, 11, 20, hour, minute);

    private static Incident RespondWithActions()
    {
        Incident incident = Incident.Record(
            new RecordIncident("Card payments fail at the payment-integration service", "Reported by sales.", Actor.Of("sales-desk"), ReportingChannel.Phone, "High", "High")
            {
                ReportedAt = T(14, 0),
                Severity = 3,
            },
            new IncidentId("INC-20261120-0042"),
            OpsLead,
            T(14, 0),
            Rules(_ => { }));
        Assert.Equal(2, incident.Version);

        incident.PrepareAction(
            new PrepareIncidentAction(
                "Publish the customer notice",
                ["Are card payments failing for more than one merchant?", "How long have they been failing?", "Is the notice text agreed with sales and approved?"],
                "Publish when payments fail for more than one merchant for over 30 minutes and the text is approved"),
            OpsLead,
            T(14, 10));
        incident.PrepareAction(
            new PrepareIncidentAction(
                "Route authorisations to the backup acquirer",
                ["Share of failing authorisations", "Spare capacity of the backup acquirer"],
                "Route when more than 20 % of authorisations fail and the backup can take the volume"),
            OpsLead,
            T(14, 10));
        incident.PrepareAction(
            new PrepareIncidentAction(
                "Roll back the last release",
                ["Was anything deployed in the last 24 hours?", "Did the failures start within 30 minutes after a deployment?"],
                "Roll back only when the failures start within 30 minutes after a deployment"),
            OpsLead,
            T(14, 10));
        Assert.All(incident.Actions, a => Assert.Null(a.Decision));

        incident.DecideAction(
            new DecideIncidentAction("Roll back the last release", false, "Last deployment Tuesday 2026-11-17; failures started 13:30 Friday with the supplier's outage", "No deployment near the start of the failures: no rollback"),
            OpsLead,
            T(14, 40));
        incident.DecideAction(
            new DecideIncidentAction("Route authorisations to the backup acquirer", false, "65 % of authorisations failing; the backup acquirer can take 30 % of peak volume", "The backup cannot take the volume: not routed"),
            OpsLead,
            T(15, 10));
        incident.DecideAction(
            new DecideIncidentAction("Publish the customer notice", true, "Every merchant failing since 13:30; supplier confirmed at 15:00; text agreed 15:30, verified 17:00, approved 17:30", "More than one merchant for over 30 minutes and the text approved: publish"),
            OpsManager,
            T(17, 30));
        return incident;
    }
}
