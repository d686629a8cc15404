using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>A refused command (instant, lifecycle or rule) throws and leaves the incident exactly as it was.</summary>
public sealed class IncidentRefusedCommandTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    private static readonly Dictionary<string, (Func<Incident> Setup, Action<Incident, Instant> Act, Type Exception)> Scenarios = new()
    {
        ["comment earlier than the last event"] = (InProgress, (i, at) => i.AddComment(new AddIncidentComment(CommentVisibility.Internal, "x"), Kit.Engineer, at - Duration.Epsilon), typeof(ArgumentOutOfRangeException)),
        ["start work earlier than the last event"] = (Assigned, (i, at) => i.StartWork(Kit.Engineer, at - Duration.Epsilon), typeof(ArgumentOutOfRangeException)),
        ["resolve earlier than the last event"] = (InProgress, (i, at) => i.Resolve(new ResolveIncident("fixed", "x"), Kit.Engineer, at - Kit.M(1)), typeof(ArgumentOutOfRangeException)),
        ["escalate earlier than the last event"] = (InProgress, (i, at) => i.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im", "x"), Kit.Engineer, at - Kit.M(1)), typeof(ArgumentOutOfRangeException)),
        ["lifecycle: resolve a new incident"] = (New, (i, at) => i.Resolve(new ResolveIncident("fixed", "x"), Kit.Engineer, at), typeof(InvalidTransitionException)),
        ["lifecycle: reopen a closed incident"] = (Closed, (i, at) => i.Reopen(new ReopenIncident("x"), Kit.Engineer, at), typeof(InvalidTransitionException)),
        ["lifecycle: hold while assigned"] = (Assigned, (i, at) => i.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Kit.Engineer, at), typeof(InvalidTransitionException)),
        ["lifecycle: reassign a resolved incident"] = (Resolved, (i, at) => i.Assign(new AssignIncident("other"), Kit.Desk, at), typeof(InvalidTransitionException)),
        ["answer an unknown escalation"] = (Escalated, (i, at) => i.AnswerEscalation(new AnswerEscalation(2, "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["answer an escalation twice"] = (Answered, (i, at) => i.AnswerEscalation(new AnswerEscalation(1, "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["complete a task twice"] = (TaskCompleted, (i, at) => i.CompleteTask(new CompleteMajorIncidentTask(1, "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["complete an unknown task"] = (TaskCompleted, (i, at) => i.CompleteTask(new CompleteMajorIncidentTask(2, "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["duplicate link"] = (Linked, (i, at) => i.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Manager, at), typeof(DomainRuleException)),
        ["second parent"] = (Linked, (i, at) => i.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0200"), Kit.Manager, at), typeof(DomainRuleException)),
        ["self link"] = (InProgress, (i, at) => i.Link(new LinkIncident(IncidentLinkKind.RelatedIncident, Kit.Id.Value), Kit.Manager, at), typeof(DomainRuleException)),
        ["unlink a missing link"] = (Linked, (i, at) => i.Unlink(new UnlinkIncident(IncidentLinkKind.Problem, "INC-0100", "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["declare major twice"] = (Major, (i, at) => i.DeclareMajor(new DeclareMajorIncident("x") { Criterion = "y" }, Kit.Manager, at), typeof(DomainRuleException)),
        ["declare major without a criterion"] = (InProgress, (i, at) => i.DeclareMajor(new DeclareMajorIncident("x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["task on a non-major incident"] = (InProgress, (i, at) => i.OpenTask(new OpenMajorIncidentTask("t", PriorityScale.Default.Get("High"), "o", "e") { Target = Kit.OnAlways(Kit.H(1)) }, Kit.Manager, at), typeof(DomainRuleException)),
        ["task without a target"] = (MajorWithoutTargets, (i, at) => i.OpenTask(new OpenMajorIncidentTask("t", PriorityScale.Default.Get("High"), "o", "e"), Kit.Manager, at), typeof(FluentValidation.ValidationException)),
        ["escalation without a target"] = (MajorWithoutTargets, (i, at) => i.Escalate(new EscalateIncident(EscalationKind.Functional, "l2", "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["functional escalation to the current group"] = (InProgress, (i, at) => i.Escalate(new EscalateIncident(EscalationKind.Functional, "payments-l2", "x"), Kit.Manager, at), typeof(DomainRuleException)),
        ["priority change while resolved"] = (Resolved, (i, at) => i.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Manager, at), typeof(DomainRuleException)),
        ["comment on a cancelled incident"] = (Cancelled, (i, at) => i.AddComment(new AddIncidentComment(CommentVisibility.Internal, "x"), Kit.Engineer, at), typeof(DomainRuleException)),
        ["communication on a closed incident"] = (Closed, (i, at) => i.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "c", "x"), Kit.Desk, at), typeof(DomainRuleException)),
        ["duplicate expectation"] = (Expecting, (i, at) => i.ExpectCommunication(new ExpectStakeholderCommunication("supplier", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.H(1))), Kit.Desk, at), typeof(DomainRuleException)),
        ["expectation starting after the command"] = (InProgress, (i, at) => i.ExpectCommunication(new ExpectStakeholderCommunication("n", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.H(1))) { From = at + Kit.M(1) }, Kit.Desk, at), typeof(ArgumentOutOfRangeException)),
        ["expectation on an unknown calendar"] = (InProgress, (i, at) => i.ExpectCommunication(new ExpectStakeholderCommunication("n", StakeholderAudience.Supplier, CommunicationDirection.Inbound, SlaTarget.Within(Kit.H(1), "mars")), Kit.Desk, at), typeof(KeyNotFoundException)),
        ["duplicate action"] = (Prepared, (i, at) => i.PrepareAction(new PrepareIncidentAction("notice", ["n"], "c"), Kit.Manager, at), typeof(DomainRuleException)),
        ["decide an unknown action"] = (Prepared, (i, at) => i.DecideAction(new DecideIncidentAction("other", true, "o", "r"), Kit.Manager, at), typeof(DomainRuleException)),
    };

    public static TheoryData<string> Names() => new(Scenarios.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Command_Refused_IncidentUnchanged(string scenario)
    {
        (Func<Incident> setup, Action<Incident, Instant> act, Type exception) = Scenarios[scenario];
        Incident incident = setup();
        long version = incident.Version;
        int journal = incident.Journal.Count;
        IncidentStatus status = incident.Status;
        IncidentEvent[] uncommitted = incident.UncommittedEvents.ToArray();
        IncidentState before = IncidentState.Of(incident);

        Exception thrown = Assert.ThrowsAny<Exception>(() => act(incident, incident.LastEventAt));

        Assert.IsType(exception, thrown);
        if (thrown is DomainException domain)
        {
            Assert.Equal(Kit.Id.Value, domain.RecordId);
            Assert.Equal("Incident", domain.RecordType);
        }

        Assert.Equal(version, incident.Version);
        Assert.Equal(journal, incident.Journal.Count);
        Assert.Equal(status, incident.Status);
        Assert.Equal(uncommitted, incident.UncommittedEvents);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Command_AfterARefusal_TheIncidentStillWorks()
    {
        Incident incident = InProgress();
        Assert.Throws<DomainRuleException>(() => incident.Link(new LinkIncident(IncidentLinkKind.RelatedIncident, Kit.Id.Value), Kit.Manager, incident.LastEventAt));

        incident.Resolve(new ResolveIncident("fixed", "Done"), Kit.Engineer, incident.LastEventAt + Kit.M(1));

        Assert.Equal(IncidentStatus.Resolved, incident.Status);
        IncidentState.AssertSame(incident, Incident.Rebuild(incident.UncommittedEvents, Kit.Standard), "UncommittedEvents", "PersistedVersion");
    }

    private static Incident New() => Kit.InState(IncidentStatus.New);

    private static Incident Assigned() => Kit.InState(IncidentStatus.Assigned);

    private static Incident InProgress() => Kit.InState(IncidentStatus.InProgress);

    private static Incident Resolved() => Kit.InState(IncidentStatus.Resolved);

    private static Incident Closed() => Kit.InState(IncidentStatus.Closed);

    private static Incident Cancelled() => Kit.InState(IncidentStatus.Cancelled);

    private static Incident Escalated()
    {
        Incident incident = InProgress();
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "im.suzuki", "Penalty"), Kit.Engineer, incident.LastEventAt);
        return incident;
    }

    private static Incident Answered()
    {
        Incident incident = Escalated();
        incident.AnswerEscalation(new AnswerEscalation(1, "Ok"), Kit.Manager, incident.LastEventAt);
        return incident;
    }

    private static Incident Major() => Kit.Record(severity: 3);

    private static Incident MajorWithoutTargets() => Kit.Record(Kit.Bare, severity: 4);

    private static Incident TaskCompleted()
    {
        Incident incident = Major();
        incident.OpenTask(new OpenMajorIncidentTask("Notice", PriorityScale.Default.Get("High"), "comms", "im.suzuki"), Kit.Manager, Fri1600);
        incident.CompleteTask(new CompleteMajorIncidentTask(1, "Done"), Kit.Manager, Fri1600 + Kit.M(5));
        return incident;
    }

    private static Incident Linked()
    {
        Incident incident = InProgress();
        incident.Link(new LinkIncident(IncidentLinkKind.ParentMajorIncident, "INC-0100"), Kit.Manager, incident.LastEventAt);
        return incident;
    }

    private static Incident Expecting()
    {
        Incident incident = InProgress();
        incident.ExpectCommunication(new ExpectStakeholderCommunication("supplier", StakeholderAudience.Supplier, CommunicationDirection.Inbound, Kit.OnAlways(Kit.H(1))), Kit.Desk, incident.LastEventAt);
        return incident;
    }

    private static Incident Prepared()
    {
        Incident incident = InProgress();
        incident.PrepareAction(new PrepareIncidentAction("Notice", ["merchants affected"], "more than 100"), Kit.Manager, incident.LastEventAt);
        return incident;
    }
}
