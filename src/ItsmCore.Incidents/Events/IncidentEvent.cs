using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Something that happened to an <see cref="ItsmCore.Incidents.Incident"/>: one sealed record per step. Events are
/// complete: an incident is rebuilt from its events alone (<see cref="ItsmCore.Incidents.Incident.Rebuild"/>), each event
/// carries the values the step replaced and whatever the step took from the rules (the priority the matrix gave, the SLA
/// definitions attached, a computed deadline), and <see cref="ToJournalEntry"/> derives the journal entry from the
/// event's own fields (nothing else is stored). Lists inside events are <see cref="EquatableArray{T}"/>, so events
/// compare by value. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// The constructor and <c>Journal</c> are <c>private protected</c>: only this package derives from this type, so the set of incident events
/// is closed and <see cref="ItsmCore.Incidents.Incident"/> knows every one.
/// </remarks>
public abstract record IncidentEvent : IDomainEvent
{
    private readonly IncidentId id;
    private readonly long version;
    private readonly Actor actor = Actor.System;

    /// <summary>Creates the event's common part.</summary>
    /// <param name="incident">The incident's id.</param>
    /// <param name="version">The incident's version after the event (1 for <see cref="IncidentRecorded"/>).</param>
    /// <param name="at">When it happened.</param>
    /// <param name="actor">Who caused it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="incident"/> is the empty id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is less than 1.</exception>
    private protected IncidentEvent(IncidentId incident, long version, Instant at, Actor actor)
    {
        Incident = incident;
        Version = version;
        At = at;
        Actor = actor;
    }

    /// <summary>The incident's id.</summary>
    /// <remarks>Set by the constructor or a <c>with</c> expression; the empty id is refused.</remarks>
    public IncidentId Incident
    {
        get => id;
        init => id = value.Value.Length > 0 ? value : throw new ArgumentException("An incident event needs the incident's id; the empty id (the default value) was given.", nameof(value));
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

    /// <summary>The incident's id as text (<see cref="Incident"/>'s value).</summary>
    public string RecordId => Incident.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => Journal();

    /// <summary>
    /// The event's journal entry, derived from its fields. <c>private protected</c> and abstract, so no type outside this
    /// package can derive an event (not even through the record's protected copy constructor).
    /// </summary>
    /// <returns>The entry.</returns>
    private protected abstract JournalEntry Journal();

    /// <summary>The journal entry of this event: its version, instant and actor with the step's name, changes and reason.</summary>
    private protected JournalEntry Entry(string action, IEnumerable<FieldChange> changes, string? reason = null) =>
        new(Version, At, Actor, action, changes, reason);
}
