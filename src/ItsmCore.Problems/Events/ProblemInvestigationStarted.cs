using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>Investigation of a problem started (status <see cref="ProblemStatus.UnderInvestigation"/>). Journal action <c>InvestigationStarted</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Reason">Why, or null; becomes the status reason.</param>
/// <param name="PreviousStatus">The status before (always <see cref="ProblemStatus.New"/> in a valid history).</param>
/// <param name="PreviousStatusReason">The status reason before, or null.</param>
public sealed record ProblemInvestigationStarted(ProblemId Problem, long Version, Instant At, Actor Actor, string? Reason, ProblemStatus PreviousStatus, string? PreviousStatusReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "InvestigationStarted",
            new JournalChanges()
                .Field(ProblemFields.Status, PreviousStatus, ProblemStatus.UnderInvestigation)
                .Field(ProblemFields.StatusReason, PreviousStatusReason, Reason),
            Reason);
}
