using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>An approver rejected the request; it ends (no fulfilment clock was started).</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">The approver.</param>
/// <param name="Authority">The type's approver id under which the actor decided (a group, or the actor's own id).</param>
/// <param name="Reason">Why.</param>
public sealed record ServiceRequestRejected(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, string Authority, string Reason)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Rejected",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.AwaitingApproval, ServiceRequestStatus.Rejected),
            new FieldChange("Approval", null, "rejected as " + Authority),
        ],
        Reason);
}
