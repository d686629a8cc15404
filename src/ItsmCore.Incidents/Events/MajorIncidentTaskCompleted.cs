using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A major-incident task was completed. Journal action <c>Task completed</c>. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Number">The task's number.</param>
/// <param name="Outcome">The outcome.</param>
public sealed record MajorIncidentTaskCompleted(IncidentId Incident, long Version, Instant At, Actor Actor, int Number, string Outcome)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Task completed", new JournalChanges().Set(JournalChanges.Invariant($"Task #{Number}"), "open", "completed: " + Outcome));
}
