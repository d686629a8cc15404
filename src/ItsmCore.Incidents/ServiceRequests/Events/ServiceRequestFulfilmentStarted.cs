using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>Fulfilment of the assigned request started.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who started.</param>
/// <param name="Note">A note, or null.</param>
public sealed record ServiceRequestFulfilmentStarted(ServiceRequestId ServiceRequest, long Version, Instant At, Actor Actor, string? Note)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange> { ServiceRequestJournalText.StatusChange(ServiceRequestStatus.Assigned, ServiceRequestStatus.InFulfilment) };
        if (Note is not null)
        {
            changes.Add(new FieldChange("Note", null, Note));
        }

        return new JournalEntry(Version, At, Actor, "Fulfilment started", changes);
    }
}
