using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A linked incident was removed from a problem. Journal action <c>IncidentUnlinked</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Incident">The incident removed.</param>
/// <param name="Reason">Why, or null.</param>
public sealed record ProblemIncidentUnlinked(ProblemId Problem, long Version, Instant At, Actor Actor, IncidentId Incident, string? Reason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("IncidentUnlinked", new JournalChanges().Removed(ProblemFields.LinkedIncidents, Incident.Value), Reason);
}
