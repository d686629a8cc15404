using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Something that happened to a <see cref="ItsmCore.ServiceRequests.ServiceRequest"/>: one sealed record per step. Events are
/// complete: a request is rebuilt from its events alone (<see cref="ItsmCore.ServiceRequests.ServiceRequest.Rebuild"/>),
/// each event carries the values the step replaced and whatever the step took from the catalogue (the fulfilment
/// target, the approvers), and <see cref="ToJournalEntry"/> derives the journal entry from the event's own fields.
/// Lists inside events are <see cref="EquatableArray{T}"/>, so events compare by value. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The constructor and <c>Journal</c> are <c>private protected</c>: only this package derives from this type, so the set of service-request
/// events is closed and <see cref="ItsmCore.ServiceRequests.ServiceRequest"/> knows every one.
/// </remarks>
public abstract record ServiceRequestEvent : IDomainEvent
{
    private readonly ServiceRequestId id;
    private readonly long version;
    private readonly Actor actor = Actor.System;

    /// <summary>Creates the event's common part.</summary>
    /// <param name="serviceRequest">The request's id.</param>
    /// <param name="version">The request's version after the event: 1 for <see cref="ServiceRequestSubmitted"/>, then 2, 3, ...</param>
    /// <param name="at">When it happened.</param>
    /// <param name="actor">Who caused it (<see cref="Actor.System"/> for automatic steps).</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="serviceRequest"/> is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    private protected ServiceRequestEvent(ServiceRequestId serviceRequest, long version, Instant at, Actor actor)
    {
        ServiceRequest = serviceRequest;
        Version = version;
        At = at;
        Actor = actor;
    }

    /// <summary>The request's id.</summary>
    /// <remarks>Set by the constructor or a <c>with</c> expression; the empty id is refused.</remarks>
    public ServiceRequestId ServiceRequest
    {
        get => id;
        init => id = value.Value.Length > 0 ? value : throw new ArgumentException("A service request event needs the request's id; the empty id (the default value) was given.", nameof(value));
    }

    /// <inheritdoc />
    /// <remarks>Set by the constructor or a <c>with</c> expression; less than 1 is refused.</remarks>
    public long Version
    {
        get => version;
        init => version = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "An event's version is 1 or more.");
    }

    /// <inheritdoc />
    public Instant At { get; init; }

    /// <inheritdoc />
    /// <remarks>Set by the constructor or a <c>with</c> expression; null is refused.</remarks>
    public Actor Actor
    {
        get => actor;
        init => actor = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The request's id as text (<see cref="ServiceRequest"/>'s value).</summary>
    public string RecordId => ServiceRequest.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => Journal();

    /// <summary>
    /// The event's journal entry, derived from its fields. <c>private protected</c> and abstract, so no type outside this
    /// package can derive an event (not even through the record's protected copy constructor).
    /// </summary>
    /// <returns>The entry.</returns>
    private protected abstract JournalEntry Journal();
}
