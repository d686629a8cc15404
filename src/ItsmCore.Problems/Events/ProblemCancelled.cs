using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem was withdrawn (final). Journal action <c>Cancelled</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was cancelled.</param>
/// <param name="Actor">Who cancelled it.</param>
/// <param name="Reason">Why; becomes the status reason.</param>
/// <param name="KnownErrorRetired">Whether the problem's active known-error record was retired by this step.</param>
/// <param name="PreviousStatus">The status before.</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record ProblemCancelled(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Reason,
    bool KnownErrorRetired,
    ProblemStatus PreviousStatus,
    string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Cancelled",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.Cancelled)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, Reason)
                .Field(ProblemFields.KnownErrorStatus, KnownErrorRetired ? KnownErrorStatus.Active : null, KnownErrorRetired ? KnownErrorStatus.Retired : null),
            Reason);
}
