using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A communication is expected within a target from an instant. Journal action <c>Communication expected</c>. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The expectation's name.</param>
/// <param name="Audience">Who is communicated with.</param>
/// <param name="Direction">Which way.</param>
/// <param name="Within">The target.</param>
/// <param name="From">Where the target is measured from.</param>
public sealed record StakeholderCommunicationExpected(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, StakeholderAudience Audience, CommunicationDirection Direction, SlaTarget Within, Instant From)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>
    /// The zone the journal shows <see cref="From"/> in: the incident's zone when the expectation was recorded; null for
    /// UTC (ISO-8601).
    /// </summary>
    public DateTimeZone? Zone { get; init; }

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Communication expected", new JournalChanges().Set(
            "Expectation", null, $"{Name}: {Direction} {Audience} within {Within.Describe()} from {(Zone is { } zone ? JournalEntry.FormatLocal(From, zone) : NodaTime.Text.InstantPattern.ExtendedIso.Format(From))}"));
}
