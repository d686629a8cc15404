using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// The request's type requires approval, so the request now waits for one of its approvers; raised automatically by
/// <see cref="Actor.System"/> right after <see cref="ServiceRequestSubmitted"/>. Value equality includes the approvers, in order.
/// </summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When (the instant of submission).</param>
/// <param name="Actor">Who caused it: <see cref="Actor.System"/>.</param>
/// <param name="Approvers">The type's approvers at that time: who may approve or reject this request from now on, whatever the catalogue holds later.</param>
public sealed record ServiceRequestApprovalRequested(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, EquatableArray<string> Approvers)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Approval requested",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.Submitted, ServiceRequestStatus.AwaitingApproval),
            new FieldChange("Approvers", null, ServiceRequestJournalText.Join(Approvers)),
        ]);

}
