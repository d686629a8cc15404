using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Builds a <see cref="ServiceRequest"/> in a given state through its public commands, one minute per step, so the
/// result has a real history (journal, fulfilment clock, uncommitted events). Start with <see cref="ItsmCore.Testing.Build.ServiceRequest"/>.
/// Defaults: id <c>SR-0001</c>, submitted at 2026-11-20T01:00Z by the desk for <c>requester</c>, type
/// <c>account-change</c> of <see cref="ItsmCore.Testing.Build.DefaultServiceRequestRules"/> (no approval) in state Submitted. Not
/// thread-safe; the built request is independent of the builder.
/// </summary>
public sealed class ServiceRequestBuilder
{
    private static readonly Actor Desk = Actor.Of("desk", "Service desk");
    private string id = "SR-0001";
    private string typeId = ItsmCore.Testing.Build.AccountChangeTypeId;
    private string title = "Test request";
    private string details = "Submitted by the test builder.";
    private Actor requester = Actor.Of("requester", "Requester");
    private Instant submittedAt = Instant.FromUtc(2026, 11, 20, 1, 0);
    private ServiceRequestRules? rules;
    private ServiceRequestStatus status = ServiceRequestStatus.Submitted;
    private string group = "service-desk";
    private Actor? assignee;
    private Actor? approver;
    private ServiceRequestHoldReason holdReason = ServiceRequestHoldReason.AwaitingRequester;
    private Priority priority = ServiceRequestPriorities.Medium;
    private Instant? desiredAt;

    internal ServiceRequestBuilder()
    {
    }

    /// <summary>Sets the id.</summary>
    /// <param name="value">The id, e.g. <c>"SR-0042"</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid record id.</exception>
    public ServiceRequestBuilder WithId(string value)
    {
        id = RecordIdText.Check(value, nameof(value));
        return this;
    }

