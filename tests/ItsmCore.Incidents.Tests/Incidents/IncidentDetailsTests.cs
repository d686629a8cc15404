using System;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Updating the record: details, assignment, comments and workarounds.</summary>
public sealed class IncidentDetailsTests
{
    private static readonly Instant Fri1600 = Kit.Friday1600;

    [Fact]
    public void UpdateDetails_ChangedFieldsOnly_Journaled()
    {
        Incident incident = Kit.Record();

        incident.UpdateDetails(
            new UpdateIncidentDetails
            {
                Title = "Payment API returns 502",
                Service = new ServiceId("payments"),
                ConfigurationItems = [new ConfigurationItemId("lb-01"), new ConfigurationItemId("db-02")],
                Category = CategoryPath.Of("Application", "Payments", "Gateway"),
            },
            Kit.Engineer,
            Fri1600 + Kit.M(5));

        Assert.Equal(new ServiceId("payments"), incident.Service);
        Assert.Equal([new ConfigurationItemId("lb-01"), new ConfigurationItemId("db-02")], incident.ConfigurationItems);
        Assert.Equal(CategoryPath.Of("Application", "Payments", "Gateway"), incident.Category);
        Assert.Equal("Checkout fails for some customers.", incident.Description);
        JournalEntry entry = incident.Journal[^1];
        Assert.Equal("Details updated", entry.Action);
        Assert.Equal(
            [
                new FieldChange("Service", null, "payments"),
                new FieldChange("ConfigurationItems", null, "lb-01, db-02"),
                new FieldChange("Category", null, "Application/Payments/Gateway"),
            ],
            entry.Changes);
    }

    [Fact]
    public void UpdateDetails_NothingChanges_RaisesNothing()
    {
        Incident incident = Kit.Record();

        incident.UpdateDetails(new UpdateIncidentDetails { Title = "Payment API returns 502", Description = "Checkout fails for some customers." }, Kit.Engineer, Fri1600 + Kit.M(5));

        Assert.Equal(1, incident.Version);
        Assert.Equal(Fri1600, incident.LastEventAt);
    }

    [Fact]
    public void UpdateDetails_ResolvedIncident_AllowedButNotCancelled()
    {
        Incident resolved = Kit.InState(IncidentStatus.Resolved);
        resolved.UpdateDetails(new UpdateIncidentDetails { Title = "Gateway pool exhausted" }, Kit.Engineer, resolved.LastEventAt);
        Assert.Equal("Gateway pool exhausted", resolved.Title);

        Incident cancelled = Kit.InState(IncidentStatus.Cancelled);
        DomainRuleException ex = Assert.Throws<DomainRuleException>(() => cancelled.UpdateDetails(new UpdateIncidentDetails { Title = "x" }, Kit.Engineer, cancelled.LastEventAt));
        Assert.Equal("update details", ex.Attempted);
    }

    [Fact]
    public void Assign_GroupAndPerson_Journaled()
    {
        Incident incident = Kit.Record();

        incident.Assign(new AssignIncident("payments-l2") { Assignee = Kit.Engineer }, Kit.Desk, Fri1600 + Kit.M(5));

        Assert.Equal("payments-l2", incident.AssignmentGroup);
        Assert.Equal(Kit.Engineer, incident.Assignee);
        Assert.Equal(IncidentStatus.Assigned, incident.Status);
        Assert.Equal(
            [new FieldChange("AssignmentGroup", null, "payments-l2"), new FieldChange("Assignee", null, "eng.tanaka"), new FieldChange("Status", "New", "Assigned")],
            incident.Journal[^1].Changes);
        Assert.Equal("Assigned", incident.Journal[^1].Action);
    }

    [Fact]
    public void Assign_SameGroupAndPerson_RaisesNothing()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        long version = incident.Version;

        incident.Assign(new AssignIncident("payments-l2") { Assignee = Kit.Engineer }, Kit.Desk, incident.LastEventAt + Kit.M(1));

