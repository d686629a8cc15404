using System;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// Issue 17, item 12: an escalation can belong to a major-incident task (case 2: each sub-task has its own escalation
/// target and reply deadline), and its outcome reads answered on time, answered late, or unanswered and overdue.
/// </summary>
public sealed class IncidentTaskEscalationTests
{
    private static readonly Instant Fri1700 = Kit.Jst(2026, 6, 5, 17);

    [Fact]
    public void EscalateTask_EachTask_ItsOwnTargetAndReplyDeadline()
    {
        Incident incident = Major();

        incident.EscalateTask(new EscalateMajorIncidentTask(1, "Patch not deployed"), Kit.Manager, Fri1700 + Kit.M(10));
        incident.EscalateTask(new EscalateMajorIncidentTask(2, "No supplier report"), Kit.Manager, Fri1700 + Kit.M(10));

        Escalation patch = incident.Escalations[0];
        Escalation supplier = incident.Escalations[1];
        Assert.Equal((1, "payments-manager", EscalationKind.Hierarchical), (patch.Task!.Value, patch.To, patch.Kind));
        Assert.Equal(Fri1700 + Kit.M(40), patch.ReplyDueAt);
        Assert.Equal((2, "ops-manager"), (supplier.Task!.Value, supplier.To));

        // The supplier task's escalations are answered by the next business day at 09:00 on the office calendar: Friday's close.
        Assert.Equal(Kit.Jst(2026, 6, 5, 18), supplier.ReplyDueAt);
        Assert.Equal(Kit.Jst(2026, 6, 8, 9) + Duration.Epsilon, supplier.OverdueFrom);
        Assert.Equal("payments-l2", incident.AssignmentGroup);
    }

    [Fact]
    public void EscalateTask_Outcomes_AnsweredOnTimeAnsweredLateAndUnansweredOverdue()
    {
        Incident incident = Major();
        incident.EscalateTask(new EscalateMajorIncidentTask(1, "First"), Kit.Manager, Fri1700);
        incident.EscalateTask(new EscalateMajorIncidentTask(1, "Second"), Kit.Manager, Fri1700);
        incident.EscalateTask(new EscalateMajorIncidentTask(1, "Third"), Kit.Manager, Fri1700);

        incident.AnswerEscalation(new AnswerEscalation(1, "Deploying now"), Kit.Manager, Fri1700 + Kit.M(30));
        incident.AnswerEscalation(new AnswerEscalation(2, "Deployed"), Kit.Manager, Fri1700 + Kit.M(30) + Duration.Epsilon);
        Instant later = Fri1700 + Kit.H(2);

        Assert.Equal(
            [EscalationOutcome.AnsweredOnTime, EscalationOutcome.AnsweredLate, EscalationOutcome.UnansweredOverdue],
            incident.Escalations.Select(e => e.OutcomeAt(later)));
        Assert.Equal(EscalationOutcome.Awaiting, incident.Escalations[2].OutcomeAt(Fri1700 + Kit.M(30)));
        Assert.Equal(Fri1700 + Kit.M(30) + Duration.Epsilon, incident.NextChangeAt(Fri1700 + Kit.M(30)));
    }

    [Fact]
    public void EscalateTask_CommandReplyWithin_WinsOverTheTaskTarget()
    {
        Incident incident = Major();

        incident.EscalateTask(new EscalateMajorIncidentTask(1, "Urgent") { ReplyWithin = Kit.OnAlways(Kit.M(5)) }, Kit.Manager, Fri1700);

        Assert.Equal(Fri1700 + Kit.M(5), incident.Escalations[0].ReplyDueAt);
    }

