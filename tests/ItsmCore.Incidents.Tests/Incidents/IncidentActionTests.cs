using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Action-centred response (case 12): prepared actions with their deciding information and criterion, and decisions.</summary>
public sealed class IncidentActionTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    private static readonly PrepareIncidentAction Notice = new(
        "Publish customer notice",
        ["number of merchants affected", "payment network status"],
        "more than 100 merchants affected or outage longer than 30 minutes");

    [Fact]
    public void PrepareAction_NewName_RecordsInformationAndCriterion()
    {
        Incident incident = Kit.Record();

        incident.PrepareAction(Notice, Kit.Manager, Fri1600 + Kit.M(10));

        IncidentAction action = Assert.Single(incident.Actions);
        Assert.Equal("Publish customer notice", action.Name);
        Assert.Equal(["number of merchants affected", "payment network status"], action.DecidingInformation);
        Assert.Equal("more than 100 merchants affected or outage longer than 30 minutes", action.Criterion);
        Assert.Equal(Fri1600 + Kit.M(10), action.PreparedAt);
        Assert.Equal(Kit.Manager, action.PreparedBy);
        Assert.Null(action.Decision);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Action prepared", entry.Action);
        Assert.Equal(
            [new FieldChange("Action", null, "Publish customer notice (decided by: number of merchants affected; payment network status; criterion: more than 100 merchants affected or outage longer than 30 minutes)")],
            entry.Changes);
    }

    [Theory]
    [InlineData(true, "taken")]
    [InlineData(false, "declined")]
    public void DecideAction_RecordsTheDecision(bool taken, string text)
    {
        Incident incident = Kit.Record();
        incident.PrepareAction(Notice, Kit.Manager, Fri1600 + Kit.M(10));

        incident.DecideAction(new DecideIncidentAction("publish CUSTOMER notice", taken, "240 merchants, outage 45 min", "Both thresholds exceeded"), Kit.Manager, Fri1600 + Kit.M(30));

        Assert.Equal(new IncidentActionDecision(taken, "240 merchants, outage 45 min", "Both thresholds exceeded", Fri1600 + Kit.M(30), Kit.Manager), incident.Actions[0].Decision);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Action decided", entry.Action);
        Assert.Equal([new FieldChange("Action Publish customer notice", "prepared", text), new FieldChange("Observed", null, "240 merchants, outage 45 min")], entry.Changes);
        Assert.Equal("Both thresholds exceeded", entry.Reason);
    }

    [Fact]
    public void PrepareAction_SameNameIgnoringCase_Refused()
    {
        Incident incident = Kit.Record();
        incident.PrepareAction(Notice, Kit.Manager, Fri1600 + Kit.M(10));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.PrepareAction(Notice with { Name = "PUBLISH customer notice" }, Kit.Manager, Fri1600 + Kit.M(11)));

        Assert.Equal("prepare an action", ex.Attempted);
        Assert.Equal("an action named 'PUBLISH customer notice' is prepared", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void DecideAction_Unknown_Refused()
    {
        Incident incident = Kit.Record();
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.DecideAction(new DecideIncidentAction("Switch to standby", true, "x", "y"), Kit.Manager, Fri1600 + Kit.M(11)));

        Assert.Equal("decide an action", ex.Attempted);
        Assert.Equal("no action named 'Switch to standby' is prepared", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void DecideAction_Twice_Refused()
    {
        Incident incident = Kit.Record();
        incident.PrepareAction(Notice, Kit.Manager, Fri1600 + Kit.M(10));
        incident.DecideAction(new DecideIncidentAction(Notice.Name, false, "20 merchants", "Below threshold"), Kit.Manager, Fri1600 + Kit.M(20));
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.DecideAction(new DecideIncidentAction(Notice.Name, true, "300 merchants", "Above threshold"), Kit.Manager, Fri1600 + Kit.M(40)));

        Assert.Equal($"'Publish customer notice' was decided at {Fri1600 + Kit.M(20)}", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void PrepareAndDecide_ResolvedIncident_Allowed()
    {
        Incident incident = Kit.InState(IncidentStatus.Resolved);
        Instant at = incident.LastEventAt + Kit.M(1);

        incident.PrepareAction(Notice, Kit.Manager, at);
        incident.DecideAction(new DecideIncidentAction(Notice.Name, true, "Resolved", "Publish a closing notice"), Kit.Manager, at);

        Assert.True(incident.Actions[0].Decision!.Taken);
    }

    [Theory]
    [InlineData(IncidentStatus.Closed)]
    [InlineData(IncidentStatus.Cancelled)]
    public void PrepareAction_ClosedOrCancelled_Refused(IncidentStatus status)
    {
        Incident incident = Kit.InState(status);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.PrepareAction(Notice, Kit.Manager, incident.LastEventAt));

        Assert.Equal($"it is {status}; closed and cancelled incidents do not change", ex.Reason);
    }
}
