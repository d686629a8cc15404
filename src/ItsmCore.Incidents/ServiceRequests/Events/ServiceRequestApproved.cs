using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>An approver approved the request; its fulfilment clock starts now.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When; the fulfilment clock starts here.</param>
/// <param name="Actor">The approver.</param>
/// <param name="Authority">The type's approver id under which the actor decided (a group, or the actor's own id).</param>
/// <param name="Comment">The approver's comment, or null.</param>
/// <param name="FulfilmentTarget">The target the fulfilment clock started with (the type's at the approval).</param>
public sealed record ServiceRequestApproved(
    ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, string Authority, string? Comment, SlaTarget FulfilmentTarget)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Approved",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.AwaitingApproval, ServiceRequestStatus.Approved),
            new FieldChange("Approval", null, "approved as " + Authority),
            ServiceRequestJournalText.ClockStarted(FulfilmentTarget),
        ],
        Comment);
}
