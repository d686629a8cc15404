using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.Scenarios.IncidentScenarios;

namespace ItsmCore.Incidents.Tests.Scenarios;

/// <summary>
/// Domain brief, case 1: time to notify the customer of a failure, measured from alert receipt, 24x7: service affected
/// SLO 15 min, SLA 30 min; service not affected SLO 60 min, no SLA. While a service-affecting failure is unresolved,
/// an interim report every 60 min.
/// </summary>
/// <remarks>
/// Choices made here: "service affected" is priority Critical or High, "not affected" Medium, Low or Planning (see
/// <see cref="IncidentScenarios.CustomerNotification"/>). The alert arrives on Saturday 2026-11-21 at 02:10 JST (the
/// clocks run 24x7) and the incident is recorded two minutes later with the alert's time as <c>ReportedAt</c>. The
/// interim reports at 55, 115 and 190 minutes are counted from the first customer notification, which opens the first
/// interim cycle: 55 min (met), 60 min (met: a report exactly at the deadline), 75 min (breached).
/// </remarks>
public sealed class CustomerNotificationScenarioTests
{
    private static readonly IncidentRules DeskRules = Rules(o =>
    {
        o.SlaDefinitions.Add(CustomerNotification);
        o.SlaDefinitions.Add(InterimUpdate);
    });

    private static readonly Actor Desk = Actor.Of("support-desk");
    private static readonly Instant Alert = Jst(2026, 11, 21, 2, 10);

    [Theory]
    [InlineData(14, SlaClockState.Met, SlaClockState.Met)]
    [InlineData(15, SlaClockState.Met, SlaClockState.Met)]
    [InlineData(20, SlaClockState.Breached, SlaClockState.Met)]
    [InlineData(30, SlaClockState.Breached, SlaClockState.Met)]
    [InlineData(31, SlaClockState.Breached, SlaClockState.Breached)]
    public void RecordCommunication_ServiceAffected_CustomerNotifiedMinutesAfterTheAlert_MetOrBreachedPerTier(int minutes, SlaClockState slo, SlaClockState sla)
    {
        Incident incident = RecordAlert("High");
        Assert.Equal(new Priority(2, "High"), incident.Priority);
        Assert.Equal(Alert, incident.ReportedAt);
        Assert.Equal(Alert + M(2), incident.RecordedAt);
        Assert.Equal(Alert, incident.SlaClocks[0].StartedAt);

        incident.RecordCommunication(Notice("Failure notice: web servers unreachable"), Desk, Alert + M(minutes));

        TieredSlaClock clock = Assert.Single(incident.SlaClocksFor(SlaMetric.CustomerNotification));
        Assert.False(clock.IsActive);
        TieredSlaStatus s = clock.Evaluate(Alert + H(1));
        Assert.Equal(slo, s.Objective!.Value.State);
        Assert.Equal(sla, s.Agreement!.Value.State);
        Assert.Equal(M(minutes), s.Objective.Value.Elapsed);
        Assert.Equal(M(minutes), s.Agreement.Value.Elapsed);
        Assert.Equal(slo == SlaClockState.Breached ? Jst(2026, 11, 21, 2, 25) + Duration.Epsilon : null, s.Objective.Value.BreachedAt);
        Assert.Equal(sla == SlaClockState.Breached ? Jst(2026, 11, 21, 2, 40) + Duration.Epsilon : null, s.Agreement.Value.BreachedAt);
    }

    [Theory]
    [InlineData(45, SlaClockState.Met)]
    [InlineData(60, SlaClockState.Met)]
    [InlineData(61, SlaClockState.Breached)]
    public void RecordCommunication_ServiceNotAffected_OnlyThe60MinuteSloIsMeasured(int minutes, SlaClockState slo)
    {
        Incident incident = RecordAlert("Low");
        Assert.Equal(new Priority(4, "Low"), incident.Priority);
        TieredSlaClock clock = Assert.Single(incident.SlaClocksFor(SlaMetric.CustomerNotification));
        Assert.Null(clock.Agreement);
        Assert.Equal(Jst(2026, 11, 21, 3, 10), clock.Evaluate(Alert).Objective!.Value.DueAt);

        incident.RecordCommunication(Notice("Monitoring noticed a failed backup job; no service impact"), Desk, Alert + M(minutes));
        TieredSlaStatus s = incident.SlaClocksFor(SlaMetric.CustomerNotification)[0].Evaluate(Alert + H(2));
        Assert.Equal(slo, s.Objective!.Value.State);
        Assert.Equal(M(minutes), s.Objective.Value.Elapsed);
        Assert.Null(s.Agreement);
    }

