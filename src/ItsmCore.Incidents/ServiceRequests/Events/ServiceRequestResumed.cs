using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>Fulfilment continued after a hold; the fulfilment clock resumed.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who resumed it.</param>
/// <param name="PreviousHoldReason">What the request was waiting for.</param>
/// <param name="Note">A note, or null.</param>
public sealed record ServiceRequestResumed(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, ServiceRequestHoldReason PreviousHoldReason, string? Note)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange>
        {
            ServiceRequestJournalText.StatusChange(ServiceRequestStatus.OnHold, ServiceRequestStatus.InFulfilment),
            new("HoldReason", PreviousHoldReason.ToString(), null),
            ServiceRequestJournalText.Clock("Paused (" + ServiceRequestJournalText.PauseReason(PreviousHoldReason) + ")", "Running"),
        };
        if (Note is not null)
        {
            changes.Add(new FieldChange("Note", null, Note));
        }

        return new JournalEntry(Version, At, Actor, "Resumed", changes);
    }
}
