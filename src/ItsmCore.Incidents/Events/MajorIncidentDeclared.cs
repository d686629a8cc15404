using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident was declared major (by hand or by the policy), with the criterion and the clock calendar in force then.
/// Journal action <c>Major incident declared</c>; the entry's reason is the decision. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Declaration">The declaration.</param>
public sealed record MajorIncidentDeclared(IncidentId Incident, long Version, Instant At, Actor Actor, MajorIncidentDeclaration Declaration)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Major incident declared",
            new JournalChanges().Set("Major", "no", "yes").Set("Criterion", null, Declaration.Criterion).Set("ClockCalendar", null, Declaration.CalendarId),
            Declaration.Decision);
}
