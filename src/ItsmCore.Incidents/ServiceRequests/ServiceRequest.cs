using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// A service request: a request for information, advice, access or a pre-approved change, raised against a request
/// type of the <see cref="ServiceCatalog"/>. Every step goes through the <see cref="Lifecycle"/> table, is recorded as a
/// <see cref="ServiceRequestEvent"/> and shows in the <see cref="EventSourcedAggregate{TEvent}.Journal"/>; the
/// fulfilment is measured by an <see cref="SlaClock"/> against the type's target.
/// </summary>
/// <remarks>
/// <para><b>History never changes under the host.</b> Whatever the request takes from the configuration is written
/// into the event that applied it: <see cref="ServiceRequestSubmitted"/> holds the type as the catalogue held it (name,
/// impact, fulfilment target, approvers, lead time) and the <see cref="Schedule"/> its priority gave;
/// <see cref="ServiceRequestApprovalRequested"/> the approvers; <see cref="ServiceRequestApproved"/> the target its clock
/// started with. <see cref="Rebuild"/> reads them from the events, never from the current catalogue, so editing,
/// reordering or removing request types changes new requests only.</para>
/// <para><b>Fulfilment clock.</b> The clock starts when the request is ready to be fulfilled: at
/// <see cref="RequestedAt"/> when the type needs no approval, at the approval otherwise. The provider cannot start
/// work it may not do, so the time a request waits for its approver is not the provider's time; a rejected request is
/// never measured. The clock pauses while the request is on hold (waiting for the requester or a supplier; the reason
/// is recorded on the clock), resumes with it, stops when the request is fulfilled, starts a new cycle when it is
/// reopened and is cancelled with the request. Each start takes the version of the target's calendar in force at that
/// instant from the <see cref="IBusinessCalendarProvider"/>, as <see cref="SlaClock.Replay"/> does, so
/// <c>SlaClock.Replay(FulfilmentClock.Events, calendars)</c> equals <see cref="FulfilmentClock"/>.</para>
/// <para><b>Commands.</b> Each command is checked in this order, and a refused command changes nothing: null
/// arguments (<see cref="ArgumentNullException"/>); the command's validator (<see cref="ValidationException"/> listing
/// every property and reason); <c>at</c> not before the last event (<see cref="ArgumentOutOfRangeException"/>); the
/// lifecycle (<see cref="InvalidTransitionException"/> naming the request, its state, the transition and the
/// allowed ones); the request's content (<see cref="DomainRuleException"/>, e.g. an approver who is not one of the
/// type's).</para>
/// <para>Not thread-safe: an instance belongs to one unit of work.</para>
/// </remarks>
public sealed class ServiceRequest : EventSourcedAggregate<ServiceRequestEvent>
{
    private const string RecordType = "ServiceRequest";

    private readonly ServiceRequestRules rules;
    private readonly IBusinessCalendarProvider calendars;
    private readonly List<ServiceRequestApproval> approvals = new();
    private readonly List<ServiceRequestComment> comments = new();
    private readonly List<ServiceRequestFulfilmentNote> fulfilmentNotes = new();
    private ServiceRequestType? type;
    private string[] approvers = [];
    private ConfigurationItemId[] configurationItems = [];

    private ServiceRequest(ServiceRequestRules rules)
    {
        this.rules = rules;
        calendars = rules.Calendars;
    }

