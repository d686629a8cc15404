using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>A service request was submitted (version 1). Value equality includes the configuration items, in order.</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">Always 1.</param>
/// <param name="At">When it was submitted.</param>
/// <param name="Actor">Who submitted it (the requester or a desk agent).</param>
/// <param name="TypeId">The request type's id in the catalogue.</param>
/// <param name="TypeName">The request type's name at submission, for the journal.</param>
/// <param name="Title">The one-line summary.</param>
/// <param name="Details">What is asked for (may be empty).</param>
/// <param name="RequestedBy">Who asks for it.</param>
/// <param name="RequestedAt">When the request was received (not after <paramref name="At"/>).</param>
/// <param name="Service">The service the request is about, or null.</param>
/// <param name="ConfigurationItems">The configuration items the request is about.</param>
/// <param name="FulfilmentTarget">
/// The target the fulfilment clock started with at <paramref name="RequestedAt"/> when the type needs no approval; null
/// when it needs one (the clock then starts at the approval).
/// </param>
public sealed record ServiceRequestSubmitted(
    ServiceRequestId ServiceRequest,
    long Version,
    Instant At,
    Actor Actor,
    string TypeId,
    string TypeName,
    string Title,
    string Details,
    Actor RequestedBy,
    Instant RequestedAt,
    ServiceId? Service,
    EquatableArray<ConfigurationItemId> ConfigurationItems,
    SlaTarget? FulfilmentTarget)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange>
        {
            new("Type", null, $"{TypeId} ({TypeName})"),
            new("Title", null, Title),
        };
        if (Details.Length > 0)
        {
            changes.Add(new("Details", null, Details));
        }

        changes.Add(new("RequestedBy", null, RequestedBy.ToString()));
        changes.Add(new("RequestedAt", null, ServiceRequestJournalText.Format(RequestedAt)));
        if (Service is { } service)
        {
            changes.Add(new("Service", null, service.Value));
        }

        if (ConfigurationItems.Count > 0)
        {
            changes.Add(new("ConfigurationItems", null, ServiceRequestJournalText.Join(ConfigurationItems)));
        }

        changes.Add(new(ServiceRequestJournalText.Status, null, nameof(ServiceRequestStatus.Submitted)));
        if (FulfilmentTarget is not null)
        {
            changes.Add(ServiceRequestJournalText.ClockStarted(FulfilmentTarget));
        }

        return new JournalEntry(Version, At, Actor, "Submitted", changes);
    }

}
