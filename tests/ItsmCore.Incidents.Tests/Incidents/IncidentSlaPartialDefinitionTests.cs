using System;
using System.Linq;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// SLA definitions that key only some priorities (the domain brief's "high 4 h, medium 24 h, low 48 h" against a
/// five-level scale): such a definition measures nothing while the incident's priority is not one of its keys.
/// </summary>
public sealed class IncidentSlaPartialDefinitionTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    /// <summary>High, Medium and Low only: first response 1h/2h/4h, resolution 4h/8h/16h, interim update 1h/2h/4h (jp-office); notification 30m (24x7).</summary>
    private static readonly IncidentRules ThreeLevels = Kit.Rules(
    [
        Partial("first-response", SlaMetric.FirstResponse, Kit.OnOffice(Kit.H(1)), Kit.OnOffice(Kit.H(2)), Kit.OnOffice(Kit.H(4))),
        Partial("resolution", SlaMetric.Resolution, Kit.OnOffice(Kit.H(4)), Kit.OnOffice(Kit.H(8)), Kit.OnOffice(Kit.H(16))),
        Partial("customer-notification", SlaMetric.CustomerNotification, Kit.OnAlways(Kit.M(30)), Kit.OnAlways(Kit.M(30)), Kit.OnAlways(Kit.M(30))),
        Partial("interim-update", SlaMetric.RecurringUpdate, Kit.OnOffice(Kit.H(1)), Kit.OnOffice(Kit.H(2)), Kit.OnOffice(Kit.H(4))),
    ]);

    [Fact]
    public void Regression_RecordWithAPriorityADefinitionLacks_Threw()
    {
        // Regression: recording a Critical incident threw ArgumentException ("SLA definition has no priority
        // 'Critical'") although IncidentOptions documents that such a definition measures nothing.
        Incident incident = Record(impact: "High", urgency: "High");

        Assert.Equal("Critical", incident.Priority.Name);
        Assert.Empty(incident.SlaClocks);
        Assert.Null(incident.NextChangeAt(Fri1600));
        AssertRebuilds(incident);
    }

    [Fact]
    public void Regression_ChangeToAPriorityADefinitionLacks_ThrewAndCorruptedTheIncident()
    {
        Incident incident = Record();
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(30));

        Assert.Equal("Critical", incident.Priority.Name);
        Assert.Equal(2, incident.Version);
        TieredSlaClock resolution = incident.Clock("resolution");
        Assert.False(resolution.IsActive);
        Assert.Equal("High", resolution.Priority);
        Assert.Equal(SlaClockState.Cancelled, resolution.Evaluate(Fri1600 + Kit.M(30)).Agreement!.Value.State);
        Assert.Equal("priority 'Critical' has no target in SLA definition 'resolution'", resolution.Agreement!.Events[^1].Reason);
        Assert.Null(incident.NextChangeAt(Fri1600 + Kit.M(30)));
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_ToOneTheDefinitionHas_StartsMeasuringAtTheChange()
    {
        Incident incident = Record(impact: "High", urgency: "High");

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Medium" }, Kit.Desk, Fri1600 + Kit.H(1));

        Assert.Equal(["first-response", "resolution", "customer-notification"], incident.SlaClocks.Select(c => c.Definition.Id));
        Assert.All(incident.SlaClocks, c => Assert.Equal(Fri1600 + Kit.H(1), c.StartedAt));
        Assert.Equal(Kit.Jst(2026, 6, 8, 12), incident.Agreement("resolution", Fri1600 + Kit.H(1)).DueAt);
        Assert.Equal(Fri1600 + Kit.H(2), incident.Agreement("first-response", Fri1600 + Kit.H(1)).DueAt);
        Assert.Equal(Fri1600 + Kit.M(90), incident.Agreement("customer-notification", Fri1600 + Kit.H(1)).DueAt);
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_AwayAndBack_NewCycleOnTheNewTarget()
    {
        Incident incident = Record();
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(30));

        // Critical (not measured) to Medium (High impact, Low urgency): 8 h from the change.
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Low" }, Kit.Desk, Fri1600 + Kit.H(1));

        TieredSlaClock resolution = incident.Clock("resolution");
        Assert.True(resolution.IsActive);
        Assert.Equal("Medium", resolution.Priority);
        SlaStatus status = resolution.Evaluate(Fri1600 + Kit.H(1)).Agreement!.Value;
        Assert.Equal(2, status.Cycle);
        Assert.Equal(Kit.H(8), status.Target);
        Assert.Equal(Duration.Zero, status.Elapsed);
        Assert.Equal(Kit.Jst(2026, 6, 8, 16), status.DueAt);
        SlaCycle first = resolution.Agreement!.Cycles[0];
        Assert.Equal(SlaClockState.Cancelled, first.Outcome);
        Assert.Equal(Kit.M(30), first.Elapsed);
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_AfterTheFirstResponse_DoesNotStartAFirstResponseClock()
    {
        Incident incident = Record(impact: "High", urgency: "High");
        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, Fri1600 + Kit.M(5));
        incident.StartWork(Kit.Engineer, Fri1600 + Kit.M(10));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Medium" }, Kit.Desk, Fri1600 + Kit.M(20));

        Assert.Empty(incident.SlaClocksFor(SlaMetric.FirstResponse));
        Assert.Single(incident.SlaClocksFor(SlaMetric.Resolution));
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_InterimUpdatesRunning_StartsTheInterimClock()
    {
        Incident incident = Record(impact: "High", urgency: "High");
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "acme", "Investigating"), Kit.Desk, Fri1600 + Kit.M(10));
        Assert.Empty(incident.SlaClocksFor(SlaMetric.RecurringUpdate));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Medium" }, Kit.Desk, Fri1600 + Kit.M(20));

        Assert.Equal(Fri1600 + Kit.M(80), incident.Agreement("interim-update", Fri1600 + Kit.M(20)).DueAt);
        Assert.Empty(incident.SlaClocksFor(SlaMetric.CustomerNotification));
        Assert.Empty(incident.SlaClocksFor(SlaMetric.FirstResponse));
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_WhileOnHold_StartsPausedAndResumes()
    {
        Incident incident = Record(impact: "High", urgency: "High");
        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, Fri1600 + Kit.M(5));
        incident.StartWork(Kit.Engineer, Fri1600 + Kit.M(10));
        incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Kit.Engineer, Fri1600 + Kit.M(15));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Medium" }, Kit.Desk, Fri1600 + Kit.M(20));

        SlaStatus paused = incident.Agreement("resolution", Kit.Jst(2026, 6, 8, 9));
        Assert.Equal(SlaClockState.Paused, paused.State);
        Assert.Equal("awaiting customer", paused.PauseReason);

        incident.Resume(Kit.Engineer, Kit.Jst(2026, 6, 8, 9));

        Assert.Equal(Kit.Jst(2026, 6, 8, 13), incident.Agreement("resolution", Kit.Jst(2026, 6, 8, 9)).DueAt);
        AssertRebuilds(incident);
    }

    [Fact]
    public void ChangePriority_MajorDeclaredMeanwhile_StartsOn24x7()
    {
        Incident incident = Record();
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(30));
        incident.DeclareMajor(new DeclareMajorIncident("Bridge opened") { Criterion = "more than 100 merchants affected" }, Kit.Manager, Fri1600 + Kit.M(40));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "Medium" }, Kit.Desk, Fri1600 + Kit.H(1));

        TieredSlaClock resolution = incident.Clock("resolution");
        Assert.Equal("24x7", resolution.CalendarOverride);
        Assert.Equal("High", resolution.Priority);
        Assert.Equal(Fri1600 + Kit.H(5), resolution.Evaluate(Fri1600 + Kit.H(1)).Agreement!.Value.DueAt);
        AssertRebuilds(incident);
    }

    [Fact]
    public void Reopen_PriorityTheDefinitionLacks_StaysUnmeasured()
    {
        Incident incident = Record();
        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, Fri1600 + Kit.M(5));
        incident.StartWork(Kit.Engineer, Fri1600 + Kit.M(10));
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(15));
        incident.Resolve(new ResolveIncident("fixed", "Done."), Kit.Engineer, Fri1600 + Kit.M(20));

        incident.Reopen(new ReopenIncident("Back"), Kit.Reporter, Fri1600 + Kit.M(30));

        Assert.False(incident.Clock("resolution").IsActive);
        AssertRebuilds(incident);
    }

    private static Incident Record(string impact = "High", string urgency = "Medium") => Kit.Record(ThreeLevels, impact: impact, urgency: urgency);

    private static SlaDefinition Partial(string id, SlaMetric metric, SlaTarget high, SlaTarget medium, SlaTarget low) =>
        SlaDefinition.CreateBuilder(id, metric)
            .WithPriority("High", null, high)
            .WithPriority("Medium", null, medium)
            .WithPriority("Low", null, low)
            .Build();

    private static void AssertRebuilds(Incident incident) =>
        IncidentState.AssertSame(incident, Incident.Rebuild(incident.UncommittedEvents, ThreeLevels), "UncommittedEvents", "PersistedVersion");
}
