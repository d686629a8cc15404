using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// A service request was submitted (version 1). It records what the request took from the configuration: its type as
/// the catalogue held it (name, impact, fulfilment target, approvers, lead time) and the schedule its priority and lead
/// time gave, so a rebuild never reads the current catalogue. Value equality includes the configuration items, in order.
/// </summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">Always 1.</param>
/// <param name="At">When it was submitted.</param>
/// <param name="Actor">Who submitted it (the requester or a desk agent).</param>
/// <param name="Type">
/// The request type as the catalogue held it at submission; the request works with it for good (approvers, the
/// fulfilment target applied at approval), whatever the catalogue holds later.
/// </param>
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
/// <param name="Schedule">The priority, desired date, applied lead time, earliest allowed instant and whether the request is expedited.</param>
public sealed record ServiceRequestSubmitted(
    ServiceRequestId ServiceRequest,
    long Version,
    Instant At,
    Actor Actor,
    ServiceRequestType Type,
    string Title,
    string Details,
    Actor RequestedBy,
    Instant RequestedAt,
    ServiceId? Service,
    EquatableArray<ConfigurationItemId> ConfigurationItems,
    SlaTarget? FulfilmentTarget,
    ServiceRequestSchedule Schedule)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    private readonly DateTimeZone zone = DateTimeZone.Utc;

    /// <summary>
    /// The request's zone (<see cref="ServiceRequests.ServiceRequest.Zone"/>): the command's, or by default the zone of its
    /// type's fulfilment calendar. Its journal shows instants in it.
    /// </summary>
    /// <value>The default value is <see cref="DateTimeZone.Utc"/>.</value>
    /// <remarks>Set by a <c>with</c> expression or an object initializer; null is refused.</remarks>
    public DateTimeZone Zone
    {
        get => zone;
        init => zone = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange>
        {
            new("Type", null, $"{Type.Id} ({Type.Name})"),
            new("Title", null, Title),
        };
        if (Details.Length > 0)
        {
            changes.Add(new("Details", null, Details));
        }

        changes.Add(new("RequestedBy", null, RequestedBy.ToString()));
        changes.Add(new("RequestedAt", null, ServiceRequestJournalText.Format(RequestedAt, Zone)));
        if (Service is { } service)
        {
            changes.Add(new("Service", null, service.Value));
        }

        if (ConfigurationItems.Count > 0)
        {
            changes.Add(new("ConfigurationItems", null, ServiceRequestJournalText.Join(ConfigurationItems)));
        }

        changes.Add(new("Priority", null, Schedule.Priority.Name));
        if (Schedule.DesiredAt is { } desired)
        {
            changes.Add(new("DesiredAt", null, ServiceRequestJournalText.Format(desired, Zone)));
        }

        if (Schedule.EarliestAllowedAt is { } earliest)
        {
            changes.Add(new("EarliestAllowedAt", null, ServiceRequestJournalText.Format(earliest, Zone) + " (" + Schedule.LeadTime?.Describe() + ")"));
        }

        if (Schedule.Expedited)
        {
            changes.Add(new("Expedited", null, "yes"));
        }

        changes.Add(new(ServiceRequestJournalText.Status, null, nameof(ServiceRequestStatus.Submitted)));
        if (FulfilmentTarget is not null)
        {
            changes.Add(ServiceRequestJournalText.ClockStarted(FulfilmentTarget));
        }

        return new JournalEntry(Version, At, Actor, "Submitted", changes);
    }

}
