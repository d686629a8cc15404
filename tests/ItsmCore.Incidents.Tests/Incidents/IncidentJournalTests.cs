using System;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>The journal: one entry per event (who, when, what changed from what to what, why), and a whole incident's journal.</summary>
public sealed class IncidentJournalTests
{
    [Fact]
    public void Record_JournalEntry_NamesEveryInitialField()
    {
        Incident incident = Kit.Record();

        JournalEntry entry = Assert.Single(incident.Journal);
        Assert.Equal(1, entry.Version);
        Assert.Equal(Kit.Friday1600, entry.At);
        Assert.Equal(Kit.Desk, entry.Actor);
        Assert.Equal("Recorded", entry.Action);
        Assert.Null(entry.Reason);
        Assert.Equal(
            [
                new FieldChange("Title", null, "Payment API returns 502"),
                new FieldChange("Status", null, "New"),
                new FieldChange("Impact", null, "High"),
                new FieldChange("Urgency", null, "Medium"),
                new FieldChange("Priority", null, "2 (High)"),
                new FieldChange("Severity", null, "2 (Normal)"),
            ],
            entry.Changes);
    }

    [Fact]
    public void Journal_IsTheEventsJournalViews_OneEntryPerEventInVersionOrder()
    {
        Incident incident = Realistic();

        Assert.Equal(incident.UncommittedEvents.Select(e => e.ToJournalEntry()), incident.Journal);
        Assert.Equal(Enumerable.Range(1, incident.Journal.Count).Select(v => (long)v), incident.Journal.Select(e => e.Version));
        Assert.Equal(incident.Version, incident.Journal[^1].Version);
        Assert.All(incident.Journal.Zip(incident.Journal.Skip(1)), p => Assert.True(p.First.At <= p.Second.At));
    }

    [Fact]
    public void Journal_StatusChanges_CarryFromToAndReason()
    {
        Incident incident = Kit.InState(IncidentStatus.Resolved);

        incident.Reopen(new ReopenIncident("Errors are back after the restart"), Kit.Reporter, incident.LastEventAt + Kit.M(5));
        incident.Cancel(new CancelIncident("Duplicate of INC-0000"), Kit.Desk, incident.LastEventAt + Kit.M(5));

        JournalEntry reopened = incident.Journal[^2];
        Assert.Equal("Status changed", reopened.Action);
        Assert.Equal(Kit.Reporter, reopened.Actor);
        Assert.Equal([new FieldChange("Status", "Resolved", "InProgress"), new FieldChange("ResolutionCode", "fixed", null)], reopened.Changes);
        Assert.Equal("Errors are back after the restart", reopened.Reason);
        Assert.Equal([new FieldChange("Status", "InProgress", "Cancelled")], incident.Journal[^1].Changes);
        Assert.Equal("Duplicate of INC-0000", incident.Journal[^1].Reason);
        Assert.Equal("Duplicate of INC-0000", incident.StatusReason);
    }

    [Fact]
    public void Journal_CancelFromHold_ClearsTheHoldReason()
    {
        Incident incident = Kit.InState(IncidentStatus.OnHold);

        incident.Cancel(new CancelIncident("Customer withdrew"), Kit.Desk, incident.LastEventAt + Kit.M(5));

        Assert.Equal([new FieldChange("Status", "OnHold", "Cancelled"), new FieldChange("HoldReason", "AwaitingCustomer", null)], incident.Journal[^1].Changes);
        Assert.Null(incident.HoldReason);
    }

    [Fact]
    public void Journal_ResolveFromHoldAndReopen_ShowsWhatTheyCleared()
    {
        // Regression: resolving from OnHold cleared the hold reason and reopening cleared the resolution code, but
        // neither journal entry said so (Cancel from OnHold did).
        Incident incident = Kit.InState(IncidentStatus.OnHold);

        incident.Resolve(new ResolveIncident("workaround", "Customer applied the workaround"), Kit.Engineer, incident.LastEventAt + Kit.M(5));
        incident.Reopen(new ReopenIncident("Workaround no longer helps"), Kit.Reporter, incident.LastEventAt + Kit.M(5));

        Assert.Equal(
            [new FieldChange("Status", "OnHold", "Resolved"), new FieldChange("HoldReason", "AwaitingCustomer", null), new FieldChange("ResolutionCode", null, "workaround"), new FieldChange("ResolutionNotes", null, "Customer applied the workaround")],
            incident.Journal[^2].Changes);
        Assert.Equal([new FieldChange("Status", "Resolved", "InProgress"), new FieldChange("ResolutionCode", "workaround", null)], incident.Journal[^1].Changes);
        Assert.Null(incident.HoldReason);
        Assert.Null(incident.ResolutionCode);
    }

