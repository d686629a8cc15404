using System;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Severity, and the major-incident declaration (automatic by policy or by hand) that moves the clocks onto 24x7.</summary>
public sealed class IncidentSeverityAndMajorTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    [Theory]
    [InlineData(3, "severity 3 (Major) is at least 3")]
    [InlineData(4, "severity 4 (Security) is at least 3")]
    public void Record_SeverityThreeOrMore_DeclaredMajorInASecondEvent(int severity, string criterion)
    {
        Incident incident = Kit.Record(severity: severity);

        Assert.True(incident.IsMajor);
        Assert.Equal(2, incident.Version);
        Assert.IsType<IncidentRecorded>(incident.UncommittedEvents[0]);
        MajorIncidentDeclared declared = Assert.IsType<MajorIncidentDeclared>(incident.UncommittedEvents[1]);
        Assert.Equal(2, declared.Version);
        Assert.Equal(Fri1600, declared.At);
        Assert.Equal(new MajorIncidentDeclaration(Fri1600, Kit.Desk, criterion, "Declared by the major-incident policy.", Automatic: true, "24x7"), incident.MajorIncident);
        Assert.Equal(
            [new FieldChange("Major", "no", "yes"), new FieldChange("Criterion", null, criterion), new FieldChange("ClockCalendar", null, "24x7")],
            incident.Journal[1].Changes);
        Assert.Equal("Major incident declared", incident.Journal[1].Action);
        Assert.Equal("Declared by the major-incident policy.", incident.Journal[1].Reason);
    }

    [Fact]
    public void Record_Major_ClocksRunOn24x7FromTheStart()
    {
        Incident incident = Kit.Record(severity: 3);

        Assert.All(incident.SlaClocks, c => Assert.Equal("24x7", c.CalendarOverride));
        TieredSlaClock resolution = incident.Clock("resolution");
        Assert.Equal(Kit.OnAlways(Kit.H(4)), resolution.Agreement!.Target);
        Assert.Equal("24x7", resolution.Agreement.Calendar.Id);
        Assert.Equal(Fri1600 + Kit.H(4), incident.Agreement("resolution", Fri1600).DueAt);
        Assert.Equal(Fri1600 + Kit.H(1), incident.Agreement("first-response", Fri1600).DueAt);
        // The clocks start on 24x7: nothing to move, so no target change.
        Assert.Empty(resolution.Agreement.Cycles[0].TargetChanges);
        Assert.Equal(Kit.H(20), incident.Agreement("resolution", Kit.Jst(2026, 6, 6, 12)).Elapsed);
    }

    [Fact]
    public void ChangeSeverity_ToMajor_DeclaresAndMovesRunningClocksOnto24x7()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.ChangeSeverity(new ChangeIncidentSeverity(3) { Reason = "Checkout down for all merchants" }, Kit.Manager, Fri1600 + Kit.H(1));

        Assert.Equal(new SeverityLevel(3, "Major"), incident.Severity);
        Assert.True(incident.IsMajor);
        Assert.Equal(["Severity changed", "Major incident declared"], incident.Journal.TakeLast(2).Select(e => e.Action));
        Assert.Equal([new FieldChange("Severity", "2 (Normal)", "3 (Major)")], incident.Journal[^2].Changes);
        Assert.Equal("Checkout down for all merchants", incident.Journal[^2].Reason);
        Assert.Equal(Kit.Manager, incident.MajorIncident!.By);
        Assert.True(incident.MajorIncident.Automatic);

        TieredSlaClock resolution = incident.Clock("resolution");
        Assert.Equal("24x7", resolution.CalendarOverride);
        SlaTargetChange moved = Assert.Single(resolution.Agreement!.Cycles[0].TargetChanges);
        Assert.Equal(Kit.OnOffice(Kit.H(4)), moved.OldTarget);
        Assert.Equal(Kit.OnAlways(Kit.H(4)), moved.NewTarget);
        Assert.Equal(Kit.H(1), moved.ElapsedAfter);

        // One working hour was used on jp-office; the remaining three now count the night and the weekend.
        SlaStatus status = incident.Agreement("resolution", Fri1600 + Kit.H(1));
        Assert.Equal(Fri1600 + Kit.H(4), status.DueAt);
        Assert.Equal(Kit.H(3), incident.Agreement("resolution", Fri1600 + Kit.H(3)).Elapsed);
        Assert.Equal(SlaClockState.Breached, incident.Agreement("resolution", Kit.Jst(2026, 6, 6, 9)).State);
        Assert.Equal(Kit.H(17), incident.Agreement("resolution", Kit.Jst(2026, 6, 6, 9)).Elapsed);
    }

    [Fact]
    public void ChangeSeverity_ToMajor_StoppedClocksStayOnTheirCalendar()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.ChangeSeverity(new ChangeIncidentSeverity(4), Kit.Manager, Fri1600 + Kit.H(1));

        Assert.Null(incident.Clock("first-response").CalendarOverride);
        Assert.Equal("24x7", incident.Clock("customer-notification").CalendarOverride);
        Assert.Equal("24x7", incident.Clock("resolution").CalendarOverride);
    }

    [Fact]
    public void ChangeSeverity_ToMajor_LaterInterimUpdatesRunOn24x7()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        incident.ChangeSeverity(new ChangeIncidentSeverity(3), Kit.Manager, Fri1600 + Kit.M(10));

        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "acme", "Major incident: payments down"), Kit.Desk, Kit.Jst(2026, 6, 5, 17, 30));

        TieredSlaClock interim = incident.Clock("interim-update");
        Assert.Equal("24x7", interim.CalendarOverride);
        Assert.Equal(Kit.Jst(2026, 6, 5, 18, 30), interim.Evaluate(Kit.Jst(2026, 6, 5, 17, 30)).Agreement!.Value.DueAt);
    }

    [Fact]
    public void ChangeSeverity_Lowered_DeclarationStays()
    {
        Incident incident = Kit.Record(severity: 3);

        incident.ChangeSeverity(new ChangeIncidentSeverity(1), Kit.Manager, Fri1600 + Kit.H(1));

        Assert.Equal(1, incident.Severity.Level);
        Assert.True(incident.IsMajor);
        Assert.Equal(3, incident.Version);
        Assert.All(incident.SlaClocks, c => Assert.Equal("24x7", c.CalendarOverride));
    }

    [Fact]
    public void ChangeSeverity_RaisedAgainOnAMajorIncident_NotDeclaredTwice()
    {
        Incident incident = Kit.Record(severity: 3);

        incident.ChangeSeverity(new ChangeIncidentSeverity(4), Kit.Manager, Fri1600 + Kit.H(1));

        Assert.Equal(3, incident.Version);
        Assert.Single(incident.UncommittedEvents.OfType<MajorIncidentDeclared>());
    }

    [Fact]
    public void ChangeSeverity_BelowPolicy_NotMajor()
    {
        Incident incident = Kit.Record();

        incident.ChangeSeverity(new ChangeIncidentSeverity(1), Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(new SeverityLevel(1, "Partial"), incident.Severity);
        Assert.False(incident.IsMajor);
        Assert.Equal(2, incident.Version);
    }

    [Fact]
    public void ChangeSeverity_Same_RaisesNothing()
    {
        Incident incident = Kit.Record();

        incident.ChangeSeverity(new ChangeIncidentSeverity(2), Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(1, incident.Version);
    }

    [Fact]
    public void ChangeSeverity_CustomPolicy_DeclaresOnItsCalendar()
    {
        IncidentRules rules = Kit.Rules(o =>
        {
            o.MajorIncidentPolicy = new MajorIncidentPolicy(2, Kit.AlwaysId);
            o.DefaultSeverity = 1;
            o.SlaDefinitions.Add(Kit.Single(SlaMetric.Resolution, Kit.OnOffice(Kit.H(4))));
        });
        Incident incident = Kit.Record(rules);
        Assert.False(incident.IsMajor);

        incident.ChangeSeverity(new ChangeIncidentSeverity(2), Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal("severity 2 (Normal) is at least 2", incident.MajorIncident!.Criterion);
        Assert.Equal("24x7", incident.Clock("resolution").CalendarOverride);
    }

    [Theory]
    [InlineData(IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Closed)]
    [InlineData(IncidentStatus.Cancelled)]
    public void ChangeSeverity_NotUnresolved_Refused(IncidentStatus status)
    {
        Incident incident = Kit.InState(status);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => incident.ChangeSeverity(new ChangeIncidentSeverity(3), Kit.Desk, incident.LastEventAt + Kit.M(1)));

        Assert.Equal("change the severity", ex.Attempted);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void DeclareMajor_WithCriterion_DeclaredByHand()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.DeclareMajor(new DeclareMajorIncident("Incident manager takes over; bridge opened") { Criterion = "more than 100 merchants affected" }, Kit.Manager, Fri1600 + Kit.H(1));

        Assert.Equal(
            new MajorIncidentDeclaration(Fri1600 + Kit.H(1), Kit.Manager, "more than 100 merchants affected", "Incident manager takes over; bridge opened", Automatic: false, "24x7"),
            incident.MajorIncident);
        Assert.Equal(2, incident.Severity.Level);
        Assert.Equal("24x7", incident.Clock("resolution").CalendarOverride);
        Assert.Equal(Fri1600 + Kit.H(4), incident.Agreement("resolution", Fri1600 + Kit.H(1)).DueAt);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Major incident declared", entry.Action);
        Assert.Equal("Incident manager takes over; bridge opened", entry.Reason);
        Assert.Equal(new FieldChange("Criterion", null, "more than 100 merchants affected"), entry.Changes[1]);
    }

    [Fact]
    public void DeclareMajor_NoCriterionAndPolicyNotMet_Refused()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.DeclareMajor(new DeclareMajorIncident("Bridge opened"), Kit.Manager, Fri1600 + Kit.H(1)));

        Assert.Equal("declare a major incident", ex.Attempted);
        Assert.Equal("severity 2 (Normal) does not meet the major-incident policy (at least 3); state the criterion applied", ex.Reason);
        Assert.Equal(Kit.Id.Value, ex.RecordId);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void DeclareMajor_AlreadyMajor_Refused()
    {
        Incident incident = Kit.Record(severity: 3);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.DeclareMajor(new DeclareMajorIncident("Again") { Criterion = "Anything" }, Kit.Manager, Fri1600 + Kit.H(1)));

        Assert.Equal($"it was declared major at {Fri1600} (severity 3 (Major) is at least 3)", ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void DeclareMajor_Resolved_Refused()
    {
        Incident incident = Kit.InState(IncidentStatus.Resolved);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.DeclareMajor(new DeclareMajorIncident("Late") { Criterion = "Anything" }, Kit.Manager, incident.LastEventAt + Kit.M(1)));

        Assert.Equal("it is Resolved; a resolved incident is reopened first", ex.Reason);
    }
}
