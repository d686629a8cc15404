using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>The fulfilled request was reopened; its fulfilment clock started a new cycle.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When; the new clock cycle starts here.</param>
/// <param name="Actor">Who reopened it.</param>
/// <param name="Reason">Why.</param>
public sealed record ServiceRequestReopened(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, string Reason)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Reopened",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.Fulfilled, ServiceRequestStatus.InFulfilment),
            ServiceRequestJournalText.Clock("Stopped", "Running (new cycle)"),
        ],
        Reason);
}
