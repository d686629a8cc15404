using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// A workaround was published (or replaced). Journal action <c>WorkaroundPublished</c>.
/// <see cref="LinkedIncidents"/> lists every incident linked to the problem at that moment; the problem does not know
/// which of them are still open, so a handler loads each incident and passes the workaround to the open ones (the
/// incident records it and its caller is notified). Incidents linked later get the workaround through
/// <see cref="ProblemIncidentLinked.Workaround"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was published.</param>
/// <param name="Actor">Who published it.</param>
/// <param name="Workaround">The workaround's text.</param>
/// <param name="PreviousWorkaround">The text of the workaround it replaces, or null.</param>
/// <param name="LinkedIncidents">Every incident linked at that moment, in the order they were linked.</param>
public sealed record WorkaroundPublished(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Workaround,
    string? PreviousWorkaround,
    EquatableArray<IncidentId> LinkedIncidents)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("WorkaroundPublished", new JournalChanges().Field(ProblemFields.Workaround, PreviousWorkaround, Workaround));
}
