using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>The request was put on hold; its fulfilment clock paused.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who put it on hold.</param>
/// <param name="Reason">What it waits for.</param>
/// <param name="Note">Details, or null.</param>
public sealed record ServiceRequestPutOnHold(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, ServiceRequestHoldReason Reason, string? Note)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Put on hold",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.InFulfilment, ServiceRequestStatus.OnHold),
            new FieldChange("HoldReason", null, Reason.ToString()),
            ServiceRequestJournalText.Clock("Running", "Paused (" + ServiceRequestJournalText.PauseReason(Reason) + ")"),
        ],
        Note);
}
