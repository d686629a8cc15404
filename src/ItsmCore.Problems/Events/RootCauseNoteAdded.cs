using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A note was added to a problem's root-cause analysis; its author and time are the event's. Journal action <c>RootCauseNoteAdded</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was written.</param>
/// <param name="Actor">Who wrote it.</param>
/// <param name="Text">The note.</param>
public sealed record RootCauseNoteAdded(ProblemId Problem, long Version, Instant At, Actor Actor, string Text)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry("RootCauseNoteAdded", new JournalChanges().Added(ProblemFields.RootCauseAnalysis, Text));
}
