using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A prepared action was decided. Journal action <c>Action decided</c>: the action from prepared to taken or declined, what was observed; the reason is the rationale. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Name">The action's name.</param>
/// <param name="Taken">Taken or declined.</param>
/// <param name="Observed">The information observed.</param>
/// <param name="Rationale">How the criterion applied.</param>
public sealed record IncidentActionDecided(IncidentId Incident, long Version, Instant At, Actor Actor, string Name, bool Taken, string Observed, string Rationale)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Action decided", new JournalChanges().Set("Action " + Name, "prepared", Taken ? "taken" : "declined").Set("Observed", null, Observed), Rationale);
}