    [Fact]
    public void RecordCommunication_InterimReportsAt55And115And190Minutes_GiveMetMetBreachedCycles()
    {
        Incident incident = RecordAlert("High");
        Assert.Equal(Jst(2026, 11, 21, 2, 25) + Duration.Epsilon, incident.NextChangeAt(Alert + M(2)));
        incident.Assign(new AssignIncident("cloud-operations"), Desk, Jst(2026, 11, 21, 2, 15));
        incident.StartWork(Desk, Jst(2026, 11, 21, 2, 15));

        // A message to an internal team is not a customer notification.
        incident.RecordCommunication(
            new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Outbound, "second-line", "Web servers unreachable; please join"),
            Desk,
            Jst(2026, 11, 21, 2, 20));
        Assert.True(incident.SlaClocksFor(SlaMetric.CustomerNotification)[0].IsActive);
        Assert.Empty(incident.SlaClocksFor(SlaMetric.RecurringUpdate));

        // The customer is notified 15 min after the alert (exactly at the SLO): the first interim cycle starts.
        Instant notified = Jst(2026, 11, 21, 2, 25);
        incident.RecordCommunication(Notice("Failure notice: web servers unreachable"), Desk, notified);
        TieredSlaStatus notification = incident.SlaClocksFor(SlaMetric.CustomerNotification)[0].Evaluate(notified);
        Assert.Equal(SlaClockState.Met, notification.Objective!.Value.State);
        Assert.Equal(SlaClockState.Met, notification.Agreement!.Value.State);
        Assert.Equal(Jst(2026, 11, 21, 3, 25) + Duration.Epsilon, incident.NextChangeAt(notified));

        incident.RecordCommunication(Notice("Interim report 1: cause isolated to the load balancer"), Desk, notified + M(55));
        Assert.Equal(Jst(2026, 11, 21, 4, 20) + Duration.Epsilon, incident.NextChangeAt(notified + M(55)));
        incident.RecordCommunication(Notice("Interim report 2: replacement unit on its way"), Desk, notified + M(115));
        Assert.Equal(Jst(2026, 11, 21, 5, 20) + Duration.Epsilon, incident.NextChangeAt(notified + M(115)));
        Assert.Null(incident.NextChangeAt(Jst(2026, 11, 21, 5, 30)));
        incident.RecordCommunication(Notice("Interim report 3: unit replaced, traffic returning"), Desk, notified + M(190));
        Assert.Equal(Jst(2026, 11, 21, 6, 35) + Duration.Epsilon, incident.NextChangeAt(notified + M(190)));

        // Resolved 06:00: the open interim cycle ends (met); a final report after the resolution opens no new cycle.
        incident.Resolve(new ResolveIncident("fixed", "Load balancer unit replaced"), Desk, Jst(2026, 11, 21, 6, 0));
        incident.RecordCommunication(Notice("Final report: service restored at 06:00"), Desk, Jst(2026, 11, 21, 6, 5));
        Assert.Null(incident.NextChangeAt(Jst(2026, 11, 21, 6, 5)));

        TieredSlaClock interim = Assert.Single(incident.SlaClocksFor(SlaMetric.RecurringUpdate));
        Assert.False(interim.IsActive);
        Assert.Null(interim.Objective);
        Assert.Equal(
        [
            (1, Jst(2026, 11, 21, 2, 25), Jst(2026, 11, 21, 3, 20), SlaClockState.Met, M(55), (Instant?)null),
            (2, Jst(2026, 11, 21, 3, 20), Jst(2026, 11, 21, 4, 20), SlaClockState.Met, M(60), null),
            (3, Jst(2026, 11, 21, 4, 20), Jst(2026, 11, 21, 5, 35), SlaClockState.Breached, M(75), Jst(2026, 11, 21, 5, 20) + Duration.Epsilon),
            (4, Jst(2026, 11, 21, 5, 35), Jst(2026, 11, 21, 6, 0), SlaClockState.Met, M(25), null),
        ],
        interim.Agreement!.Cycles.Select(c => (c.Number, c.StartedAt, c.EndedAt!.Value, c.Outcome!.Value, c.Elapsed, c.BreachedAt)));
        Assert.Equal(6, incident.Communications.Count);
    }

    private static RecordStakeholderCommunication Notice(string summary) =>
        new(StakeholderAudience.Customer, CommunicationDirection.Outbound, "customer-ops-contact", summary);

    private static Incident RecordAlert(string impact) =>
        Incident.Record(
            new RecordIncident("Alert: web servers unreachable", "Monitoring alert from the external probe.", Actor.Of("monitoring"), ReportingChannel.Monitoring, impact, "Medium")
            {
                ReportedAt = Alert,
            },
            new IncidentId("INC-20261121-0003"),
            Desk,
            Alert + M(2),
            DeskRules);
}
