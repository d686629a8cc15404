using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A workaround published by a linked problem was noted. Journal action <c>Workaround noted</c>. Immutable and thread-safe.</summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Problem">The problem that published it.</param>
/// <param name="Workaround">The workaround.</param>
public sealed record IncidentWorkaroundNoted(IncidentId Incident, long Version, Instant At, Actor Actor, ProblemId Problem, string Workaround)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("Workaround noted", new JournalChanges().Set("Workaround", null, $"from problem {Problem}: {Workaround}"));
}