    /// <summary>
    /// The service request lifecycle as data (triggers in brackets are automatic or conditional):
    /// <list type="bullet">
    /// <item>Submitted -RequestApproval-> AwaitingApproval [automatic on submission when the type requires approval];
    /// AwaitingApproval -Approve-> Approved, -Reject-> Rejected (final) [by one of the type's approvers; a rejection needs a reason].</item>
    /// <item>Submitted [type requires no approval] or Approved -Assign-> Assigned -StartWork-> InFulfilment.</item>
    /// <item>InFulfilment -PutOnHold-> OnHold [awaiting requester or supplier] -Resume-> InFulfilment.</item>
    /// <item>InFulfilment -Fulfil-> Fulfilled [fulfilment notes] -Close-> Closed (final); Fulfilled -Reopen-> InFulfilment [reason].</item>
    /// <item>Assigned, InFulfilment and OnHold -Reassign-> the same state.</item>
    /// <item>Cancel [reason] from every open state (Submitted, AwaitingApproval, Approved, Assigned, InFulfilment,
    /// OnHold) to Cancelled (final). A fulfilled request is not open: it is closed or reopened.</item>
    /// </list>
    /// </summary>
    public static Lifecycle<ServiceRequestStatus, ServiceRequestTrigger> Lifecycle { get; } =
        Lifecycle<ServiceRequestStatus, ServiceRequestTrigger>.CreateBuilder(RecordType, ServiceRequestStatus.Submitted)
            .Permit(ServiceRequestStatus.Submitted, ServiceRequestTrigger.RequestApproval, ServiceRequestStatus.AwaitingApproval, "automatic when the type requires approval")
            .Permit(ServiceRequestStatus.Submitted, ServiceRequestTrigger.Assign, ServiceRequestStatus.Assigned, "type requires no approval")
            .Permit(ServiceRequestStatus.AwaitingApproval, ServiceRequestTrigger.Approve, ServiceRequestStatus.Approved, "by one of the type's approvers")
            .Permit(ServiceRequestStatus.AwaitingApproval, ServiceRequestTrigger.Reject, ServiceRequestStatus.Rejected, "by one of the type's approvers; reason required")
            .Permit(ServiceRequestStatus.Approved, ServiceRequestTrigger.Assign, ServiceRequestStatus.Assigned)
            .Permit(ServiceRequestStatus.Assigned, ServiceRequestTrigger.Reassign, ServiceRequestStatus.Assigned)
            .Permit(ServiceRequestStatus.Assigned, ServiceRequestTrigger.StartWork, ServiceRequestStatus.InFulfilment)
            .Permit(ServiceRequestStatus.InFulfilment, ServiceRequestTrigger.Reassign, ServiceRequestStatus.InFulfilment)
            .Permit(ServiceRequestStatus.InFulfilment, ServiceRequestTrigger.PutOnHold, ServiceRequestStatus.OnHold, "awaiting requester or supplier")
            .Permit(ServiceRequestStatus.OnHold, ServiceRequestTrigger.Reassign, ServiceRequestStatus.OnHold)
            .Permit(ServiceRequestStatus.OnHold, ServiceRequestTrigger.Resume, ServiceRequestStatus.InFulfilment)
            .Permit(ServiceRequestStatus.InFulfilment, ServiceRequestTrigger.Fulfil, ServiceRequestStatus.Fulfilled, "fulfilment notes required")
            .Permit(ServiceRequestStatus.Fulfilled, ServiceRequestTrigger.Reopen, ServiceRequestStatus.InFulfilment, "reason required")
            .Permit(ServiceRequestStatus.Fulfilled, ServiceRequestTrigger.Close, ServiceRequestStatus.Closed)
            .Permit(ServiceRequestStatus.Submitted, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Permit(ServiceRequestStatus.AwaitingApproval, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Permit(ServiceRequestStatus.Approved, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Permit(ServiceRequestStatus.Assigned, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Permit(ServiceRequestStatus.InFulfilment, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Permit(ServiceRequestStatus.OnHold, ServiceRequestTrigger.Cancel, ServiceRequestStatus.Cancelled, "reason required")
            .Build();

    /// <summary>The request's id.</summary>
    public ServiceRequestId Id { get; private set; }

    /// <summary>
    /// The request type as the catalogue held it at submission (recorded in <see cref="ServiceRequestSubmitted.Type"/>):
    /// a later edit or removal of the type in the catalogue does not change it.
    /// </summary>
    public ServiceRequestType Type => type!;

    /// <summary>When the request is wanted: its priority, desired date, earliest allowed instant and whether it is expedited, as decided at submission.</summary>
    public ServiceRequestSchedule Schedule { get; private set; } = new(ServiceRequestPriorities.Medium, null, null, null, false);

    /// <summary>The request's priority (<see cref="Schedule"/>'s).</summary>
    public Priority Priority => Schedule.Priority;

    /// <summary>
    /// The request's zone, recorded in <see cref="ServiceRequestSubmitted.Zone"/> (<see cref="SubmitServiceRequest.Zone"/>,
    /// by default the zone of its type's fulfilment calendar): its journal entries show instants in it.
    /// </summary>
    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    /// <inheritdoc />
    protected override DateTimeZone? JournalZone => Zone;

    /// <summary>The desired date, or null (<see cref="Schedule"/>'s).</summary>
    public Instant? DesiredAt => Schedule.DesiredAt;

    /// <summary>The one-line summary.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>What is asked for (may be empty).</summary>
    public string Details { get; private set; } = string.Empty;

    /// <summary>Who asks for it.</summary>
    public Actor RequestedBy { get; private set; } = Actor.System;

    /// <summary>When the request was received; the fulfilment clock starts here when the type needs no approval.</summary>
    public Instant RequestedAt { get; private set; }

    /// <summary>When the request was submitted (recorded).</summary>
    public Instant SubmittedAt { get; private set; }

    /// <summary>The service the request is about, or null.</summary>
    public ServiceId? Service { get; private set; }

    /// <summary>The configuration items the request is about.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems => Array.AsReadOnly(configurationItems);

    /// <summary>Where the request is in its <see cref="Lifecycle"/>.</summary>
    public ServiceRequestStatus Status { get; private set; }

    /// <summary>The group the request is assigned to, or null before the first assignment.</summary>
    public string? AssignmentGroup { get; private set; }

    /// <summary>The person the request is assigned to, or null.</summary>
    public Actor? Assignee { get; private set; }

    /// <summary>What the request waits for while <see cref="ServiceRequestStatus.OnHold"/>; null otherwise.</summary>
    public ServiceRequestHoldReason? HoldReason { get; private set; }

    /// <summary>The approval decisions, oldest first (at most one: the first decision settles the request).</summary>
    public IReadOnlyList<ServiceRequestApproval> Approvals => approvals.AsReadOnly();

    /// <summary>Customer-visible comments and internal work notes, oldest first.</summary>
    public IReadOnlyList<ServiceRequestComment> Comments => comments.AsReadOnly();

    /// <summary>The fulfilment notes, one per fulfilment, oldest first.</summary>
    public IReadOnlyList<ServiceRequestFulfilmentNote> FulfilmentNotes => fulfilmentNotes.AsReadOnly();

    /// <summary>Whether the request can still change: not in one of the lifecycle's final states (Closed, Cancelled, Rejected).</summary>
    public bool IsOpen => !Lifecycle.FinalStates.Contains(Status);

    /// <summary>The fulfilment clock; null until fulfilment starts being measured (before approval, and for a rejected request).</summary>
    public SlaClock? FulfilmentClock { get; private set; }

    /// <summary>
    /// Submits a request. When its type requires approval the request moves on to
    /// <see cref="ServiceRequestStatus.AwaitingApproval"/> in a second, journaled step by <see cref="Actor.System"/>;
    /// otherwise its fulfilment clock starts at <see cref="SubmitServiceRequest.RequestedAt"/> (or <paramref name="at"/>).
    /// The priority and desired date are decided by <see cref="ServiceRequestRules.Schedule"/> from the creation
    /// (<see cref="RequestedAt"/>) and the type's lead time, and recorded.
    /// </summary>
    /// <param name="command">What is requested.</param>
    /// <param name="id">The new request's id.</param>
    /// <param name="actor">Who submits it.</param>
    /// <param name="at">When.</param>
    /// <param name="rules">The catalogue the type is found in and where the fulfilment target's calendar is found (the version in force when the clock starts).</param>
    /// <returns>The new request, with its events uncommitted.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    /// <exception cref="ValidationException">The command is not valid (unknown type, blank title, ...; also a <c>RequestedAt</c> later than <paramref name="at"/>).</exception>
    /// <exception cref="DomainRuleException">
    /// The desired date is earlier than creation plus the lead time: code <see cref="ServiceRequestRefusalCodes.DesiredAtTooEarly"/>
    /// (<c>LeadTime.DesiredAt.BeforeEarliestAllowed</c>), the earliest allowed instant in the refusal's data
    /// (<c>earliestAllowed</c>).
    /// </exception>
    /// <exception cref="KeyNotFoundException">The provider has no calendar for the lead time at the creation, or the clock starts now and it has none for the target's calendar id at that instant.</exception>
    public static ServiceRequest Submit(
        SubmitServiceRequest command, ServiceRequestId id, Actor actor, Instant at, ServiceRequestRules rules)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(rules);
        if (id.Value.Length == 0)
        {
            throw new ArgumentException("A service request needs an id, not the default value.", nameof(id));
        }

        rules.Validators.Check(command);
        Instant requestedAt = command.RequestedAt ?? at;
        if (requestedAt > at)
        {
            throw new ValidationException(
                [new ValidationFailure(nameof(SubmitServiceRequest.RequestedAt), $"'RequestedAt' ({requestedAt}) must not be later than the submission ({at}).")
                {
                    ErrorCode = ServiceRequestRefusalCodes.RequestedAtAfterSubmission,
                }]);
        }

        ServiceRequestType requestType = rules.Catalog.Get(command.TypeId);
        SlaTarget? target = requestType.RequiresApproval ? null : requestType.FulfilmentTarget;
        DateTimeZone zone = rules.Calendars.GetCalendar(requestType.FulfilmentTarget.CalendarId, requestedAt).Zone;

        Outcome<ServiceRequestSchedule> schedule = rules.Schedule(requestType, command.Priority, requestedAt, command.DesiredAt);
        if (schedule.IsRefused)
        {
            throw new DomainRuleException(RecordType, id.Value, "submit", schedule.Refusals[0]);
        }

        var request = new ServiceRequest(rules);
        request.Raise(new ServiceRequestSubmitted(
            id,
            1,
            at,
            actor,
            requestType,
            command.Title,
            command.Details,
            command.RequestedBy,
            requestedAt,
            command.Service,
            EquatableArray.From(command.ConfigurationItems),
            target,
            schedule.Value)
        {
            Zone = command.Zone ?? zone,
        });
        if (requestType.RequiresApproval)
        {
            request.Raise(new ServiceRequestApprovalRequested(id, 2, at, Actor.System, EquatableArray.From(requestType.Approvers)));
        }

        return request;
    }

    /// <summary>
    /// Rebuilds a request from its events (oldest first): every property, the journal and the fulfilment clock come out
    /// as they were. The type, its approvers, the fulfilment targets and the schedule come from the events, not from the
    /// rules' catalogue, so a later edit, reordering or removal of the type changes nothing here (a type removed from the
    /// catalogue used to give <see cref="KeyNotFoundException"/>).
    /// </summary>
    /// <param name="history">The events, starting with <see cref="ServiceRequestSubmitted"/>.</param>
    /// <param name="rules">The rules the request works with from now on: where the fulfilment calendars are found (the version in force at each clock start).</param>
    /// <returns>The request, with no uncommitted events.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The history is empty, does not start with a submission, has a version gap or mixes records.</exception>
    /// <exception cref="KeyNotFoundException">The provider has no calendar for a recorded target.</exception>
    /// <exception cref="InvalidTransitionException">The history breaks the lifecycle.</exception>
    public static ServiceRequest Rebuild(IEnumerable<ServiceRequestEvent> history, ServiceRequestRules rules)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rules);
        var request = new ServiceRequest(rules);
        request.Replay(history);
        return request;
    }

    /// <summary>
    /// Approves a request awaiting approval; the fulfilment clock starts at <paramref name="at"/> with the target of the
    /// type as recorded at submission (<see cref="Type"/>), not the catalogue's current one.
    /// </summary>
    /// <param name="command">The decision.</param>
    /// <param name="actor">The approver: listed among the approvers recorded when approval was requested (<see cref="ServiceRequestApprovalRequested.Approvers"/>), or acting for a listed group named in <see cref="ApproveServiceRequest.OnBehalfOf"/>.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not awaiting approval.</exception>
    /// <exception cref="DomainRuleException">The approver is not one of the type's approvers.</exception>
    /// <exception cref="KeyNotFoundException">The provider has no calendar for the target at <paramref name="at"/>.</exception>
    public void Approve(ApproveServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Approve, Id.Value);
        string authority = CheckApprover("approve", command.OnBehalfOf, actor);
        SlaTarget target = Type.FulfilmentTarget;
        calendars.GetCalendar(target.CalendarId, at);
        Raise(new ServiceRequestApproved(Id, Version + 1, at, actor, authority, command.Comment, target));
    }

    /// <summary>Rejects a request awaiting approval; it ends without being measured.</summary>
    /// <param name="command">The decision and its reason.</param>
    /// <param name="actor">The approver (see <see cref="Approve"/>).</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not awaiting approval.</exception>
    /// <exception cref="DomainRuleException">The approver is not one of the type's approvers.</exception>
    public void Reject(RejectServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Reject, Id.Value);
        string authority = CheckApprover("reject", command.OnBehalfOf, actor);
        Raise(new ServiceRequestRejected(Id, Version + 1, at, actor, authority, command.Reason));
    }

