using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// A problem became a known error (status <see cref="ProblemStatus.KnownError"/>; the known-error record is active).
/// Journal action <c>KnownErrorRecorded</c>. <see cref="RootCause"/> and <see cref="Workaround"/> are the problem's values
/// at that moment, for handlers that publish known errors (e.g. to a knowledge base). Immutable and thread-safe.
/// </summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Symptom">How the error shows itself.</param>
/// <param name="RootCause">The problem's root cause, or null.</param>
/// <param name="Workaround">The text of the problem's workaround, or null.</param>
/// <param name="PreviousSymptom">The symptom of an earlier known-error record of this problem (recorded before a reopen), or null.</param>
/// <param name="PreviousStatus">The status before (always <see cref="ProblemStatus.UnderInvestigation"/> in a valid history).</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record KnownErrorRecorded(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Symptom,
    string? RootCause,
    string? Workaround,
    string? PreviousSymptom,
    ProblemStatus PreviousStatus,
    string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "KnownErrorRecorded",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.KnownError)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, null)
                .Field(ProblemFields.KnownErrorSymptom, PreviousSymptom, Symptom)
                .Field(ProblemFields.KnownErrorStatus, PreviousSymptom is null ? null : KnownErrorStatus.Active, KnownErrorStatus.Active));
}
