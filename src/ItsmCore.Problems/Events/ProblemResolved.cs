using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem was resolved (status <see cref="ProblemStatus.Resolved"/>). Journal action <c>Resolved</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it was resolved.</param>
/// <param name="Actor">Who resolved it.</param>
/// <param name="ResolutionCode">The resolution code.</param>
/// <param name="Notes">What was done.</param>
/// <param name="Change">The change that removed the cause, or null.</param>
/// <param name="PreviousStatus">The status before (<see cref="ProblemStatus.UnderInvestigation"/> or <see cref="ProblemStatus.KnownError"/>).</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record ProblemResolved(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string ResolutionCode,
    string Notes,
    ChangeId? Change,
    ProblemStatus PreviousStatus,
    string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Resolved",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.Resolved)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, null)
                .Field(ProblemFields.ResolutionCode, null, ResolutionCode)
                .Field(ProblemFields.ResolutionNotes, null, Notes)
                .Field(ProblemFields.ResolutionChange, null, Change?.Value));
}