    [Fact]
    public void EscalateTask_TaskWithoutReplyTarget_UsesTheRulesReplyTarget()
    {
        Incident incident = Major();
        incident.OpenTask(new OpenMajorIncidentTask("Inform the board", PriorityScale.Default.Get("Low"), "comms", "cio") { Target = Kit.OnAlways(Kit.H(8)) }, Kit.Manager, Fri1700);

        incident.EscalateTask(new EscalateMajorIncidentTask(3, "No draft"), Kit.Manager, Fri1700);

        // Kit.Standard's EscalationReplyTarget: 2 working hours on jp-office from Friday 17:00 is Monday 10:00.
        Assert.Equal(Kit.Jst(2026, 6, 8, 10), incident.Escalations[0].ReplyDueAt);
        Assert.Equal("cio", incident.Escalations[0].To);
    }

    [Fact]
    public void EscalateTask_Refusals_CodedAndNothingChanges()
    {
        Incident incident = Major();
        incident.CompleteTask(new CompleteMajorIncidentTask(2, "Report received"), Kit.Manager, Fri1700);
        Incident bare = Kit.Record(severity: 3, rules: Kit.Rules(o => o.MajorIncidentTaskTargets = Kit.TaskTargets));
        bare.OpenTask(new OpenMajorIncidentTask("Patch", PriorityScale.Default.Get("High"), "payments-team", "payments-manager"), Kit.Manager, Fri1700);
        long version = incident.Version;

        Assert.Equal(IncidentRefusalCodes.TaskNotFound, Assert.Throws<DomainRuleException>(() => incident.EscalateTask(new EscalateMajorIncidentTask(3, "?"), Kit.Manager, Fri1700)).Code);
        Assert.Equal(IncidentRefusalCodes.TaskAlreadyCompleted, Assert.Throws<DomainRuleException>(() => incident.EscalateTask(new EscalateMajorIncidentTask(2, "?"), Kit.Manager, Fri1700)).Code);
        Assert.Equal(IncidentRefusalCodes.ReplyWithinNotConfigured, Assert.Throws<DomainRuleException>(() => bare.EscalateTask(new EscalateMajorIncidentTask(1, "?"), Kit.Manager, Fri1700)).Code);
        Assert.Throws<FluentValidation.ValidationException>(() => incident.EscalateTask(new EscalateMajorIncidentTask(0, " "), Kit.Manager, Fri1700));
        Assert.Equal(version, incident.Version);
        Assert.Empty(incident.Escalations);
    }

    [Fact]
    public void EscalateTask_Rebuild_SameEscalationsAndJournal()
    {
        Incident incident = Major();
        incident.EscalateTask(new EscalateMajorIncidentTask(1, "Patch not deployed"), Kit.Manager, Fri1700);
        incident.AnswerEscalation(new AnswerEscalation(1, "Deploying"), Kit.Manager, Fri1700 + Kit.M(50));

        Incident rebuilt = Incident.Rebuild(incident.UncommittedEvents, Kit.Standard);

        Assert.Equal(incident.Escalations, rebuilt.Escalations);
        Assert.Equal(incident.Journal, rebuilt.Journal);
        Assert.Equal(
            "Escalation: (none) -> #1 Hierarchical of task #1 to payments-manager, answer due Fri 2026-06-05 17:30 (Asia/Tokyo) (within 30 min on 24x7)",
            rebuilt.Journal[^2].Changes.Single().ToString());
    }

    /// <summary>A major incident with two tasks: the patch (its escalations answered within 30 min on 24x7) and the supplier report (by the next business day 09:00 on the office calendar).</summary>
    private static Incident Major()
    {
        Incident incident = Kit.Record(severity: 3);
        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, Kit.Friday1600);
        incident.OpenTask(
            new OpenMajorIncidentTask("Deploy the reconciliation patch", PriorityScale.Default.Get("High"), "payments-team", "payments-manager")
            {
                EscalationReplyWithin = Kit.OnAlways(Kit.M(30)),
            },
            Kit.Manager,
            Kit.Friday1600);
        incident.OpenTask(
            new OpenMajorIncidentTask("Obtain the supplier's report", PriorityScale.Default.Get("Low"), "vendor-management", "ops-manager")
            {
                EscalationReplyWithin = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), Kit.OfficeId),
            },
            Kit.Manager,
            Kit.Friday1600);
        return incident;
    }
}
