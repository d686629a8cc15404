using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>Command: submit a new service request. Checked by <see cref="SubmitServiceRequestValidator"/>.</summary>
/// <param name="TypeId">The id of a request type of the catalogue.</param>
/// <param name="Title">A one-line summary; 1 to 200 characters, not padded.</param>
/// <param name="Details">What is asked for; up to 10,000 characters, may be empty.</param>
/// <param name="RequestedBy">Who asks for it.</param>
public sealed record SubmitServiceRequest(string TypeId, string Title, string Details, Actor RequestedBy)
{
    /// <summary>
    /// When the request was received (e.g. the e-mail's arrival); null for the instant of submission, never later than
    /// it. When the type needs no approval the fulfilment clock starts here.
    /// </summary>
    public Instant? RequestedAt { get; init; }

    /// <summary>The service the request is about, if any.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>
    /// How soon the request is wanted (domain-brief case 13), a level of <see cref="ServiceRequestPriorities.Scale"/>: <see cref="ServiceRequestPriorities.Medium"/> (the default)
    /// for the type's standard lead time, <see cref="ServiceRequestPriorities.High"/> to expedite it down to one business
    /// day, <see cref="ServiceRequestPriorities.Low"/> for no date yet. See <see cref="ServiceRequestRules.Schedule"/>.
    /// </summary>
    public Priority Priority { get; init; } = ServiceRequestPriorities.Medium;

    /// <summary>
    /// The date the requester wants the request done by, or null (then the earliest allowed instant is planned; no date
    /// for a low-priority request). Refused with <see cref="ServiceRequestRefusalCodes.DesiredAtTooEarly"/> and the
    /// earliest allowed instant when earlier than <see cref="RequestedAt"/> plus the lead time; not allowed with
    /// <see cref="ServiceRequestPriorities.Low"/>.
    /// </summary>
    public Instant? DesiredAt { get; init; }

    /// <summary>
    /// The request's zone, in which its journal shows instants (<see cref="ServiceRequest.Zone"/>); null for the zone of
    /// its type's fulfilment calendar.
    /// </summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>The configuration items the request is about (ids only); at most 100, no duplicates.</summary>
    public IReadOnlyList<ConfigurationItemId> ConfigurationItems { get; init; } = [];
}
