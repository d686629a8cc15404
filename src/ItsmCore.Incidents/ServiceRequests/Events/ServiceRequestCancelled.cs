using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>The open request was withdrawn; its fulfilment clock, if one was running or paused, was cancelled.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who cancelled it.</param>
/// <param name="PreviousStatus">The status before.</param>
/// <param name="Reason">Why.</param>
public sealed record ServiceRequestCancelled(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, ServiceRequestStatus PreviousStatus, string Reason)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange> { ServiceRequestJournalText.StatusChange(PreviousStatus, ServiceRequestStatus.Cancelled) };

        // In every open state but AwaitingApproval the fulfilment clock is open: it starts on submission (no approval
        // needed) or approval, and stops only when the request is fulfilled, which cannot be cancelled.
        if (PreviousStatus != ServiceRequestStatus.AwaitingApproval)
        {
            changes.Add(ServiceRequestJournalText.Clock(PreviousStatus == ServiceRequestStatus.OnHold ? "Paused" : "Running", "Cancelled"));
        }

        return new JournalEntry(Version, At, Actor, "Cancelled", changes, Reason);
    }
}
