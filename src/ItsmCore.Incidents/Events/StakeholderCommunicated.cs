using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A stakeholder communication was recorded. Journal action <c>Communication</c>. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Communication">The communication.</param>
public sealed record StakeholderCommunicated(IncidentId Incident, long Version, Instant At, Actor Actor, StakeholderCommunication Communication)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        string arrow = Communication.Direction == CommunicationDirection.Outbound ? "to" : "from";
        return Entry(
            "Communication",
            new JournalChanges().Set(
                JournalChanges.Invariant($"Communication #{Communication.Number}"), null, $"{arrow} {Communication.Audience} {Communication.Party}: {Communication.Summary}"));
    }
}
