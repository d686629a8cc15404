using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem's root cause was stated (or restated). Journal action <c>RootCauseIdentified</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="RootCause">The root cause.</param>
/// <param name="PreviousRootCause">The root cause stated before, or null.</param>
public sealed record RootCauseIdentified(ProblemId Problem, long Version, Instant At, Actor Actor, string RootCause, string? PreviousRootCause)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("RootCauseIdentified", new JournalChanges().Field(ProblemFields.RootCause, PreviousRootCause, RootCause));
}
