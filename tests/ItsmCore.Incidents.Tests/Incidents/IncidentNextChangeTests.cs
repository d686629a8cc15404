using System;
using ItsmCore.Sla;
using NodaTime;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>NextChangeAt: the one timer a host sets per incident.</summary>
public sealed class IncidentNextChangeTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;
    private static readonly Duration Ns = Duration.Epsilon;

    [Fact]
    public void NextChangeAt_Recorded_EarliestBreachIsTheNotificationObjective()
    {
        Incident incident = Kit.Record();

        // First response 16:30/17:00, notification 16:15/16:30 (24x7), resolution thresholds from 17:00.
        Assert.Equal(Fri1600 + Kit.M(15) + Ns, incident.NextChangeAt(Fri1600));
        Assert.Equal(Fri1600 + Kit.M(30) + Ns, incident.NextChangeAt(Fri1600 + Kit.M(15) + Ns));
        Assert.Equal(Fri1600 + Kit.H(1), incident.NextChangeAt(Fri1600 + Kit.M(30) + Ns));
    }

    [Fact]
    public void NextChangeAt_ResolutionThresholdsThenBreaches_AcrossTheWeekend()
    {
        Incident incident = Kit.Record(Kit.Only(Kit.StandardDefinitions(SlaTargetChangePolicy.KeepStart)[1]));

        // Objective 2 h: 50 % 17:00, 75 % 17:30, 90 % 17:48, used up at 18:00 Friday and breached at the next working
        // instant; agreement 4 h: 50 % at 18:00 Friday, 75 % Monday 10:00, 90 % 10:36, breached after 11:00.
        Instant[] expected =
        [
            Kit.Jst(2026, 6, 5, 17),
            Kit.Jst(2026, 6, 5, 17, 30),
            Kit.Jst(2026, 6, 5, 17, 48),
            Kit.Jst(2026, 6, 5, 18),
            Kit.Jst(2026, 6, 8, 9) + Ns,
            Kit.Jst(2026, 6, 8, 10),
            Kit.Jst(2026, 6, 8, 10, 36),
            Kit.Jst(2026, 6, 8, 11) + Ns,
        ];
        Instant now = Fri1600;
        foreach (Instant next in expected)
        {
            Assert.Equal(next, incident.NextChangeAt(now));
            now = next;
        }

        Assert.Null(incident.NextChangeAt(now));
    }

    [Fact]
    public void NextChangeAt_Paused_NothingFromThePausedClock()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress, Kit.Only(Kit.Single(SlaMetric.Resolution, Kit.OnOffice(Kit.H(4)))));
        incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Kit.Engineer, Fri1600 + Kit.H(1));

        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.H(1)));

        incident.Resume(Kit.Engineer, Kit.Jst(2026, 6, 8, 10));

        Assert.Equal(Kit.Jst(2026, 6, 8, 13) + Ns, incident.NextChangeAt(Kit.Jst(2026, 6, 8, 10)));
    }

    [Fact]
    public void NextChangeAt_PastInstant_AnsweredFromHistory()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress, Kit.Only(Kit.Single(SlaMetric.Resolution, Kit.OnOffice(Kit.H(4)))));
        incident.Resolve(new ResolveIncident("fixed", "Done."), Kit.Engineer, Fri1600 + Kit.H(1));

        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.H(1)));
        Assert.Equal(Kit.Jst(2026, 6, 8, 11) + Ns, incident.NextChangeAt(Fri1600 + Kit.M(30)));
    }

    [Fact]
    public void NextChangeAt_EscalationDeadline_OneNanosecondAfter()
    {
        Incident incident = Kit.Record(Kit.Bare);
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty") { ReplyWithin = Kit.OnOffice(Kit.H(2)) }, Kit.Desk, Kit.Jst(2026, 6, 5, 17));

        Assert.Equal(Kit.Jst(2026, 6, 8, 10) + Ns, incident.NextChangeAt(Kit.Jst(2026, 6, 5, 17)));
        Assert.Equal(Kit.Jst(2026, 6, 8, 10) + Ns, incident.NextChangeAt(Kit.Jst(2026, 6, 8, 10)));
        Assert.Null(incident.NextChangeAt(Kit.Jst(2026, 6, 8, 10) + Ns));

        incident.AnswerEscalation(new AnswerEscalation(1, "Ok"), Kit.Manager, Kit.Jst(2026, 6, 5, 18));

        Assert.Null(incident.NextChangeAt(Kit.Jst(2026, 6, 5, 18)));
    }

    [Fact]
    public void NextChangeAt_EscalationBeforeAClockBreach_EscalationWins()
    {
        Incident incident = Kit.Record();
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "acme", "Investigating"), Kit.Desk, Fri1600 + Kit.M(10));
        Assert.Equal(Fri1600 + Kit.H(1), incident.NextChangeAt(Fri1600 + Kit.M(10)));

        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty") { ReplyWithin = Kit.OnAlways(Kit.M(30)) }, Kit.Desk, Fri1600 + Kit.M(10));

        Assert.Equal(Fri1600 + Kit.M(40) + Ns, incident.NextChangeAt(Fri1600 + Kit.M(10)));
    }

    [Fact]
    public void NextChangeAt_TaskClock_Counts()
    {
        Incident incident = Kit.Record(Kit.Bare, severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Verify the fix on staging", PriorityScale.Default.Get("High"), "payments-l2", "im.suzuki") { Target = Kit.OnAlways(Kit.H(4)) }, Kit.Manager, Fri1600);

        Assert.Equal(Fri1600 + Kit.H(4) + Ns, incident.NextChangeAt(Fri1600));

        incident.CompleteTask(new CompleteMajorIncidentTask(1, "Verified"), Kit.Engineer, Fri1600 + Kit.H(1));

        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.H(1)));
    }

    [Fact]
    public void NextChangeAt_ExpectationClock_CountsFromItsStart()
    {
        Incident incident = Kit.Record(Kit.Bare);
        incident.ExpectCommunication(
            new ExpectStakeholderCommunication("supplier-disclosure", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.M(30))) { From = Fri1600 - Kit.M(10) },
            Kit.Desk,
            Fri1600);

        Assert.Equal(Fri1600 + Kit.M(20) + Ns, incident.NextChangeAt(Fri1600));

        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage since 15:50"), Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.M(5)));
    }

    [Fact]
    public void NextChangeAt_ClocksTasksExpectationsAndEscalations_IsTheEarliest()
    {
        Incident incident = Kit.Record(Kit.Only(Kit.Single(SlaMetric.Resolution, Kit.OnAlways(Kit.H(8)))), severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Notice text", PriorityScale.Default.Get("High"), "comms", "im.suzuki") { Target = Kit.OnAlways(Kit.H(2)) }, Kit.Manager, Fri1600);
        incident.ExpectCommunication(new ExpectStakeholderCommunication("supplier", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.H(3))), Kit.Desk, Fri1600);
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "cio", "Major") { ReplyWithin = Kit.OnAlways(Kit.H(1)) }, Kit.Desk, Fri1600);

        Assert.Equal(Fri1600 + Kit.H(1) + Ns, incident.NextChangeAt(Fri1600));
        Assert.Equal(Fri1600 + Kit.H(2) + Ns, incident.NextChangeAt(Fri1600 + Kit.H(1) + Ns));
        Assert.Equal(Fri1600 + Kit.H(3) + Ns, incident.NextChangeAt(Fri1600 + Kit.H(2) + Ns));
        Assert.Equal(Fri1600 + Kit.H(8) + Ns, incident.NextChangeAt(Fri1600 + Kit.H(3) + Ns));
        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.H(8) + Ns));
    }

    [Fact]
    public void NextChangeAt_NothingPending_Null()
    {
        Assert.Null(Kit.Record(Kit.Bare).NextChangeAt(Fri1600));
        Assert.Null(Kit.InState(IncidentStatus.Cancelled).NextChangeAt(Kit.Jst(2026, 6, 8, 9)));
    }
}
