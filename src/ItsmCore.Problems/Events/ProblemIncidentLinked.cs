using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// An incident was linked to a problem. Journal action <c>IncidentLinked</c>. <see cref="Workaround"/> is the problem's
/// published workaround at that moment, so a handler can pass it to an incident linked after publication. Immutable and thread-safe.
/// </summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Incident">The incident linked.</param>
/// <param name="Workaround">The text of the problem's published workaround, or null when none is published.</param>
public sealed record ProblemIncidentLinked(ProblemId Problem, long Version, Instant At, Actor Actor, IncidentId Incident, string? Workaround)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("IncidentLinked", new JournalChanges().Added(ProblemFields.LinkedIncidents, Incident.Value));
}
