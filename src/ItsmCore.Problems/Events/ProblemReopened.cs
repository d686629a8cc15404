using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A resolved problem was reopened (status <see cref="ProblemStatus.UnderInvestigation"/>); its resolution is cleared. Journal action <c>Reopened</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was reopened.</param>
/// <param name="Actor">Who reopened it.</param>
/// <param name="Reason">Why; becomes the status reason.</param>
/// <param name="PreviousResolution">The resolution cleared by this step.</param>
/// <param name="PreviousStatus">The status before (always <see cref="ProblemStatus.Resolved"/> in a valid history).</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record ProblemReopened(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Reason,
    ProblemResolution? PreviousResolution,
    ProblemStatus PreviousStatus,
    string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Reopened",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.UnderInvestigation)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, Reason)
                .Field(ProblemFields.ResolutionCode, PreviousResolution?.Code, null)
                .Field(ProblemFields.ResolutionNotes, PreviousResolution?.Notes, null)
                .Field(ProblemFields.ResolutionChange, PreviousResolution?.Change?.Value, null),
            Reason);
}