    /// <summary>Sets the request type (an id of the rules' catalogue).</summary>
    /// <param name="value">The type id.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ServiceRequestBuilder OfType(string value)
    {
        typeId = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the priority and the desired date (default: <see cref="ServiceRequestPriorities.Medium"/>, no desired date).</summary>
    /// <param name="value">The priority.</param>
    /// <param name="desired">The desired date, or null; checked against the type's lead time when the request is built.</param>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder WithPriority(Priority value, Instant? desired = null)
    {
        priority = value;
        desiredAt = desired;
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="value">The title.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ServiceRequestBuilder WithTitle(string value)
    {
        title = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the details.</summary>
    /// <param name="value">The details (may be empty).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ServiceRequestBuilder WithDetails(string value)
    {
        details = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets who asks.</summary>
    /// <param name="actor">The requester.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ServiceRequestBuilder RequestedBy(Actor actor)
    {
        requester = actor ?? throw new ArgumentNullException(nameof(actor));
        return this;
    }

    /// <summary>Sets when the request is submitted (later steps follow a minute apart).</summary>
    /// <param name="at">The instant.</param>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder SubmittedAt(Instant at)
    {
        submittedAt = at;
        return this;
    }

    /// <summary>Sets the rules (catalogue and calendars).</summary>
    /// <param name="value">The rules.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ServiceRequestBuilder WithRules(ServiceRequestRules value)
    {
        rules = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets the assignment used on the way to Assigned and later states; targets Assigned unless a later state is targeted.</summary>
    /// <param name="assignmentGroup">The group.</param>
    /// <param name="person">The person, or null for the group's queue.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignmentGroup"/> is null.</exception>
    public ServiceRequestBuilder AssignedTo(string assignmentGroup, Actor? person = null)
    {
        group = assignmentGroup ?? throw new ArgumentNullException(nameof(assignmentGroup));
        assignee = person;
        return status is ServiceRequestStatus.Submitted or ServiceRequestStatus.AwaitingApproval or ServiceRequestStatus.Approved ? To(ServiceRequestStatus.Assigned) : this;
    }

    /// <summary>Sets who approves or rejects a request whose type requires approval.</summary>
    /// <param name="actor">The approver (listed among the type's approvers).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    public ServiceRequestBuilder ApprovedBy(Actor actor)
    {
        approver = actor ?? throw new ArgumentNullException(nameof(actor));
        return this;
    }

    /// <summary>Targets state Approved (the type must require approval).</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder Approved() => To(ServiceRequestStatus.Approved);

    /// <summary>Targets state Rejected (the type must require approval).</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder Rejected() => To(ServiceRequestStatus.Rejected);

    /// <summary>Targets state InFulfilment.</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder InFulfilment() => To(ServiceRequestStatus.InFulfilment);

    /// <summary>Targets state OnHold.</summary>
    /// <param name="reason">What it waits for.</param>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder OnHold(ServiceRequestHoldReason reason = ServiceRequestHoldReason.AwaitingRequester)
    {
        holdReason = reason;
        return To(ServiceRequestStatus.OnHold);
    }

    /// <summary>Targets state Fulfilled.</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder Fulfilled() => To(ServiceRequestStatus.Fulfilled);

    /// <summary>Targets state Closed.</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder Closed() => To(ServiceRequestStatus.Closed);

    /// <summary>Targets state Cancelled.</summary>
    /// <returns>This builder.</returns>
    public ServiceRequestBuilder Cancelled() => To(ServiceRequestStatus.Cancelled);

    /// <summary>Submits the request and drives it to the target state through the public commands.</summary>
    /// <returns>The request, with every event uncommitted.</returns>
    /// <exception cref="InvalidOperationException">The target state needs an approval the type does not ask for, or the reverse.</exception>
    /// <exception cref="ItsmCore.Primitives.DomainRuleException">The desired date is earlier than the lead time allows (<c>LeadTime.DesiredAt.BeforeEarliestAllowed</c>).</exception>
    public ServiceRequest Build()
    {
        ServiceRequestRules used = rules ?? ItsmCore.Testing.Build.DefaultServiceRequestRules;
        ServiceRequest request = ServiceRequest.Submit(
            new SubmitServiceRequest(typeId, title, details, requester) { Priority = priority, DesiredAt = desiredAt },
            new ServiceRequestId(id),
            Desk,
            submittedAt,
            used);
        bool approval = request.Type.RequiresApproval;
        if (!approval && status is ServiceRequestStatus.Approved or ServiceRequestStatus.Rejected)
        {
            throw new InvalidOperationException($"Type '{typeId}' needs no approval; a request of it cannot be {status}.");
        }

        Instant at = submittedAt;
        foreach (Action<ServiceRequest, Instant> step in Steps(approval, request.Type.Approvers))
        {
            at += Duration.FromMinutes(1);
            step(request, at);
        }

        return request;
    }

    private ServiceRequestBuilder To(ServiceRequestStatus value)
    {
        status = value;
        return this;
    }

    private IEnumerable<Action<ServiceRequest, Instant>> Steps(bool approval, IReadOnlyList<string> approvers)
    {
        Actor decider = approver ?? Actor.Of(approvers.FirstOrDefault() ?? "approver");
        switch (status)
        {
            case ServiceRequestStatus.Submitted:
            case ServiceRequestStatus.AwaitingApproval:
                yield break;
            case ServiceRequestStatus.Cancelled:
                yield return (r, at) => r.Cancel(new CancelServiceRequest("Cancelled by the test builder."), Desk, at);
                yield break;
            case ServiceRequestStatus.Rejected:
                yield return (r, at) => r.Reject(new RejectServiceRequest("Rejected by the test builder."), decider, at);
                yield break;
        }

        if (approval)
        {
            yield return (r, at) => r.Approve(new ApproveServiceRequest(), decider, at);
        }

        if (status == ServiceRequestStatus.Approved)
        {
            yield break;
        }

        yield return (r, at) => r.Assign(new AssignServiceRequest(group) { Assignee = assignee }, Desk, at);
        if (status == ServiceRequestStatus.Assigned)
        {
            yield break;
        }

        Actor worker = assignee ?? Desk;
        yield return (r, at) => r.StartFulfilment(new StartServiceRequestFulfilment(), worker, at);
        if (status == ServiceRequestStatus.OnHold)
        {
            yield return (r, at) => r.PutOnHold(new PutServiceRequestOnHold(holdReason), worker, at);
            yield break;
        }

        if (status == ServiceRequestStatus.InFulfilment)
        {
            yield break;
        }

        yield return (r, at) => r.Fulfil(new FulfilServiceRequest("Fulfilled by the test builder."), worker, at);
        if (status == ServiceRequestStatus.Closed)
        {
            yield return (r, at) => r.Close(new CloseServiceRequest(), Desk, at);
        }
    }
}
