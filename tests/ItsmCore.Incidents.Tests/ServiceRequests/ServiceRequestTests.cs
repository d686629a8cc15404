using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

public sealed class ServiceRequestTests
{
    [Fact]
    public void Submit_TypeWithoutApproval_IsSubmittedWithEveryFieldAndOneEvent()
    {
        var command = SubmitCommand(AccountChange) with
        {
            RequestedAt = MondayMorning - Minutes(20),
            Service = new ServiceId("erp"),
            ConfigurationItems = [new ConfigurationItemId("erp-ap-1"), new ConfigurationItemId("erp-db-1")],
        };
        ServiceRequest request = ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules);

        Assert.Equal(Id, request.Id);
        Assert.Same(AccountChange, request.Type);
        Assert.Equal("Add a user to the ERP", request.Title);
        Assert.Equal("Please add user yamada to the ERP production tenant.", request.Details);
        Assert.Equal(Requester, request.RequestedBy);
        Assert.Equal(MondayMorning - Minutes(20), request.RequestedAt);
        Assert.Equal(MondayMorning, request.SubmittedAt);
        Assert.Equal(new ServiceId("erp"), request.Service);
        Assert.Equal([new ConfigurationItemId("erp-ap-1"), new ConfigurationItemId("erp-db-1")], request.ConfigurationItems);
        Assert.Equal(ServiceRequestStatus.Submitted, request.Status);
        Assert.Null(request.AssignmentGroup);
        Assert.Null(request.Assignee);
        Assert.Null(request.HoldReason);
        Assert.Empty(request.Approvals);
        Assert.Empty(request.Comments);
        Assert.Empty(request.FulfilmentNotes);
        Assert.Equal(1, request.Version);
        Assert.Equal(0, request.PersistedVersion);
        Assert.Equal(MondayMorning, request.LastEventAt);
        ServiceRequestSubmitted submitted = Assert.IsType<ServiceRequestSubmitted>(Assert.Single(request.UncommittedEvents));
        Assert.Equal(AccountChange.FulfilmentTarget, submitted.FulfilmentTarget);
        Assert.Equal("SR-1", submitted.RecordId);
        Assert.Equal(Desk, submitted.Actor);
    }

    [Fact]
    public void Submit_TypeRequiringApproval_MovesToAwaitingApprovalInAJournaledSystemStep()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);

        Assert.Equal(ServiceRequestStatus.AwaitingApproval, request.Status);
        Assert.Equal(2, request.Version);
        Assert.Null(request.FulfilmentClock);
        ServiceRequestApprovalRequested requested = Assert.IsType<ServiceRequestApprovalRequested>(request.UncommittedEvents[1]);
        Assert.Equal(Actor.System, requested.Actor);
        Assert.Equal(["change-managers", "alice"], requested.Approvers);
        Assert.Null(Assert.IsType<ServiceRequestSubmitted>(request.UncommittedEvents[0]).FulfilmentTarget);
        JournalEntry entry = request.Journal[1];
        Assert.Equal("Approval requested", entry.Action);
        Assert.Equal(Actor.System, entry.Actor);
        Assert.Equal(
            [new FieldChange("Status", "Submitted", "AwaitingApproval"), new FieldChange("Approvers", null, "change-managers, alice")],
            entry.Changes);
    }

    [Fact]
    public void Submit_NullArguments_Throw()
    {
        SubmitServiceRequest command = SubmitCommand(AccountChange);
        Assert.Throws<ArgumentNullException>(() => ServiceRequest.Submit(null!, Id, Desk, MondayMorning, Rules));
        Assert.Throws<ArgumentNullException>(() => ServiceRequest.Submit(command, Id, null!, MondayMorning, Rules));
        Assert.Throws<ArgumentNullException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, null!));
    }

    [Fact]
    public void Submit_DefaultId_ThrowsArgumentExceptionNamingId()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => ServiceRequest.Submit(SubmitCommand(AccountChange), default, Desk, MondayMorning, Rules));
        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void Submit_InvalidCommand_ThrowsValidationExceptionListingEveryProperty()
    {
        var command = new SubmitServiceRequest("no-such-type", " ", "ok", Requester)
        {
            ConfigurationItems = [new ConfigurationItemId("ci-1"), new ConfigurationItemId("ci-1")],
        };
        ValidationException e = Assert.Throws<ValidationException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));
        Assert.Equal(["TypeId", "Title", "ConfigurationItems"], e.Errors.Select(f => f.PropertyName));
        Assert.Equal(["ServiceRequest.TypeId.Unknown", "ServiceRequest.Title.Blank", "ServiceRequest.ConfigurationItems.Duplicate"], e.Errors.Select(f => f.ErrorCode));
        Assert.Equal(
            "The service catalogue has no request type 'no-such-type'. Known ids: account-change, os-config.",
            e.Errors.First().ErrorMessage);
    }

    [Fact]
    public void Submit_RequestedAtAfterSubmission_ThrowsValidationExceptionOnRequestedAt()
    {
        var command = SubmitCommand(AccountChange) with { RequestedAt = MondayMorning + Duration.FromSeconds(1) };
        ValidationException e = Assert.Throws<ValidationException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));
        Assert.Equal("RequestedAt", Assert.Single(e.Errors).PropertyName);
        Assert.Equal(ServiceRequestRefusalCodes.RequestedAtAfterSubmission, e.Errors.Single().ErrorCode);
    }

    [Fact]
    public void Create_CalendarUnknownToTheProvider_ThrowsArgumentListingEveryType()
    {
        // The unknown calendar was a KeyNotFoundException at the first submission; the rules now report it up front.
        var elsewhere = new ServiceRequestType("x", "X", ServiceImpact.Minor, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "osaka"));
        var nowhere = new ServiceRequestType("y", "Y", ServiceImpact.Minor, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "nagoya"));
        ArgumentException e = Assert.Throws<ArgumentException>(() => RulesFor(ServiceCatalog.Of([elsewhere, AccountChange, nowhere])));
        Assert.Contains("Catalog.Types[0] ('x'): the fulfilment target's calendar 'osaka' is unknown", e.Message, StringComparison.Ordinal);
        Assert.Contains("Catalog.Types[2] ('y'): the fulfilment target's calendar 'nagoya' is unknown", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_ByListedApprover_RecordsTheDecisionAndStartsTheClock()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        Instant at = MondayMorning + Hours(2);
        request.Approve(new ApproveServiceRequest { Comment = "Go ahead in the Tuesday window." }, Alice, at);

        Assert.Equal(ServiceRequestStatus.Approved, request.Status);
        ServiceRequestApproval approval = Assert.Single(request.Approvals);
        Assert.Equal(new ServiceRequestApproval(at, Alice, "alice", ServiceRequestApprovalDecision.Approved, "Go ahead in the Tuesday window."), approval);
        Assert.NotNull(request.FulfilmentClock);
        Assert.Equal(at, request.FulfilmentClock.StartedAt);
        Assert.Equal("Go ahead in the Tuesday window.", request.Journal[^1].Reason);
    }

    [Fact]
    public void Approve_OnBehalfOfListedGroup_RecordsTheGroupAsAuthority()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        request.Approve(new ApproveServiceRequest { OnBehalfOf = "change-managers" }, Bob, MondayMorning + Hours(1));
        ServiceRequestApproval approval = Assert.Single(request.Approvals);
        Assert.Equal(Bob, approval.Approver);
        Assert.Equal("change-managers", approval.Authority);
        Assert.Contains(new FieldChange("Approval", null, "approved as change-managers"), request.Journal[^1].Changes);
    }

    [Fact]
    public void Approve_ByActorWhoIsNotAnApprover_ThrowsDomainRuleAndChangesNothing()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        string before = Describe(request);

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => request.Approve(new ApproveServiceRequest(), Bob, MondayMorning + Hours(1)));
        Assert.Equal(
            "ServiceRequest SR-1: cannot approve: 'bob' is not an approver of request type 'os-config'; its approvers are change-managers, alice [ServiceRequest.Approver.NotApprover]",
            e.Message);
        Assert.Equal("approve", e.Attempted);
        Assert.Equal("ServiceRequest.Approver.NotApprover", e.Code);
        Assert.Equal("bob", e.Refusal["approver"]);
        Assert.Equal(before, Describe(request));
    }

    [Fact]
    public void Approve_OnBehalfOfUnlistedGroup_ThrowsDomainRuleEvenForAListedActor()
    {
        // The authority is the group named; alice's own listing does not lend it to another group.
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        DomainRuleException e = Assert.Throws<DomainRuleException>(
            () => request.Reject(new RejectServiceRequest("No") { OnBehalfOf = "network-team" }, Alice, MondayMorning + Hours(1)));
        Assert.Contains("'alice' on behalf of 'network-team'", e.Reason, StringComparison.Ordinal);
        Assert.Equal(ServiceRequestStatus.AwaitingApproval, request.Status);
    }

    [Fact]
    public void Reject_ByApprover_EndsRejectedWithoutEverMeasuring()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        request.Reject(new RejectServiceRequest("Use the self-service portal."), Alice, MondayMorning + Hours(3));

        Assert.Equal(ServiceRequestStatus.Rejected, request.Status);
        Assert.Equal(ServiceRequestApprovalDecision.Rejected, Assert.Single(request.Approvals).Decision);
        Assert.Equal("Use the self-service portal.", request.Approvals[0].Comment);
        Assert.Null(request.FulfilmentClock);
        Assert.Null(request.EvaluateFulfilment(MondayMorning + Hours(4)));
        Assert.Null(request.NextSlaChangeAt(MondayMorning + Hours(4)));
        Assert.Equal("Use the self-service portal.", request.Journal[^1].Reason);
    }

    [Fact]
    public void Assign_FirstThenReassign_JournalsFromAndTo()
    {
        ServiceRequest request = Submit(AccountChange, MondayMorning);
        request.Assign(new AssignServiceRequest("second-line"), Desk, MondayMorning + Minutes(5));
        request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, MondayMorning + Minutes(6));
        request.Assign(new AssignServiceRequest("second-line") { Assignee = Engineer }, Desk, MondayMorning + Minutes(7));
        request.Assign(new AssignServiceRequest("platform-team"), Desk, MondayMorning + Minutes(8));

        Assert.Equal(ServiceRequestStatus.InFulfilment, request.Status);
        Assert.Equal("platform-team", request.AssignmentGroup);
        Assert.Null(request.Assignee);
        Assert.Equal("Assigned", request.Journal[1].Action);
        Assert.Equal(
            [new FieldChange("Status", "Submitted", "Assigned"), new FieldChange("AssignmentGroup", null, "second-line")],
            request.Journal[1].Changes);
        Assert.Equal("Reassigned", request.Journal[3].Action);
        Assert.Equal([new FieldChange("Assignee", null, "Hanako Sato (hanako)")], request.Journal[3].Changes);
        Assert.Equal(
            [new FieldChange("AssignmentGroup", "second-line", "platform-team"), new FieldChange("Assignee", "Hanako Sato (hanako)", null)],
            request.Journal[4].Changes);
    }

    [Fact]
    public void Assign_ReassignToTheSameGroupAndPerson_RaisesNoEvent()
    {
        // Regression: this threw DomainRuleException (ServiceRequest.Assignment.Unchanged); a command that changes nothing now raises no event.
        ServiceRequest request = InState(ServiceRequestStatus.Assigned, MondayMorning);
        int events = request.UncommittedEvents.Count;

        request.Assign(new AssignServiceRequest("second-line"), Desk, MondayMorning + Hours(1));

        Assert.Equal(events, request.UncommittedEvents.Count);
        Assert.Equal("second-line", request.AssignmentGroup);
        Assert.Equal(ServiceRequestStatus.Assigned, request.Status);
    }

    [Fact]
    public void PutOnHoldAndResume_AwaitingSupplier_RecordTheHoldReasonWhileOnHold()
    {
        ServiceRequest request = InState(ServiceRequestStatus.InFulfilment, MondayMorning);
        request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingSupplier) { Note = "Licence key from the vendor" }, Engineer, MondayMorning + Hours(1));
        Assert.Equal(ServiceRequestHoldReason.AwaitingSupplier, request.HoldReason);
        Assert.Equal("Licence key from the vendor", request.Journal[^1].Reason);

        request.Resume(new ResumeServiceRequest { Note = "Key received" }, Engineer, MondayMorning + Hours(2));
        Assert.Null(request.HoldReason);
        Assert.Equal(ServiceRequestStatus.InFulfilment, request.Status);
        Assert.Contains(new FieldChange("HoldReason", "AwaitingSupplier", null), request.Journal[^1].Changes);
    }

    [Fact]
    public void Cancel_WhileOnHold_ClearsTheHoldReason()
    {
        ServiceRequest request = InState(ServiceRequestStatus.OnHold, MondayMorning);
        request.Cancel(new CancelServiceRequest("Requester left the company"), Desk, MondayMorning + Hours(1));
        Assert.Equal(ServiceRequestStatus.Cancelled, request.Status);
        Assert.Null(request.HoldReason);
        Assert.Equal(
            [new FieldChange("Status", "OnHold", "Cancelled"), new FieldChange("FulfilmentSla", "Paused", "Cancelled")],
            request.Journal[^1].Changes);
    }

    [Fact]
    public void FulfilAndReopen_TwoFulfilments_KeepOneNoteEach()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Fulfilled, MondayMorning);
        request.Reopen(new ReopenServiceRequest("Added to the wrong tenant"), Requester, MondayMorning + Hours(1));
        request.Fulfil(new FulfilServiceRequest("Moved to the production tenant."), Engineer, MondayMorning + Hours(2));

        Assert.Equal(["User added.", "Moved to the production tenant."], request.FulfilmentNotes.Select(n => n.Text));
        Assert.Equal(Engineer, request.FulfilmentNotes[1].FulfilledBy);
        Assert.Equal(MondayMorning + Hours(2), request.FulfilmentNotes[1].At);
    }

    [Fact]
    public void AddComment_CustomerVisibleAndInternal_KeptInOrderWithoutChangingTheState()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Fulfilled, MondayMorning);
        request.AddComment(new AddServiceRequestComment(CommentVisibility.CustomerVisible, "Thank you!"), Requester, MondayMorning + Hours(1));
        request.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "Template updated."), Engineer, MondayMorning + Hours(2));

        Assert.Equal(ServiceRequestStatus.Fulfilled, request.Status);
        Assert.Equal(
            [
                new ServiceRequestComment(MondayMorning + Hours(1), Requester, CommentVisibility.CustomerVisible, "Thank you!"),
                new ServiceRequestComment(MondayMorning + Hours(2), Engineer, CommentVisibility.Internal, "Template updated."),
            ],
            request.Comments);
        Assert.Equal("Comment added", request.Journal[^2].Action);
        Assert.Equal("Work note added", request.Journal[^1].Action);
    }

    [Theory]
    [InlineData(ServiceRequestStatus.Closed)]
    [InlineData(ServiceRequestStatus.Cancelled)]
    [InlineData(ServiceRequestStatus.Rejected)]
    public void AddComment_FinalState_ThrowsStatusFinalAndChangesNothing(ServiceRequestStatus final)
    {
        // Regression: comments were accepted on final requests; every aggregate now refuses edits of a final record alike.
        ServiceRequest request = InState(final, MondayMorning);
        long version = request.Version;

        DomainRuleException e = Assert.Throws<DomainRuleException>(
            () => request.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "late"), Engineer, MondayMorning + Hours(1)));

        Assert.Equal(ServiceRequestRefusalCodes.Final, e.Code);
        Assert.False(request.IsOpen);
        Assert.Equal(version, request.Version);
        Assert.Empty(request.Comments);
    }

    [Theory]
    [InlineData(ServiceRequestStatus.Submitted, true)]
    [InlineData(ServiceRequestStatus.AwaitingApproval, true)]
    [InlineData(ServiceRequestStatus.Fulfilled, true)]
    [InlineData(ServiceRequestStatus.Closed, false)]
    [InlineData(ServiceRequestStatus.Cancelled, false)]
    [InlineData(ServiceRequestStatus.Rejected, false)]
    public void IsOpen_EachState_FalseExactlyInTheLifecycleFinalStates(ServiceRequestStatus status, bool open)
    {
        Assert.Equal(open, InState(status, MondayMorning).IsOpen);
        Assert.Equal(!open, ServiceRequest.Lifecycle.FinalStates.Contains(status));
    }

    public static TheoryData<string, string> InvalidCommands => new()
    {
        { "Approve", "Comment" },
        { "Reject", "Reason" },
        { "Assign", "AssignmentGroup" },
        { "StartFulfilment", "Note" },
        { "PutOnHold", "Reason" },
        { "Resume", "Note" },
        { "Fulfil", "Notes" },
        { "Close", "Note" },
        { "Reopen", "Reason" },
        { "Cancel", "Reason" },
        { "AddComment", "Text" },
    };

    [Theory]
    [MemberData(nameof(InvalidCommands))]
    public void Command_InvalidInput_ThrowsValidationExceptionAndChangesNothing(string command, string property)
    {
        // The request is in a state where the command would be allowed: only the input is wrong.
        (ServiceRequestStatus State, Action<ServiceRequest, Instant> Run) setup = command switch
        {
            "Approve" => (ServiceRequestStatus.AwaitingApproval, (r, at) => r.Approve(new ApproveServiceRequest { Comment = "  " }, Alice, at)),
            "Reject" => (ServiceRequestStatus.AwaitingApproval, (r, at) => r.Reject(new RejectServiceRequest(""), Alice, at)),
            "Assign" => (ServiceRequestStatus.Submitted, (r, at) => r.Assign(new AssignServiceRequest("second line"), Desk, at)),
            "StartFulfilment" => (ServiceRequestStatus.Assigned, (r, at) => r.StartFulfilment(new StartServiceRequestFulfilment { Note = new string('n', 1001) }, Engineer, at)),
            "PutOnHold" => (ServiceRequestStatus.InFulfilment, (r, at) => r.PutOnHold(new PutServiceRequestOnHold((ServiceRequestHoldReason)9), Engineer, at)),
            "Resume" => (ServiceRequestStatus.OnHold, (r, at) => r.Resume(new ResumeServiceRequest { Note = " padded" }, Engineer, at)),
            "Fulfil" => (ServiceRequestStatus.InFulfilment, (r, at) => r.Fulfil(new FulfilServiceRequest(null!), Engineer, at)),
            "Close" => (ServiceRequestStatus.Fulfilled, (r, at) => r.Close(new CloseServiceRequest { Note = "" }, Desk, at)),
            "Reopen" => (ServiceRequestStatus.Fulfilled, (r, at) => r.Reopen(new ReopenServiceRequest("\t"), Requester, at)),
            "Cancel" => (ServiceRequestStatus.Submitted, (r, at) => r.Cancel(new CancelServiceRequest(new string('r', 501)), Desk, at)),
            _ => (ServiceRequestStatus.Submitted, (r, at) => r.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, " \n "), Engineer, at)),
        };
        ServiceRequest request = InState(setup.State, MondayMorning);
        string before = Describe(request);
        int uncommitted = request.UncommittedEvents.Count;

        ValidationException e = Assert.Throws<ValidationException>(() => setup.Run(request, MondayMorning + Hours(1)));
        Assert.Equal(property, Assert.Single(e.Errors).PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(e.Errors.Single().ErrorMessage));
        Assert.Equal(before, Describe(request));
        Assert.Equal(uncommitted, request.UncommittedEvents.Count);
    }

    [Fact]
    public void Command_InvalidInTheWrongState_ValidationComesBeforeTheLifecycle()
    {
        // An invalid command in a state that would refuse it anyway reports the input first.
        ServiceRequest request = InState(ServiceRequestStatus.Closed, MondayMorning);
        Assert.Throws<ValidationException>(() => request.Cancel(new CancelServiceRequest(""), Desk, MondayMorning + Hours(1)));
        Assert.Throws<InvalidTransitionException>(() => request.Cancel(new CancelServiceRequest("ok"), Desk, MondayMorning + Hours(1)));
    }

    [Fact]
    public void Command_AtBeforeTheLastEvent_ThrowsArgumentOutOfRangeNamingAtAndChangesNothing()
    {
        ServiceRequest request = InState(ServiceRequestStatus.InFulfilment, MondayMorning);
        string before = Describe(request);
        Instant early = request.LastEventAt - Duration.FromNanoseconds(1);

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(
            () => request.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "late"), Engineer, early));
        Assert.Equal("at", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => request.Fulfil(new FulfilServiceRequest("Done."), Engineer, early));
        Assert.Equal(before, Describe(request));

        // The same instant as the last event is allowed.
        request.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "same instant"), Engineer, request.LastEventAt);
    }

    [Fact]
    public void Command_NullCommandOrActor_ThrowsArgumentNull()
    {
        ServiceRequest request = InState(ServiceRequestStatus.AwaitingApproval, MondayMorning);
        Assert.Throws<ArgumentNullException>(() => request.Approve(null!, Alice, MondayMorning));
        Assert.Throws<ArgumentNullException>(() => request.Approve(new ApproveServiceRequest(), null!, MondayMorning));
        Assert.Throws<ArgumentNullException>(() => request.AddComment(null!, Alice, MondayMorning));
    }

    [Fact]
    public void MarkCommitted_SavedVersion_ClearsUncommittedEventsAndAdvancesThePersistedVersion()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Assigned, MondayMorning);
        Assert.Equal(2, request.UncommittedEvents.Count);
        request.MarkCommitted(2);
        Assert.Empty(request.UncommittedEvents);
        Assert.Equal(2, request.PersistedVersion);
        request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, MondayMorning + Hours(1));
        Assert.Equal(2, request.PersistedVersion);
        Assert.Equal(3, request.Version);
        Assert.Equal(3, Assert.Single(request.UncommittedEvents).Version);
    }

    [Fact]
    public void Journal_FullStoryWithApproval_MatchesApprovedFile()
    {
        // A service-impacting request received by e-mail on Friday 2026-11-20 16:40 JST and recorded at 17:00.
        Instant submittedAt = Jst(2026, 11, 20, 17);
        var command = new SubmitServiceRequest("os-config", "Raise max_connections on erp-db-1", "From 200 to 400 before the year-end batch.", Requester)
        {
            RequestedAt = Jst(2026, 11, 20, 16, 40),
            Service = new ServiceId("erp"),
            ConfigurationItems = [new ConfigurationItemId("erp-db-1")],
        };
        ServiceRequest request = ServiceRequest.Submit(command, new ServiceRequestId("SR-2026-0042"), Desk, submittedAt, Rules);
        request.AddComment(new AddServiceRequestComment(CommentVisibility.CustomerVisible, "Received; waiting for change approval."), Desk, Jst(2026, 11, 20, 17, 5));
        request.Approve(new ApproveServiceRequest { OnBehalfOf = "change-managers", Comment = "Apply in the Wednesday window." }, Alice, Jst(2026, 11, 24, 10, 30));
        request.Assign(new AssignServiceRequest("second-line") { Assignee = Engineer }, Desk, Jst(2026, 11, 24, 10, 45));
        request.StartFulfilment(new StartServiceRequestFulfilment { Note = "Change prepared on staging." }, Engineer, Jst(2026, 11, 24, 11));
        request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester) { Note = "Confirm the restart window." }, Engineer, Jst(2026, 11, 24, 12));
        request.Resume(new ResumeServiceRequest { Note = "Window confirmed: Wednesday 18:00." }, Engineer, Jst(2026, 11, 25, 10));
        request.AddComment(new AddServiceRequestComment(CommentVisibility.Internal, "Parameter group updated; restart at 18:00."), Engineer, Jst(2026, 11, 25, 17));
        request.Fulfil(new FulfilServiceRequest("max_connections = 400; instance restarted at 18:05."), Engineer, Jst(2026, 11, 25, 18, 10));
        request.Reopen(new ReopenServiceRequest("The replica still has 200."), Requester, Jst(2026, 11, 26, 9));
        request.Fulfil(new FulfilServiceRequest("Replica erp-db-2 updated as well."), Engineer, Jst(2026, 11, 26, 11));
        request.Close(new CloseServiceRequest { Note = "Requester confirmed." }, Desk, Jst(2026, 11, 27, 10));

        Snapshot.Verify(JournalText(request), "ServiceRequestTests.Journal_FullStoryWithApproval_MatchesApprovedFile");
    }

    [Fact]
    public void ServiceRequestSubmitted_Equality_ComparesTheConfigurationItems()
    {
        ServiceRequestSubmitted a = Event([new ConfigurationItemId("a"), new ConfigurationItemId("b")]);
        ServiceRequestSubmitted b = Event([new ConfigurationItemId("a"), new ConfigurationItemId("b")]);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Event([new ConfigurationItemId("b"), new ConfigurationItemId("a")]));
        Assert.NotEqual(a, b with { Version = 2 });

        static ServiceRequestSubmitted Event(ConfigurationItemId[] items) =>
            new(Id, 1, MondayMorning, Desk, AccountChange, "T", "", Requester, MondayMorning, null, EquatableArray.From(items), OneBusinessDay, new(ServiceRequestPriorities.Medium, null, null, null, false));
    }

    [Fact]
    public void ServiceRequestEvent_DefaultIdOrNullActor_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ServiceRequestClosed(default, 1, MondayMorning, Desk, null));
        Assert.Throws<ArgumentNullException>(() => new ServiceRequestClosed(Id, 1, MondayMorning, null!, null));
    }
}