    [Fact]
    public void Journal_EmptyFields_ShownAsNoneNotEmptyStrings()
    {
        // Regression: FieldChange documents null for "the field had no value", but an unclassified category, an empty
        // CI list or description were journaled as "" ("Category:  -> Application/CRM").
        Incident incident = Incident.Record(
            new RecordIncident("CRM down", string.Empty, Kit.Reporter, ReportingChannel.Email, "Low", "Low"), Kit.Id, Kit.Desk, Kit.Friday1600, Kit.Standard);

        incident.UpdateDetails(
            new UpdateIncidentDetails { Description = "All users", Category = CategoryPath.Of("Application", "CRM"), ConfigurationItems = [new ConfigurationItemId("ap-01")] },
            Kit.Engineer,
            Kit.Friday1600 + Kit.M(1));
        incident.UpdateDetails(new UpdateIncidentDetails { Description = string.Empty, Category = default(CategoryPath), ConfigurationItems = [] }, Kit.Engineer, Kit.Friday1600 + Kit.M(2));

        Assert.Equal(
            [new FieldChange("Description", null, "All users"), new FieldChange("ConfigurationItems", null, "ap-01"), new FieldChange("Category", null, "Application/CRM")],
            incident.Journal[1].Changes);
        Assert.Equal(
            [new FieldChange("Description", "All users", null), new FieldChange("ConfigurationItems", "ap-01", null), new FieldChange("Category", "Application/CRM", null)],
            incident.Journal[2].Changes);
        Assert.Equal("#2 Fri 2026-06-05 16:01 (Asia/Tokyo) eng.tanaka Details updated: Description: (none) -> All users; ConfigurationItems: (none) -> ap-01; Category: (none) -> Application/CRM", incident.Journal[1].ToString());
    }

    [Fact]
    public void Journal_RealisticIncident_MatchesApprovedText()
    {
        Snapshot.Verify(Realistic().JournalText(), "IncidentJournalTests.Journal_RealisticIncident_MatchesApprovedText");
    }

    /// <summary>
    /// A CRM incident on Friday 5 June 2026 (JST): reported by phone, triaged, escalated to the DB team, waiting for the
    /// database vendor over the weekend, raised to major on Monday, customer informed, fixed, closed.
    /// </summary>
    internal static Incident Realistic()
    {
        Instant at = Kit.Jst(2026, 6, 5, 16, 10);
        var command = new RecordIncident("CRM search times out", "Sales cannot search customers; pages time out after 30 s.", Kit.Reporter, ReportingChannel.Phone, "Medium", "High")
        {
            ReportedAt = Kit.Jst(2026, 6, 5, 16, 5),
            Service = new ServiceId("crm"),
            ConfigurationItems = [new ConfigurationItemId("ap-01"), new ConfigurationItemId("db-01")],
        };
        Incident incident = Incident.Record(command, new IncidentId("INC-2026-0042"), Kit.Desk, at, Kit.Standard);
        incident.Assign(new AssignIncident("crm-l2") { Assignee = Kit.Engineer }, Kit.Desk, at += Kit.M(5));
        incident.AddComment(new AddIncidentComment(CommentVisibility.CustomerVisible, "We are looking into the search timeouts."), Kit.Desk, at += Kit.M(2));
        incident.StartWork(Kit.Engineer, at += Kit.M(3));
        incident.UpdateDetails(new UpdateIncidentDetails { Category = CategoryPath.Of("Application", "CRM", "Search") }, Kit.Engineer, at += Kit.M(5));
        incident.Escalate(new EscalateIncident(EscalationKind.Functional, "db-l3", "Slow queries on db-01"), Kit.Engineer, at += Kit.M(10));
        incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingSupplier) { Note = "Vendor case 7781 opened" }, Kit.Engineer, at += Kit.M(20));
        incident.Resume(Kit.Engineer, at = Kit.Jst(2026, 6, 8, 9));
        incident.ChangeSeverity(new ChangeIncidentSeverity(3) { Reason = "Month-end closing blocked" }, Kit.Manager, at += Kit.M(15));
        incident.RecordCommunication(new RecordStakeholderCommunication(StakeholderAudience.Customer, CommunicationDirection.Outbound, "sales-division", "Major incident: CRM search unavailable"), Kit.Manager, at += Kit.M(5));
        incident.Escalate(new EscalateIncident(EscalationKind.Hierarchical, "cio", "Month-end at risk"), Kit.Manager, at += Kit.M(5));
        incident.Link(new LinkIncident(IncidentLinkKind.Problem, "PRB-0007"), Kit.Engineer, at += Kit.M(30));
        incident.AnswerEscalation(new AnswerEscalation(2, "Approved emergency index rebuild"), Kit.Manager, at += Kit.M(10));
        incident.Resolve(new ResolveIncident("fixed", "Rebuilt the customer index on db-01."), Kit.Engineer, at += Kit.M(50));
        incident.Close(new CloseIncident { Note = "Sales confirmed search works" }, Kit.Desk, at += Kit.H(2));
        return incident;
    }
}
