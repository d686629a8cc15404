using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>The request was fulfilled; its fulfilment clock stopped.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When; the fulfilment clock stops here.</param>
/// <param name="Actor">Who fulfilled it.</param>
/// <param name="Notes">What was done.</param>
public sealed record ServiceRequestFulfilled(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, string Notes)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() => new(
        Version,
        At,
        Actor,
        "Fulfilled",
        [
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.InFulfilment, ServiceRequestStatus.Fulfilled),
            new FieldChange("FulfilmentNotes", null, Notes),
            ServiceRequestJournalText.Clock("Running", "Stopped"),
        ]);
}
