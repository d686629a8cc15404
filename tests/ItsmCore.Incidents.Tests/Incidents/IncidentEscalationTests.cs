using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Functional and hierarchical escalation, reply deadlines on business calendars, answers and lateness.</summary>
public sealed class IncidentEscalationTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;
    private static readonly Instant Fri1700 = Kit.Jst(2026, 6, 5, 17);

    [Fact]
    public void Escalate_FunctionalFromNew_AssignsToTheTargetGroup()
    {
        Incident incident = Kit.Record();

        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "payments-l2", "Needs gateway expertise"), Kit.Desk, Fri1700);

        Assert.Equal(IncidentStatus.Assigned, incident.Status);
        Assert.Equal("payments-l2", incident.AssignmentGroup);
        Assert.Null(incident.Assignee);
        Escalation escalation = Assert.Single(incident.Escalations);
        Assert.Equal(
            new Escalation(1, EscalationKind.Functional, "payments-l2", "Needs gateway expertise", Fri1700, Kit.Desk, Kit.Jst(2026, 6, 8, 10))
            {
                OverdueFrom = Kit.Jst(2026, 6, 8, 10) + Duration.Epsilon,
                ReplyWithin = Kit.OnOffice(Kit.H(2)),
                ReplyZone = Kit.Tokyo,
            },
            escalation);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Escalated", entry.Action);
        Assert.Equal("Needs gateway expertise", entry.Reason);
        Assert.Equal(
            [
                new FieldChange("Escalation", null, "#1 Functional to payments-l2, answer due Mon 2026-06-08 10:00 (Asia/Tokyo) (within 2 h on jp-office)"),
                new FieldChange("AssignmentGroup", null, "payments-l2"),
                new FieldChange("Status", "New", "Assigned"),
            ],
            entry.Changes);
    }

    [Fact]
    public void Escalate_FunctionalWhileInProgress_ReassignsAndKeepsTheState()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "network-l3", "Packet loss at the edge"), Kit.Engineer, Fri1700);

        Assert.Equal(IncidentStatus.InProgress, incident.Status);
        Assert.Equal("network-l3", incident.AssignmentGroup);
        Assert.Null(incident.Assignee);
        Assert.Equal(
            [new FieldChange("AssignmentGroup", "payments-l2", "network-l3"), new FieldChange("Assignee", Kit.Engineer.Id, null)],
            incident.Journal[^1].Changes.Skip(1));
    }

    [Fact]
    public void Escalate_FunctionalWhileOnHold_StaysOnHold()
    {
        Incident incident = Kit.InState(IncidentStatus.OnHold);

        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "supplier-desk", "Chase the supplier"), Kit.Engineer, Fri1700);

        Assert.Equal(IncidentStatus.OnHold, incident.Status);
        Assert.Equal(HoldReason.AwaitingCustomer, incident.HoldReason);
        Assert.Equal("supplier-desk", incident.AssignmentGroup);
    }

    [Fact]
    public void Escalate_Hierarchical_DoesNotReassign()
    {
        Incident incident = Kit.Record();

        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Customer threatens penalty"), Kit.Desk, Fri1700);

        Assert.Equal(IncidentStatus.New, incident.Status);
        Assert.Null(incident.AssignmentGroup);
        Assert.Equal(EscalationKind.Hierarchical, incident.Escalations[0].Kind);
        Assert.Single(incident.Journal[^1].Changes);
    }

    [Fact]
    public void Escalate_FunctionalToTheCurrentGroup_Refused()
    {
        Incident incident = Kit.InState(IncidentStatus.Assigned);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.Escalate(new EscalateIncident(EscalationKind.Functional, "payments-l2", "Again"), Kit.Desk, Fri1700));

        Assert.Equal("escalate", ex.Attempted);
        Assert.Equal("it is already assigned to payments-l2; a functional escalation moves it to another group", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Escalate_HierarchicalToTheCurrentGroupName_Allowed()
    {
        Incident incident = Kit.InState(IncidentStatus.Assigned);

        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "payments-l2", "Inform the team lead"), Kit.Desk, Fri1700);

        Assert.Single(incident.Escalations);
    }

    [Fact]
    public void Escalate_TwoWorkingHoursFromFriday1700_DueMonday1000()
    {
        Incident incident = Kit.Record();

        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk") { ReplyWithin = Kit.OnOffice(Kit.H(2)) }, Kit.Desk, Fri1700);

        Assert.Equal(Kit.Jst(2026, 6, 8, 10), incident.Escalations[0].ReplyDueAt);
    }

    [Fact]
    public void Escalate_MajorIncident_DeadlineOn24x7()
    {
        Incident incident = Kit.Record(severity: 3);

        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "cio", "Major incident"), Kit.Desk, Fri1700);

        Assert.Equal(Kit.Jst(2026, 6, 5, 19), incident.Escalations[0].ReplyDueAt);
    }

    [Fact]
    public void Escalate_OwnReplyTarget_OverridesTheDefault()
    {
        Incident incident = Kit.Record();

        incident.Escalate(
            new EscalateIncident(EscalationKind.Functional, "payments-l2", "Next business day") { ReplyWithin = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), Kit.OfficeId) },
            Kit.Desk,
            Fri1700);

        // By 09:00 next business day from Friday 17:00: the working time up to it (1 h) runs out at Friday's 18:00 close.
        Assert.Equal(Kit.Jst(2026, 6, 5, 18), incident.Escalations[0].ReplyDueAt);
    }

    [Fact]
    public void Escalate_NoTargetGivenOrConfigured_Refused()
    {
        Incident incident = Kit.Record(Kit.Bare);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700));

        Assert.Equal("no reply deadline: give ReplyWithin or configure IncidentOptions.EscalationReplyTarget", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Escalate_UnknownCalendar_ThrowsAndChangesNothing()
    {
        Incident incident = Kit.Record();
        IncidentState before = IncidentState.Of(incident);

        Assert.Throws<KeyNotFoundException>(() => incident.Escalate(
            new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk") { ReplyWithin = SlaTarget.Within(Kit.H(1), "mars-office") },
            Kit.Desk,
            Fri1700));

        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Theory]
    [InlineData(IncidentStatus.Resolved, "it is Resolved; a resolved incident is reopened first")]
    [InlineData(IncidentStatus.Closed, "it is Closed; closed and cancelled incidents do not change")]
    [InlineData(IncidentStatus.Cancelled, "it is Cancelled; closed and cancelled incidents do not change")]
    public void Escalate_NotUnresolved_Refused(IncidentStatus status, string reason)
    {
        Incident incident = Kit.InState(status);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Late"), Kit.Desk, Fri1700));

        Assert.Equal(reason, ex.Reason);
    }

    [Fact]
    public void IsOverdueAt_Unanswered_FromTheFirstInstantAfterTheDeadline()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);
        Escalation escalation = incident.Escalations[0];

        Assert.False(escalation.IsOverdueAt(Kit.Jst(2026, 6, 6, 12)));
        Assert.False(escalation.IsOverdueAt(Kit.Jst(2026, 6, 8, 10)));
        Assert.True(escalation.IsOverdueAt(Kit.Jst(2026, 6, 8, 10) + Duration.Epsilon));
    }

    [Fact]
    public void AnswerEscalation_InTime_NotOverdue()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);

        incident.AnswerEscalation(new AnswerEscalation(1, "Approved overtime for the weekend"), Kit.Manager, Kit.Jst(2026, 6, 5, 17, 30));

        Escalation escalation = incident.Escalations[0];
        Assert.Equal(Kit.Jst(2026, 6, 5, 17, 30), escalation.AnsweredAt);
        Assert.Equal("Approved overtime for the weekend", escalation.Answer);
        Assert.False(escalation.IsOverdueAt(Kit.Jst(2026, 6, 9, 10)));
        Assert.Equal([new FieldChange("Escalation #1", "awaiting answer", "Approved overtime for the weekend")], incident.Journal[^1].Changes);
        Assert.Equal("Escalation answered", incident.Journal[^1].Action);
    }

    [Fact]
    public void AnswerEscalation_Late_KeptAndOverdue()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);

        incident.AnswerEscalation(new AnswerEscalation(1, "Seen on Monday"), Kit.Manager, Kit.Jst(2026, 6, 8, 10, 30));

        Escalation escalation = incident.Escalations[0];
        Assert.Equal(Kit.Jst(2026, 6, 8, 10, 30), escalation.AnsweredAt);
        Assert.True(escalation.IsOverdueAt(Kit.Jst(2026, 6, 8, 10, 30)));
        // Lateness is decided by the answer, not by the instant asked about.
        Assert.True(escalation.IsOverdueAt(Fri1700));
    }

    [Fact]
    public void IsOverdueAt_NextBusinessDay0900AnsweredMonday0830_OnTimeThoughAfterReplyDueAt()
    {
        // Regression: ReplyDueAt is Friday's 18:00 close (the end of the last working interval before Monday 09:00); a reply
        // at Monday 08:30 spent no working time beyond the budget.
        Incident incident = Kit.Record();
        EscalateByNextBusinessDay0900(incident);

        incident.AnswerEscalation(new AnswerEscalation(1, "Taken at 08:30"), Kit.Manager, Kit.Jst(2026, 6, 8, 8, 30));

        Escalation escalation = incident.Escalations[0];
        Assert.Equal(Kit.Jst(2026, 6, 5, 18), escalation.ReplyDueAt);
        Assert.Equal(Kit.Jst(2026, 6, 8, 9) + Duration.Epsilon, escalation.OverdueFrom);
        Assert.False(escalation.IsOverdueAt(Kit.Jst(2026, 6, 8, 8, 30)));
        Assert.Equal(EscalationOutcome.AnsweredOnTime, escalation.OutcomeAt(Kit.Jst(2026, 6, 10, 12)));
    }

    [Fact]
    public void OutcomeAt_NextBusinessDay0900Unanswered_OverdueFromTheFirstInstantAfterMonday0900()
    {
        Incident incident = Kit.Record();
        EscalateByNextBusinessDay0900(incident);
        Escalation escalation = incident.Escalations[0];

        Assert.Equal(EscalationOutcome.Awaiting, escalation.OutcomeAt(Kit.Jst(2026, 6, 5, 18) + Duration.Epsilon));
        Assert.Equal(EscalationOutcome.Awaiting, escalation.OutcomeAt(Kit.Jst(2026, 6, 8, 9)));
        Assert.Equal(EscalationOutcome.UnansweredOverdue, escalation.OutcomeAt(Kit.Jst(2026, 6, 8, 9) + Duration.Epsilon));
        Assert.True(escalation.IsOverdueAt(Kit.Jst(2026, 6, 8, 9) + Duration.Epsilon));
    }

    [Fact]
    public void NextChangeAt_NextBusinessDayEscalationUnanswered_TheFirstInstantOverNotTheFridayClose()
    {
        Incident incident = Kit.Record(Kit.Bare);
        EscalateByNextBusinessDay0900(incident);

        Assert.Equal(Kit.Jst(2026, 6, 8, 9) + Duration.Epsilon, incident.NextChangeAt(Kit.Jst(2026, 6, 5, 18, 30)));
    }

    [Fact]
    public void OutcomeAt_AnsweredLate_LateAndNoLongerUnanswered()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);
        Escalation unanswered = incident.Escalations[0];

        incident.AnswerEscalation(new AnswerEscalation(1, "Seen on Monday"), Kit.Manager, Kit.Jst(2026, 6, 8, 10, 30));

        Assert.Equal(EscalationOutcome.UnansweredOverdue, unanswered.OutcomeAt(Kit.Jst(2026, 6, 8, 10, 30)));
        Assert.Equal(EscalationOutcome.AnsweredLate, incident.Escalations[0].OutcomeAt(Kit.Jst(2026, 6, 8, 10, 30)));
        Assert.Equal(EscalationOutcome.AnsweredLate, incident.Escalations[0].OutcomeAt(Fri1700));
    }

    [Fact]
    public void AnswerEscalation_OnAResolvedIncident_RecordsTheAnswerAndTheTime()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);
        incident.Resolve(new ResolveIncident("fixed", "Done."), Kit.Engineer, Fri1700 + Kit.M(10));

        incident.AnswerEscalation(new AnswerEscalation(1, "Thanks"), Kit.Manager, Fri1700 + Kit.M(20));

        Escalation answered = incident.Escalations[0];
        Assert.Equal("Thanks", answered.Answer);
        Assert.Equal(Fri1700 + Kit.M(20), answered.AnsweredAt);
        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        Assert.Equal([new FieldChange("Escalation #1", "awaiting answer", "Thanks")], incident.Journal[^1].Changes);
    }

    [Fact]
    public void AnswerEscalation_Unknown_Refused()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.AnswerEscalation(new AnswerEscalation(2, "?"), Kit.Manager, Fri1700 + Kit.M(5)));

        Assert.Equal("answer an escalation", ex.Attempted);
        Assert.Equal("there is no escalation #2 (the incident has 1)", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void AnswerEscalation_Twice_Refused()
    {
        Incident incident = Kit.Record();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty risk"), Kit.Desk, Fri1700);
        incident.AnswerEscalation(new AnswerEscalation(1, "Yes"), Kit.Manager, Fri1700 + Kit.M(5));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.AnswerEscalation(new AnswerEscalation(1, "No"), Kit.Manager, Fri1700 + Kit.M(6)));

        Assert.Equal($"escalation #1 was answered at {Fri1700 + Kit.M(5)}", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Escalate_Several_NumberedInOrder()
    {
        Incident incident = Kit.Record();

        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "payments-l2", "Expertise"), Kit.Desk, Fri1700);
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty"), Kit.Desk, Fri1700);
        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "vendor-desk", "Supplier"), Kit.Desk, Fri1700 + Kit.M(1));

        Assert.Equal([1, 2, 3], incident.Escalations.Select(e => e.Number));
        Assert.Equal("vendor-desk", incident.AssignmentGroup);
        Assert.Equal(IncidentStatus.Assigned, incident.Status);
    }

    private static void EscalateByNextBusinessDay0900(Incident incident) => incident.Escalate(
        new EscalateIncident(EscalationKind.Functional, "payments-l2", "Next business day") { ReplyWithin = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), Kit.OfficeId) },
        Kit.Desk,
        Fri1700);
}
