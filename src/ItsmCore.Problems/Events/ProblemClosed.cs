using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A resolved problem was closed (final). Journal action <c>Closed</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was closed.</param>
/// <param name="Actor">Who closed it.</param>
/// <param name="Reason">Why, or null; becomes the status reason.</param>
/// <param name="KnownErrorRetired">Whether the problem's active known-error record was retired by this step.</param>
/// <param name="PreviousStatus">The status before (always <see cref="ProblemStatus.Resolved"/> in a valid history).</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record ProblemClosed(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string? Reason,
    bool KnownErrorRetired,
    ProblemStatus PreviousStatus,
    string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Closed",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.Closed)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, Reason)
                .Field(ProblemFields.KnownErrorStatus, KnownErrorRetired ? KnownErrorStatus.Active : null, KnownErrorRetired ? KnownErrorStatus.Retired : null),
            Reason);
}
