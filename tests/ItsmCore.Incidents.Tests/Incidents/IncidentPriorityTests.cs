using System;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Priority: from the impact x urgency matrix, changes, overrides, and the SLA target-change policies.</summary>
public sealed class IncidentPriorityTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    [Theory]
    [InlineData("High", "High", 1, "Critical")]
    [InlineData("High", "Medium", 2, "High")]
    [InlineData("High", "Low", 3, "Medium")]
    [InlineData("Medium", "High", 2, "High")]
    [InlineData("Medium", "Medium", 3, "Medium")]
    [InlineData("Medium", "Low", 4, "Low")]
    [InlineData("Low", "High", 3, "Medium")]
    [InlineData("Low", "Medium", 4, "Low")]
    [InlineData("Low", "Low", 5, "Planning")]
    [InlineData("low", "LOW", 5, "Planning")]
    public void Record_ImpactAndUrgency_PriorityFromDefaultMatrix(string impact, string urgency, int level, string name)
    {
        Incident incident = Kit.Record(impact: impact, urgency: urgency);

        Assert.Equal(new Priority(level, name), incident.Priority);
        Assert.Equal(char.ToUpperInvariant(impact[0]) + impact[1..].ToLowerInvariant(), incident.Impact);
        Assert.All(incident.SlaClocks, c => Assert.Equal(name, c.Priority));
    }

    [Fact]
    public void ChangePriority_NewUrgency_MatrixDecidesAndJournals()
    {
        Incident incident = Kit.Record();

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "high", Reason = "Whole checkout down" }, Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(new Priority(1, "Critical"), incident.Priority);
        Assert.Equal("High", incident.Urgency);
        Assert.Equal("High", incident.Impact);
        Assert.False(incident.IsPriorityOverridden);
        IncidentPriorityChanged e = Assert.IsType<IncidentPriorityChanged>(incident.UncommittedEvents[^1]);
        Assert.Equal([new FieldChange("Urgency", "Medium", "High"), new FieldChange("Priority", "2 (High)", "1 (Critical)")], e.ToJournalEntry().Changes);
        Assert.Equal("Whole checkout down", incident.Journal[^1].Reason);
        Assert.All(incident.SlaClocks, c => Assert.Equal("Critical", c.Priority));
    }

    [Fact]
    public void ChangePriority_ImpactAndUrgency_BothJournaled()
    {
        Incident incident = Kit.Record();

        incident.ChangePriority(new ChangeIncidentPriority { Impact = "Low", Urgency = "Low" }, Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(new Priority(5, "Planning"), incident.Priority);
        Assert.Equal(
            [new FieldChange("Impact", "High", "Low"), new FieldChange("Urgency", "Medium", "Low"), new FieldChange("Priority", "2 (High)", "5 (Planning)")],
            incident.Journal[^1].Changes);
    }

    [Fact]
    public void ChangePriority_SameCell_ImpactChangesPriorityStays()
    {
        Incident incident = Kit.Record(impact: "High", urgency: "Low");
        TieredSlaClock[] before = incident.SlaClocks.ToArray();

        incident.ChangePriority(new ChangeIncidentPriority { Impact = "Low", Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(new Priority(3, "Medium"), incident.Priority);
        Assert.Equal([new FieldChange("Impact", "High", "Low"), new FieldChange("Urgency", "Low", "High")], incident.Journal[^1].Changes);
        Assert.Equal(before, incident.SlaClocks);
    }

    [Fact]
    public void ChangePriority_Override_JournaledWithReasonAndFlagged()
    {
        Incident incident = Kit.Record();

        incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = "Critical", Reason = "Top customer, contract penalty" }, Kit.Manager, Fri1600 + Kit.M(5));

        Assert.Equal(new Priority(1, "Critical"), incident.Priority);
        Assert.True(incident.IsPriorityOverridden);
        Assert.Equal("High", incident.Impact);
        Assert.Equal("Medium", incident.Urgency);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Priority changed", entry.Action);
        Assert.Equal(Kit.Manager, entry.Actor);
        Assert.Equal([new FieldChange("Priority", "2 (High)", "1 (Critical)"), new FieldChange("PriorityOverridden", "no", "yes")], entry.Changes);
        Assert.Equal("Top customer, contract penalty", entry.Reason);
        IncidentPriorityChanged e = Assert.IsType<IncidentPriorityChanged>(incident.UncommittedEvents[^1]);
        Assert.True(e.Overridden);
    }

    [Fact]
    public void ChangePriority_BackToMatrix_ClearsOverride()
    {
        Incident incident = Kit.Record();
        incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = "Critical", Reason = "VIP" }, Kit.Manager, Fri1600 + Kit.M(5));

        incident.ChangePriority(new ChangeIncidentPriority { Impact = incident.Impact, Reason = "Back to the matrix" }, Kit.Manager, Fri1600 + Kit.M(10));

        Assert.Equal(new Priority(2, "High"), incident.Priority);
        Assert.False(incident.IsPriorityOverridden);
        Assert.Equal([new FieldChange("Priority", "1 (Critical)", "2 (High)"), new FieldChange("PriorityOverridden", "yes", "no")], incident.Journal[^1].Changes);
        Assert.All(incident.SlaClocks, c => Assert.Equal("High", c.Priority));
    }

    [Fact]
    public void ChangePriority_OverrideToTheMatrixValue_OnlyTheFlagChanges()
    {
        Incident incident = Kit.Record();
        TieredSlaClock[] before = incident.SlaClocks.ToArray();

        incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = "High", Reason = "Pinned" }, Kit.Manager, Fri1600 + Kit.M(5));

        Assert.True(incident.IsPriorityOverridden);
        Assert.Equal([new FieldChange("PriorityOverridden", "no", "yes")], incident.Journal[^1].Changes);
        Assert.Equal(before, incident.SlaClocks);
    }

    [Theory]
    [InlineData("High", null)]
    [InlineData(null, "medium")]
    [InlineData("HIGH", "Medium")]
    public void ChangePriority_NothingChanges_RaisesNothing(string? impact, string? urgency)
    {
        Incident incident = Kit.Record();

        incident.ChangePriority(new ChangeIncidentPriority { Impact = impact, Urgency = urgency }, Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal(1, incident.Version);
        Assert.Single(incident.UncommittedEvents);
        Assert.Equal(Fri1600, incident.LastEventAt);
    }

    [Fact]
    public void ChangePriority_SameOverrideAgain_RaisesNothing()
    {
        Incident incident = Kit.Record();
        incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = "Critical", Reason = "VIP" }, Kit.Manager, Fri1600 + Kit.M(5));

        incident.ChangePriority(new ChangeIncidentPriority { OverridePriority = "critical", Reason = "VIP again" }, Kit.Manager, Fri1600 + Kit.M(6));

        Assert.Equal(2, incident.Version);
    }

    [Theory]
    [InlineData(IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Closed)]
    [InlineData(IncidentStatus.Cancelled)]
    public void ChangePriority_NotUnresolved_Refused(IncidentStatus status)
    {
        Incident incident = Kit.InState(status);
        IncidentState before = IncidentState.Of(incident);

        DomainRuleException ex = Assert.Throws<DomainRuleException>(() =>
            incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, incident.LastEventAt + Kit.M(1)));

        Assert.Equal("change the priority", ex.Attempted);
        Assert.Equal(
            status == IncidentStatus.Resolved ? "it is Resolved; a resolved incident is reopened first" : $"it is {status}; closed and cancelled incidents do not change",
            ex.Reason);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void ChangePriority_KeepStart_ElapsedCarriesOverToTheNewTarget()
    {
        Incident incident = Kit.Record(Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.KeepStart)));

        // One working hour in, High (4 h) becomes Critical (2 h).
        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.H(1));

        SlaStatus status = incident.Agreement("resolution", Fri1600 + Kit.H(1));
        Assert.Equal(Kit.H(2), status.Target);
        Assert.Equal(Kit.H(1), status.Elapsed);
        Assert.Equal(Fri1600 + Kit.H(2), status.DueAt);
        SlaTargetChange change = Assert.Single(incident.Clock("resolution").Agreement!.Cycles[0].TargetChanges);
        Assert.Equal(SlaTargetChangePolicy.KeepStart, change.Policy);
        Assert.Equal(Kit.H(4), change.OldBudget);
        Assert.Equal(Kit.H(2), change.NewBudget);
        Assert.Equal(Kit.H(1), change.ElapsedBefore);
        Assert.Equal(Kit.H(1), change.ElapsedAfter);
        Assert.Equal(Kit.OnOffice(Kit.H(4)), change.OldTarget);
        Assert.Equal(Kit.OnOffice(Kit.H(2)), change.NewTarget);
    }

    [Fact]
    public void ChangePriority_Restart_MeasuresTheNewTargetFromTheChange()
    {
        Incident incident = Kit.Record(Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.Restart)));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.H(1));

        SlaStatus status = incident.Agreement("resolution", Fri1600 + Kit.H(1));
        Assert.Equal(Duration.Zero, status.Elapsed);
        Assert.Equal(Kit.Jst(2026, 6, 8, 10), status.DueAt);
        SlaTargetChange change = Assert.Single(incident.Clock("resolution").Agreement!.Cycles[0].TargetChanges);
        Assert.Equal(SlaTargetChangePolicy.Restart, change.Policy);
        Assert.Equal(Kit.H(1), change.ElapsedBefore);
        Assert.Equal(Duration.Zero, change.ElapsedAfter);
    }

    [Fact]
    public void ChangePriority_KeepPercentConsumed_ScalesTheElapsedTime()
    {
        Incident incident = Kit.Record(Kit.Rules(Kit.StandardDefinitions(SlaTargetChangePolicy.KeepPercentConsumed)));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.H(1));

        // 1 h of 4 h is 25 %; 25 % of 2 h is 30 min, so 90 working minutes remain: Friday 17:00-18:00 and Monday 09:00-09:30.
        SlaStatus status = incident.Agreement("resolution", Fri1600 + Kit.H(1));
        Assert.Equal(Kit.M(30), status.Elapsed);
        Assert.Equal(Kit.Jst(2026, 6, 8, 9, 30), status.DueAt);
        SlaTargetChange change = Assert.Single(incident.Clock("resolution").Agreement!.Cycles[0].TargetChanges);
        Assert.Equal(SlaTargetChangePolicy.KeepPercentConsumed, change.Policy);
        Assert.Equal(Kit.M(30), change.ElapsedAfter);
    }

    [Fact]
    public void ChangePriority_TierTheNewPriorityLacks_IsCancelled()
    {
        Incident incident = Kit.Record();

        // Planning has no resolution objective.
        incident.ChangePriority(new ChangeIncidentPriority { Impact = "Low", Urgency = "Low" }, Kit.Desk, Fri1600 + Kit.M(30));

        TieredSlaStatus status = incident.Clock("resolution").Evaluate(Fri1600 + Kit.M(30));
        Assert.Equal(SlaClockState.Cancelled, status.Objective!.Value.State);
        Assert.Equal(Kit.H(40), status.Agreement!.Value.Target);
        Assert.Equal(SlaClockState.Running, status.Agreement.Value.State);
    }

    [Fact]
    public void ChangePriority_AfterFirstResponse_StoppedClockKeepsItsPriority()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Fri1600 + Kit.M(30));

        Assert.Equal("High", incident.Clock("first-response").Priority);
        Assert.Equal("Critical", incident.Clock("resolution").Priority);
    }

    [Fact]
    public void ChangePriority_WhileOnHold_ClockStaysPaused()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer), Kit.Engineer, Fri1600 + Kit.H(1));

        incident.ChangePriority(new ChangeIncidentPriority { Urgency = "High" }, Kit.Desk, Kit.Jst(2026, 6, 8, 9));
        incident.Resume(Kit.Engineer, Kit.Jst(2026, 6, 8, 10));

        SlaStatus status = incident.Agreement("resolution", Kit.Jst(2026, 6, 8, 10));
        Assert.Equal(Kit.H(1), status.Elapsed);
        Assert.Equal(Kit.Jst(2026, 6, 8, 11), status.DueAt);
    }
}