        Assert.Equal(version, incident.Version);
    }

    [Fact]
    public void Assign_ToTheGroupQueue_ClearsThePerson()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.Assign(new AssignIncident("payments-l2"), Kit.Desk, incident.LastEventAt + Kit.M(1));

        Assert.Null(incident.Assignee);
        Assert.Equal(IncidentStatus.InProgress, incident.Status);
        Assert.Equal([new FieldChange("Assignee", "eng.tanaka", null)], incident.Journal[^1].Changes);
    }

    [Fact]
    public void AddComment_BothVisibilities_KeptInOrder()
    {
        Incident incident = Kit.Record();

        incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "Pool at 100 %"), Kit.Engineer, Fri1600 + Kit.M(5));
        incident.AddComment(new AddIncidentComment(CommentVisibility.CustomerVisible, "We are investigating"), Kit.Desk, Fri1600 + Kit.M(6));

        Assert.Equal(
            [
                new IncidentComment(Fri1600 + Kit.M(5), Kit.Engineer, CommentVisibility.Internal, "Pool at 100 %"),
                new IncidentComment(Fri1600 + Kit.M(6), Kit.Desk, CommentVisibility.CustomerVisible, "We are investigating"),
            ],
            incident.Comments);
        Assert.Equal([new FieldChange("WorkNote", null, "Pool at 100 %")], incident.Journal[^2].Changes);
        Assert.Equal([new FieldChange("Comment", null, "We are investigating")], incident.Journal[^1].Changes);
        Assert.Equal("Comment added", incident.Journal[^1].Action);
    }

    [Fact]
    public void NoteWorkaround_FromAProblem_IsKept()
    {
        Incident incident = Kit.InState(IncidentStatus.Resolved);

        incident.NoteWorkaround(new NoteIncidentWorkaround(new ProblemId("PRB-0007"), "Restart the gateway pool"), Actor.System, incident.LastEventAt);

        Assert.Equal([new IncidentWorkaround(new ProblemId("PRB-0007"), "Restart the gateway pool", incident.LastEventAt)], incident.Workarounds);
        Assert.Equal([new FieldChange("Workaround", null, "from problem PRB-0007: Restart the gateway pool")], incident.Journal[^1].Changes);
        Assert.Equal(Actor.System, incident.Journal[^1].Actor);
    }

    [Fact]
    public void PutOnHold_NoteAndReason_StatusReasonAndJournal()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingSupplier) { Note = "payment-network ticket 123" }, Kit.Engineer, Fri1600 + Kit.M(10));

        Assert.Equal(HoldReason.AwaitingSupplier, incident.HoldReason);
        Assert.Equal("payment-network ticket 123", incident.StatusReason);
        Assert.Equal([new FieldChange("Status", "InProgress", "OnHold"), new FieldChange("HoldReason", null, "AwaitingSupplier")], incident.Journal[^1].Changes);
        Assert.Equal("payment-network ticket 123", incident.Journal[^1].Reason);

        incident.Resume(Kit.Engineer, Fri1600 + Kit.M(20));

        Assert.Null(incident.HoldReason);
        Assert.Null(incident.StatusReason);
        Assert.Equal([new FieldChange("Status", "OnHold", "InProgress"), new FieldChange("HoldReason", "AwaitingSupplier", null)], incident.Journal[^1].Changes);
    }

    [Fact]
    public void ResolveCloseReopen_Lifecycle_FieldsFollow()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.Resolve(new ResolveIncident("workaround", "Standby gateway"), Kit.Engineer, Fri1600 + Kit.M(10));

        Assert.Equal("workaround", incident.ResolutionCode);
        Assert.Equal("Standby gateway", incident.ResolutionNotes);
        Assert.Equal(Fri1600 + Kit.M(10), incident.ResolvedAt);
        Assert.True(incident.IsOpen);
        Assert.False(incident.IsUnresolved);
        Assert.Equal([new FieldChange("Status", "InProgress", "Resolved"), new FieldChange("ResolutionCode", null, "workaround"), new FieldChange("ResolutionNotes", null, "Standby gateway")], incident.Journal[^1].Changes);

        incident.Close(new CloseIncident { Note = "Customer confirmed" }, Kit.Desk, Fri1600 + Kit.M(20));

        Assert.Equal(IncidentStatus.Closed, incident.Status);
        Assert.Equal(Fri1600 + Kit.M(20), incident.ClosedAt);
        Assert.Equal("Customer confirmed", incident.StatusReason);
        Assert.False(incident.IsOpen);
        Assert.False(incident.IsUnresolved);
    }

    [Fact]
    public void Command_EarlierThanTheLastEvent_ThrowsAndChangesNothing()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        IncidentState before = IncidentState.Of(incident);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "late"), Kit.Engineer, incident.LastEventAt - Duration.Epsilon));

        Assert.Equal("at", ex.ParamName);
        IncidentState.AssertSame(before, IncidentState.Of(incident));
    }

    [Fact]
    public void Command_SameInstantAsTheLastEvent_Accepted()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);

        incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "same minute"), Kit.Engineer, incident.LastEventAt);

        Assert.Single(incident.Comments);
    }

    [Fact]
    public void Commands_NullArguments_Throw()
    {
        Incident incident = Kit.InState(IncidentStatus.InProgress);
        Instant at = incident.LastEventAt;

        Assert.Throws<ArgumentNullException>(() => incident.AddComment(null!, Kit.Engineer, at));
        Assert.Throws<ArgumentNullException>(() => incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "x"), null!, at));
        Assert.Throws<ArgumentNullException>(() => incident.StartWork(null!, at));
        Assert.Throws<ArgumentNullException>(() => incident.Resume(null!, at));
        Assert.Throws<ArgumentNullException>(() => incident.Resolve(null!, Kit.Engineer, at));
        Assert.Throws<ArgumentNullException>(() => Incident.Rebuild(null!, Kit.Standard));
        Assert.Throws<ArgumentNullException>(() => Incident.Rebuild(incident.UncommittedEvents, null!));
    }
}
