using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Base of the incident's domain events. Each event is complete (an incident is rebuilt from its events with
/// <see cref="Incident.Rebuild"/>) and carries its journal view: the fields changed from what to what, and the reason.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
public abstract record IncidentEvent(IncidentId Incident, long Version, Instant At, Actor Actor) : IDomainEvent
{
    /// <summary>The fields changed, from what to what, as the journal shows them.</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Why, when a reason was given.</summary>
    public string? Reason { get; init; }

    /// <summary>The journal's name for the step, e.g. <c>"Assigned"</c>.</summary>
    public abstract string Action { get; }

    /// <inheritdoc />
    string IDomainEvent.RecordId => Incident.Value;

    /// <inheritdoc />
    public JournalEntry ToJournalEntry() => new(Version, At, Actor, Action, Changes, Reason);
}
