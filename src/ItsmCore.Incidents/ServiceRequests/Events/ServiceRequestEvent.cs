using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Base of the events of a <see cref="ServiceRequest"/>: one sealed record per step, complete enough to rebuild the
/// request (with its catalogue and calendars, <see cref="ServiceRequest.Rebuild"/>) and to render its journal entry,
/// including the values each changed field had before. Immutable.
/// </summary>
/// <param name="RequestId">The request's id.</param>
/// <param name="Version">The request's version after this event: 1 for <see cref="ServiceRequestSubmitted"/>, then 2, 3, ...</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it (<see cref="Actor.System"/> for automatic steps).</param>
public abstract record ServiceRequestEvent(ServiceRequestId RequestId, long Version, Instant At, Actor Actor) : IDomainEvent
{
    /// <summary>The request's id.</summary>
    /// <exception cref="ArgumentException">The id is the default value.</exception>
    public ServiceRequestId RequestId { get; init; } =
        RequestId.Value.Length > 0 ? RequestId : throw new ArgumentException("An event needs the request's id, not the default value.", nameof(RequestId));

    /// <summary>Who caused it (<see cref="Actor.System"/> for automatic steps).</summary>
    /// <exception cref="ArgumentNullException">The actor is null.</exception>
    public Actor Actor { get; init; } = Actor ?? throw new ArgumentNullException(nameof(Actor));

    /// <summary>The request's id as text.</summary>
    public string RecordId => RequestId.Value;

    /// <inheritdoc />
    public abstract JournalEntry ToJournalEntry();
}