    /// <summary>
    /// Assigns the request (Assign, from Submitted or Approved) or reassigns it (Reassign, while Assigned, InFulfilment
    /// or OnHold; the state stays). A reassignment to the current group and person changes nothing and raises no event.
    /// </summary>
    /// <param name="command">The group and person.</param>
    /// <param name="actor">Who assigns.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request cannot be assigned in its state.</exception>
    public void Assign(AssignServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        ServiceRequestTrigger trigger = AssignTrigger(Status);
        Lifecycle.Fire(Status, trigger, Id.Value);
        if (trigger == ServiceRequestTrigger.Reassign
            && string.Equals(AssignmentGroup, command.AssignmentGroup, StringComparison.Ordinal)
            && Equals(Assignee, command.Assignee))
        {
            // A command that changes nothing raises no event (the convention of every aggregate).
            return;
        }

        Raise(new ServiceRequestAssigned(Id, Version + 1, at, actor, Status, AssignmentGroup, Assignee, command.AssignmentGroup, command.Assignee));
    }

    /// <summary>Starts fulfilling an assigned request.</summary>
    /// <param name="command">An optional note.</param>
    /// <param name="actor">Who starts.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not assigned.</exception>
    public void StartFulfilment(StartServiceRequestFulfilment command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.StartWork, Id.Value);
        Raise(new ServiceRequestFulfilmentStarted(Id, Version + 1, at, actor, command.Note));
    }

    /// <summary>Puts a request in fulfilment on hold; the fulfilment clock pauses with the reason.</summary>
    /// <param name="command">What the request waits for.</param>
    /// <param name="actor">Who puts it on hold.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not in fulfilment.</exception>
    public void PutOnHold(PutServiceRequestOnHold command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.PutOnHold, Id.Value);
        Raise(new ServiceRequestPutOnHold(Id, Version + 1, at, actor, command.Reason, command.Note));
    }

    /// <summary>Resumes a request on hold; the fulfilment clock resumes.</summary>
    /// <param name="command">An optional note.</param>
    /// <param name="actor">Who resumes it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not on hold.</exception>
    public void Resume(ResumeServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Resume, Id.Value);
        Raise(new ServiceRequestResumed(Id, Version + 1, at, actor, HoldReason!.Value, command.Note));
    }

    /// <summary>Marks a request in fulfilment as fulfilled; the fulfilment clock stops (met or breached).</summary>
    /// <param name="command">The fulfilment notes.</param>
    /// <param name="actor">Who fulfilled it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not in fulfilment (resume a request on hold first).</exception>
    public void Fulfil(FulfilServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Fulfil, Id.Value);
        Raise(new ServiceRequestFulfilled(Id, Version + 1, at, actor, command.Notes));
    }

    /// <summary>Closes a fulfilled request.</summary>
    /// <param name="command">An optional closing note.</param>
    /// <param name="actor">Who closes it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not fulfilled.</exception>
    public void Close(CloseServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Close, Id.Value);
        Raise(new ServiceRequestClosed(Id, Version + 1, at, actor, command.Note));
    }

    /// <summary>
    /// Reopens a fulfilled request; the fulfilment clock starts a new cycle with the same target, on the calendar
    /// version in force at <paramref name="at"/>.
    /// </summary>
    /// <param name="command">Why.</param>
    /// <param name="actor">Who reopens it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is not fulfilled.</exception>
    /// <exception cref="KeyNotFoundException">The provider has no calendar for the target at <paramref name="at"/>.</exception>
    public void Reopen(ReopenServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Reopen, Id.Value);
        calendars.GetCalendar(FulfilmentClock!.Target.CalendarId, at);
        Raise(new ServiceRequestReopened(Id, Version + 1, at, actor, command.Reason));
    }

    /// <summary>Withdraws an open request; its fulfilment clock, if open, is cancelled (counted neither as met nor breached).</summary>
    /// <param name="command">Why.</param>
    /// <param name="actor">Who cancels it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="InvalidTransitionException">The request is fulfilled, closed, rejected or cancelled.</exception>
    public void Cancel(CancelServiceRequest command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        Lifecycle.Fire(Status, ServiceRequestTrigger.Cancel, Id.Value);
        Raise(new ServiceRequestCancelled(Id, Version + 1, at, actor, Status, command.Reason));
    }

    /// <summary>Adds a customer-visible comment or an internal work note while the request is open (<see cref="IsOpen"/>); changes no state.</summary>
    /// <param name="command">The comment.</param>
    /// <param name="actor">Who writes it.</param>
    /// <param name="at">When; not before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The command is not valid.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="at"/> is before <see cref="EventSourcedAggregate{TEvent}.LastEventAt"/>.</exception>
    /// <exception cref="DomainRuleException">The request is closed, cancelled or rejected (<c>ServiceRequest.Status.Final</c>).</exception>
    public void AddComment(AddServiceRequestComment command, Actor actor, Instant at)
    {
        Check(command, actor, at);
        if (!IsOpen)
        {
            throw new DomainRuleException(
                RecordType, Id.Value, "add a comment", new Refusal(ServiceRequestRefusalCodes.Final, $"it is {Status}; closed, cancelled and rejected requests do not change"));
        }

        Raise(new ServiceRequestCommentAdded(Id, Version + 1, at, actor, command.Visibility, command.Text));
    }

    /// <summary>What the fulfilment clock says at <paramref name="now"/>; null while it has not started.</summary>
    /// <param name="now">The instant; not before the clock's start.</param>
    /// <returns>The status, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the clock's start or outside the supported range.</exception>
    public SlaStatus? EvaluateFulfilment(Instant now) => FulfilmentClock?.Evaluate(now);

    /// <summary>
    /// The request's SLA measurements at <paramref name="now"/>, ready for the compliance reports
    /// (<see cref="SlaRequestTypeComplianceTable"/>, <see cref="SlaComplianceReport"/>): one per cycle of the fulfilment
    /// clock (a reopening starts a new cycle), oldest first, with the request id as ticket id, metric
    /// <see cref="SlaMetric.Resolution"/> (fulfilment is the request's resolution), the <see cref="Priority"/> name as
    /// priority label, the type's name as request type and <see cref="SlaMeasurement.Tier"/> <see cref="SlaTier.Agreement"/>
    /// (the type's fulfilment target is the one the catalogue promises the requester, so a list may hold requests and the
    /// tiered measurements of incidents, see <c>Incident.SlaMeasurements</c>). A cycle still open is measured at <paramref name="now"/>;
    /// events after it are ignored.
    /// </summary>
    /// <param name="now">The instant; not before <see cref="RequestedAt"/>.</param>
    /// <returns>The measurements; empty while the clock has not started (awaiting approval, rejected) or when it started after <paramref name="now"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before <see cref="RequestedAt"/> or outside the supported range.</exception>
    public IReadOnlyList<SlaMeasurement> SlaMeasurements(Instant now)
    {
        if (now < RequestedAt)
        {
            throw new ArgumentOutOfRangeException(nameof(now), now, $"The request was received at {RequestedAt}; nothing is measured before that.");
        }

        return FulfilmentClock is { } clock && clock.Events[0].At <= now
            ? SlaMeasurement.FromClock(Id.Value, SlaMetric.Resolution, Priority.Name, clock, now, Type.Name)
                .Select(m => m with { Tier = SlaTier.Agreement }).ToArray()
            : [];
    }

    /// <summary>
    /// The next instant after <paramref name="now"/> at which <see cref="EvaluateFulfilment"/> reports something new
    /// without any command (the breach); null while the clock has not started, is paused or has ended, or once breached.
    /// </summary>
    /// <param name="now">The instant; not before the clock's start.</param>
    /// <returns>The instant, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="now"/> is before the clock's start or outside the supported range.</exception>
    public Instant? NextSlaChangeAt(Instant now) => FulfilmentClock?.NextChangeAt(now);

    /// <inheritdoc />
    public override string ToString() => $"ServiceRequest {Id} ({Type.Id}): {Status}, version {Version}";

    /// <summary>Assign for the first assignment, Reassign once the request is assigned.</summary>
    internal static ServiceRequestTrigger AssignTrigger(ServiceRequestStatus status) =>
        status is ServiceRequestStatus.Assigned or ServiceRequestStatus.InFulfilment or ServiceRequestStatus.OnHold
            ? ServiceRequestTrigger.Reassign
            : ServiceRequestTrigger.Assign;

    /// <inheritdoc />
    protected override void When(ServiceRequestEvent domainEvent)
    {
        if (domainEvent is ServiceRequestSubmitted submitted)
        {
            WhenSubmitted(submitted);
            return;
        }

        if (Version == 0)
        {
            throw new ArgumentException(
                $"A service request's history starts with {nameof(ServiceRequestSubmitted)}, not {domainEvent.GetType().Name}.", nameof(domainEvent));
        }

        switch (domainEvent)
        {
            case ServiceRequestApprovalRequested e:
                Status = Next(ServiceRequestTrigger.RequestApproval);
                approvers = e.Approvers.ToArray();
                break;
            case ServiceRequestApproved e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.Approve);
                FulfilmentClock = SlaClock.Start(e.FulfilmentTarget, calendars.GetCalendar(e.FulfilmentTarget.CalendarId, e.At), e.At);
                Status = next;
                approvals.Add(new ServiceRequestApproval(e.At, e.Actor, e.Authority, ServiceRequestApprovalDecision.Approved, e.Comment));
                break;
            }

            case ServiceRequestRejected e:
                Status = Next(ServiceRequestTrigger.Reject);
                approvals.Add(new ServiceRequestApproval(e.At, e.Actor, e.Authority, ServiceRequestApprovalDecision.Rejected, e.Reason));
                break;
            case ServiceRequestAssigned e:
                Status = Next(AssignTrigger(Status));
                AssignmentGroup = e.AssignmentGroup;
                Assignee = e.Assignee;
                break;
            case ServiceRequestFulfilmentStarted:
                Status = Next(ServiceRequestTrigger.StartWork);
                break;
            case ServiceRequestPutOnHold e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.PutOnHold);
                FulfilmentClock = Clock(e).Pause(e.At, ServiceRequestJournalText.PauseReason(e.Reason));
                Status = next;
                HoldReason = e.Reason;
                break;
            }

            case ServiceRequestResumed e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.Resume);
                FulfilmentClock = Clock(e).Resume(e.At);
                Status = next;
                HoldReason = null;
                break;
            }

            case ServiceRequestFulfilled e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.Fulfil);
                FulfilmentClock = Clock(e).Stop(e.At);
                Status = next;
                fulfilmentNotes.Add(new ServiceRequestFulfilmentNote(e.At, e.Actor, e.Notes));
                break;
            }

            case ServiceRequestClosed:
                Status = Next(ServiceRequestTrigger.Close);
                break;
            case ServiceRequestReopened e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.Reopen);
                SlaClock clock = Clock(e);
                FulfilmentClock = clock.Reopen(e.At, clock.Target, calendars.GetCalendar(clock.Target.CalendarId, e.At));
                Status = next;
                break;
            }

            case ServiceRequestCancelled e:
            {
                ServiceRequestStatus next = Next(ServiceRequestTrigger.Cancel);
                if (FulfilmentClock is { IsActive: true } clock)
                {
                    FulfilmentClock = clock.Cancel(e.At, e.Reason);
                }

                Status = next;
                HoldReason = null;
                break;
            }

            case ServiceRequestCommentAdded e:
                comments.Add(new ServiceRequestComment(e.At, e.Actor, e.Visibility, e.Text));
                break;
            default:
                throw new ArgumentException($"Unknown service request event {domainEvent.GetType().Name}.", nameof(domainEvent));
        }
    }

    private void WhenSubmitted(ServiceRequestSubmitted e)
    {
        if (Version != 0)
        {
            throw new ArgumentException($"{nameof(ServiceRequestSubmitted)} can only be a request's first event (version 1).", nameof(e));
        }

        SlaClock? clock = e.FulfilmentTarget is { } target
            ? SlaClock.Start(target, calendars.GetCalendar(target.CalendarId, e.RequestedAt), e.RequestedAt)
            : null;
        Id = e.ServiceRequest;
        Zone = e.Zone;
        type = e.Type;
        Schedule = e.Schedule;
        Title = e.Title;
        Details = e.Details;
        RequestedBy = e.RequestedBy;
        RequestedAt = e.RequestedAt;
        SubmittedAt = e.At;
        Service = e.Service;
        configurationItems = e.ConfigurationItems.ToArray();
        Status = Lifecycle.InitialState;
        FulfilmentClock = clock;
    }

    private ServiceRequestStatus Next(ServiceRequestTrigger trigger) => Lifecycle.Fire(Status, trigger, Id.Value).To;

    private SlaClock Clock(ServiceRequestEvent e) =>
        FulfilmentClock ?? throw new ArgumentException($"{e.GetType().Name} needs a fulfilment clock, but the history has not started one.", nameof(e));

    private void Check<TCommand>(TCommand command, Actor actor, Instant at)
        where TCommand : class
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        rules.Validators.Check(command);
        if (at < LastEventAt)
        {
            throw new ArgumentOutOfRangeException(
                nameof(at), at, $"{RecordType} {Id}: the command at {at} is before the request's last event at {LastEventAt}; a record's events are in time order.");
        }
    }

    private string CheckApprover(string attempted, string? onBehalfOf, Actor actor)
    {
        string authority = onBehalfOf ?? actor.Id;
        if (Array.IndexOf(approvers, authority) < 0)
        {
            string who = onBehalfOf is null ? $"'{actor.Id}'" : $"'{actor.Id}' on behalf of '{onBehalfOf}'";
            throw new DomainRuleException(
                RecordType, Id.Value, attempted, new Refusal(ServiceRequestRefusalCodes.NotApprover, $"{who} is not an approver of request type '{Type.Id}'; its approvers are {string.Join(", ", approvers)}", [new("approver", authority), new("requestType", Type.Id)]));
        }

        return authority;
    }
}
