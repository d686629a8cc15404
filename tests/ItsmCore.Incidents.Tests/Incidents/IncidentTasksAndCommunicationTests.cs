using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Major-incident tasks, stakeholder communications and communication expectations, each with its SLA clock.</summary>
public sealed class IncidentTasksAndCommunicationTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;
    private static readonly Instant Fri1700 = Kit.Jst(2026, 6, 5, 17);

    [Fact]
    public void OpenTask_OwnTarget_OnItsOwnCalendar()
    {
        Incident incident = Kit.Record(severity: 3);

        incident.OpenTask(new OpenMajorIncidentTask("Agree the customer notice", PriorityScale.Default.Get("High"), "comms", "im.suzuki") { Target = Kit.OnOffice(Kit.H(2)) }, Kit.Manager, Fri1700);

        MajorIncidentTask task = Assert.Single(incident.Tasks);
        Assert.Equal(1, task.Number);
        Assert.Equal("Agree the customer notice", task.Title);
        Assert.Equal(new Priority(2, "High"), task.Priority);
        Assert.Equal("comms", task.Owner);
        Assert.Equal("im.suzuki", task.EscalationTarget);
        Assert.Equal(Fri1700, task.OpenedAt);
        Assert.Equal(Kit.Jst(2026, 6, 8, 10), task.DueAt);
        Assert.False(task.IsCompleted);
        Assert.Null(task.Outcome);
        Assert.Equal(Kit.OnOffice(Kit.H(2)), task.Clock.Target);
        Assert.Equal(
            [new FieldChange("Task #1", null, "Agree the customer notice (High, comms, escalate to im.suzuki, target 2 h on jp-office)")],
            incident.Journal[^1].Changes);
    }

    [Theory]
    [InlineData("Critical", 2026, 6, 5, 19, 0)]
    [InlineData("High", 2026, 6, 5, 21, 0)]
    [InlineData("Medium", 2026, 6, 5, 18, 0)] // by 09:00 next business day: the budget runs out at Friday's close
    [InlineData("Low", 2026, 6, 7, 17, 0)]
    public void OpenTask_NoTarget_ConfiguredTargetForThePriority(string priority, int year, int month, int day, int hour, int minute)
    {
        Incident incident = Kit.Record(severity: 3);

        incident.OpenTask(new OpenMajorIncidentTask("Apply the patch", PriorityScale.Default.Get(priority), "payments-l2", "im.suzuki"), Kit.Manager, Fri1700);

        Assert.Equal(Kit.Jst(year, month, day, hour, minute), incident.Tasks[0].DueAt);
    }

    [Fact]
    public void OpenTask_NoTargetForThePriority_Refused()
    {
        Incident incident = Kit.Record(severity: 3);
        IncidentState before = IncidentState.Of(incident);

        // The validator knows the configured task targets, so the command is refused before the aggregate looks.
        FluentValidation.ValidationException ex = Assert.Throws<FluentValidation.ValidationException>(() =>
            incident.OpenTask(new OpenMajorIncidentTask("Someday", PriorityScale.Default.Get("Planning"), "payments-l2", "im.suzuki"), Kit.Manager, Fri1700));

        Assert.Contains(ex.Errors, e => e.PropertyName == "Target");
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void OpenTask_NoTargetsConfigured_Refused()
    {
        Incident incident = Kit.Record(Kit.Bare, severity: 3);

        FluentValidation.ValidationException ex = Assert.Throws<FluentValidation.ValidationException>(() =>
            incident.OpenTask(new OpenMajorIncidentTask("Patch", PriorityScale.Default.Get("High"), "payments-l2", "im.suzuki"), Kit.Manager, Fri1700));

        Assert.Contains(ex.Errors, e => e.PropertyName == "Target");
    }

    [Fact]
    public void OpenTask_NotMajor_Refused()
    {
        Incident incident = Kit.Record();
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.OpenTask(new OpenMajorIncidentTask("Patch", PriorityScale.Default.Get("High"), "payments-l2", "im.suzuki") { Target = Kit.OnAlways(Kit.H(1)) }, Kit.Manager, Fri1700));

        Assert.Equal("it is not a major incident", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void OpenTask_UnknownCalendar_ThrowsAndChangesNothing()
    {
        Incident incident = Kit.Record(severity: 3);
        IncidentState before = IncidentState.Of(incident);

        Assert.Throws<KeyNotFoundException>(() =>
            incident.OpenTask(new OpenMajorIncidentTask("Patch", PriorityScale.Default.Get("High"), "payments-l2", "im.suzuki") { Target = SlaTarget.Within(Kit.H(1), "mars-office") }, Kit.Manager, Fri1700));

        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void OpenTask_ResolvedMajorIncident_Allowed()
    {
        Incident incident = Kit.Record(severity: 3);
        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, Fri1600 + Kit.M(1));
        incident.StartWork(Kit.Engineer, Fri1600 + Kit.M(2));
        incident.Resolve(new ResolveIncident("workaround", "Switched to the standby network."), Kit.Engineer, Fri1600 + Kit.M(30));

        incident.OpenTask(new OpenMajorIncidentTask("Reconcile the mismatch list", PriorityScale.Default.Get("Medium"), "payments-l2", "im.suzuki"), Kit.Manager, Fri1700);

        // By 09:00 next business day, opened Friday 17:00: the budget (1 h) runs out at Friday's 18:00 close.
        Assert.Equal(Kit.Jst(2026, 6, 5, 18), incident.Tasks[0].DueAt);
    }

    [Fact]
    public void CompleteTask_InTime_MetOtherwiseBreached()
    {
        Incident incident = Kit.Record(severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Notice text", PriorityScale.Default.Get("Critical"), "comms", "im.suzuki"), Kit.Manager, Fri1600);
        incident.OpenTask(new OpenMajorIncidentTask("Staging check", PriorityScale.Default.Get("Critical"), "qa", "im.suzuki"), Kit.Manager, Fri1600);

        incident.CompleteTask(new CompleteMajorIncidentTask(1, "Notice agreed"), Kit.Manager, Fri1600 + Kit.M(90));
        incident.CompleteTask(new CompleteMajorIncidentTask(2, "Verified on staging"), Kit.Manager, Fri1600 + Kit.H(3));

        MajorIncidentTask first = incident.Tasks[0];
        Assert.True(first.IsCompleted);
        Assert.Equal(Fri1600 + Kit.M(90), first.CompletedAt);
        Assert.Equal("Notice agreed", first.Outcome);
        Assert.Equal(SlaClockState.Met, first.Clock.Evaluate(Fri1600 + Kit.H(5)).State);
        Assert.Equal(SlaClockState.Breached, incident.Tasks[1].Clock.Evaluate(Fri1600 + Kit.H(5)).State);
        Assert.Equal(Kit.H(3), incident.Tasks[1].Clock.Evaluate(Fri1600 + Kit.H(5)).Elapsed);
        Assert.Equal([new FieldChange("Task #2", "open", "completed: Verified on staging")], incident.Journal[^1].Changes);
        Assert.Equal("Task completed", incident.Journal[^1].Action);
    }

    [Fact]
    public void CompleteTask_Twice_Refused()
    {
        Incident incident = Kit.Record(severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Notice text", PriorityScale.Default.Get("Critical"), "comms", "im.suzuki"), Kit.Manager, Fri1600);
        incident.CompleteTask(new CompleteMajorIncidentTask(1, "Done"), Kit.Manager, Fri1600 + Kit.M(5));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.CompleteTask(new CompleteMajorIncidentTask(1, "Done again"), Kit.Manager, Fri1600 + Kit.M(6)));

        Assert.Equal("complete a task", ex.Attempted);
        Assert.Equal($"task #1 was completed at {Fri1600 + Kit.M(5)}", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void CompleteTask_Unknown_Refused()
    {
        Incident incident = Kit.Record(severity: 3);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.CompleteTask(new CompleteMajorIncidentTask(1, "Done"), Kit.Manager, Fri1600 + Kit.M(6)));

        Assert.Equal("there is no task #1 (the incident has 0)", ex.Reason);
    }

    [Fact]
    public void Cancel_OpenTasksAndExpectations_ClocksEnd()
    {
        Incident incident = Kit.Record(severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Notice text", PriorityScale.Default.Get("High"), "comms", "im.suzuki"), Kit.Manager, Fri1600);
        incident.OpenTask(new OpenMajorIncidentTask("Staging check", PriorityScale.Default.Get("High"), "qa", "im.suzuki"), Kit.Manager, Fri1600);
        incident.CompleteTask(new CompleteMajorIncidentTask(2, "Verified"), Kit.Manager, Fri1600 + Kit.M(30));
        incident.ExpectCommunication(new ExpectStakeholderCommunication("supplier", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.H(2))), Kit.Desk, Fri1600 + Kit.M(30));

        incident.Cancel(new CancelIncident("Duplicate of INC-0000"), Kit.Desk, Fri1600 + Kit.H(1));

        Assert.False(incident.Tasks[0].Clock.IsActive);
        Assert.Equal(SlaClockState.Cancelled, incident.Tasks[0].Clock.Evaluate(Fri1600 + Kit.H(9)).State);
        Assert.Equal("incident cancelled", incident.Tasks[0].Clock.Events[^1].Reason);
        Assert.False(incident.Tasks[0].IsCompleted);
        Assert.Equal(SlaClockState.Met, incident.Tasks[1].Clock.Evaluate(Fri1600 + Kit.H(9)).State);
        Assert.Equal(SlaClockState.Cancelled, incident.CommunicationExpectations[0].Clock.Evaluate(Fri1600 + Kit.H(9)).State);
        Assert.Null(incident.CommunicationExpectations[0].SatisfiedBy);
        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.H(1)));
    }

    [Fact]
    public void Regression_CancelCancelledBreachedTaskAndExpectationClocks_BreachesAreKept()
    {
        // Regression: Cancel documents "every running clock (incident, task, expectation) is cancelled or, if already
        // breached, stopped", but task and expectation clocks were always cancelled, erasing their breach.
        Incident incident = Kit.Record(severity: 3);
        incident.OpenTask(new OpenMajorIncidentTask("Notice text", PriorityScale.Default.Get("Critical"), "comms", "im.suzuki"), Kit.Manager, Fri1600);
        incident.ExpectCommunication(new ExpectStakeholderCommunication("supplier", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.M(30))), Kit.Desk, Fri1600);

        incident.Cancel(new CancelIncident("Raised in error"), Kit.Desk, Fri1600 + Kit.H(3));

        SlaStatus task = incident.Tasks[0].Clock.Evaluate(Fri1600 + Kit.H(4));
        Assert.Equal(SlaClockState.Breached, task.State);
        Assert.False(task.IsActive);
        Assert.Equal(Fri1600 + Kit.H(2) + Duration.Epsilon, task.BreachedAt);
        SlaStatus expectation = incident.CommunicationExpectations[0].Clock.Evaluate(Fri1600 + Kit.H(4));
        Assert.Equal(SlaClockState.Breached, expectation.State);
        Assert.False(expectation.IsActive);
        IncidentState.AssertSame(incident, Incident.Rebuild(incident.UncommittedEvents, Kit.Standard), "UncommittedEvents", "PersistedVersion");
    }

    [Fact]
    public void RecordCommunication_TwoMessages_NumberedAndJournaled()
    {
        Incident incident = Kit.Record();

        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Internal, CommunicationDirection.Outbound, "sales", "Payments degraded"), Kit.Manager, Fri1600 + Kit.M(30));
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage since 13:30"), Kit.Desk, Fri1600 + Kit.H(1));

        Assert.Equal(
            [
                new StakeholderCommunication(1, Fri1600 + Kit.M(30), Kit.Manager, StakeholderAudience.Internal, CommunicationDirection.Outbound, "sales", "Payments degraded"),
                new StakeholderCommunication(2, Fri1600 + Kit.H(1), Kit.Desk, StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage since 13:30"),
            ],
            incident.Communications);
        Assert.Equal([new FieldChange("Communication #2", null, "from Supplier payment-network: Outage since 13:30")], incident.Journal[^1].Changes);
        Assert.Equal([new FieldChange("Communication #1", null, "to Internal sales: Payments degraded")], incident.Journal[^2].Changes);
    }

    [Fact]
    public void RecordCommunication_ClosedIncident_Refused()
    {
        Incident incident = Kit.InState(IncidentStatus.Closed);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.RecordCommunication(
            new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "acme", "Closed"), Kit.Desk, incident.LastEventAt));

        Assert.Equal("record a communication", ex.Attempted);
    }

    [Fact]
    public void ExpectCommunication_FromOutageStart_SatisfiedByTheFirstMatchingMessage()
    {
        // Case 2: the supplier's outage started 13:30, it told us at 15:00 (90 minutes); disclosure is demanded within 30.
        Instant outage = Kit.Jst(2026, 6, 5, 13, 30);
        Incident incident = Kit.Record(at: Kit.Jst(2026, 6, 5, 14), severity: 3);

        incident.ExpectCommunication(
            new ExpectStakeholderCommunication("supplier-disclosure", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.M(30))) { From = outage },
            Kit.Manager,
            Kit.Jst(2026, 6, 5, 14, 30));
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Outbound, "payment-network", "Please confirm"), Kit.Desk, Kit.Jst(2026, 6, 5, 14, 40));
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Inbound, "acme", "Any news?"), Kit.Desk, Kit.Jst(2026, 6, 5, 14, 50));
        Assert.Null(incident.CommunicationExpectations[0].SatisfiedBy);
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Outage since 13:30"), Kit.Desk, Kit.Jst(2026, 6, 5, 15));
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Supplier, CommunicationDirection.Inbound, "payment-network", "Recovered"), Kit.Desk, Kit.Jst(2026, 6, 5, 16));

        CommunicationExpectation expectation = Assert.Single(incident.CommunicationExpectations);
        Assert.Equal("supplier-disclosure", expectation.Name);
        Assert.Equal(outage, expectation.From);
        Assert.Equal(3, expectation.SatisfiedBy);
        SlaStatus status = expectation.Clock.Evaluate(Kit.Jst(2026, 6, 5, 18));
        Assert.Equal(SlaClockState.Breached, status.State);
        Assert.Equal(Kit.M(90), status.Elapsed);
        Assert.Equal(outage + Kit.M(30) + Duration.Epsilon, status.BreachedAt);
        Assert.Equal("Communication expected", incident.Journal[2].Action);
    }

    [Fact]
    public void ExpectCommunication_NoFrom_StartsAtTheCommand()
    {
        Incident incident = Kit.Record();

        incident.ExpectCommunication(new ExpectStakeholderCommunication("notice-to-sales", StakeholderAudience.Internal, CommunicationDirection.Outbound, Kit.OnOffice(Kit.H(1))), Kit.Desk, Fri1700);

        Assert.Equal(Fri1700, incident.CommunicationExpectations[0].From);
        Assert.Equal(Kit.Jst(2026, 6, 5, 18), incident.CommunicationExpectations[0].Clock.Evaluate(Fri1700).DueAt);
    }

    [Fact]
    public void ExpectCommunication_DuplicateName_Refused()
    {
        Incident incident = Kit.Record();
        incident.ExpectCommunication(new ExpectStakeholderCommunication("notice", StakeholderAudience.Internal, CommunicationDirection.Outbound, Kit.OnOffice(Kit.H(1))), Kit.Desk, Fri1700);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.ExpectCommunication(new ExpectStakeholderCommunication("NOTICE", StakeholderAudience.Customer, CommunicationDirection.Outbound, Kit.OnOffice(Kit.H(1))), Kit.Desk, Fri1700));

        Assert.Equal("an expectation named 'NOTICE' exists", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void ExpectCommunication_FromAfterTheCommand_Throws()
    {
        Incident incident = Kit.Record();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => incident.ExpectCommunication(
            new ExpectStakeholderCommunication("later", StakeholderAudience.Internal, CommunicationDirection.Outbound, Kit.OnOffice(Kit.H(1))) { From = Fri1700 + Duration.Epsilon },
            Kit.Desk,
            Fri1700));

        Assert.Equal("command", ex.ParamName);
        Assert.Empty(incident.CommunicationExpectations);
    }
}
