using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>An escalation was answered. Journal action <c>Escalation answered</c>: the escalation from awaiting answer to the answer. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Number">The escalation's number.</param>
/// <param name="Answer">The answer.</param>
public sealed record EscalationAnswered(IncidentId Incident, long Version, Instant At, Actor Actor, int Number, string Answer)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Escalation answered", new JournalChanges().Set(JournalChanges.Invariant($"Escalation #{Number}"), "awaiting answer", Answer));
}
