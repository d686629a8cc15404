using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// A problem's priority was reassessed. Journal action <c>PriorityChanged</c>: impact, urgency, priority and the override
/// reason from and to; the entry's reason is <see cref="Reason"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="Impact">The impact after the step, in the matrix's spelling.</param>
/// <param name="Urgency">The urgency after the step, in the matrix's spelling.</param>
/// <param name="Priority">The priority after the step.</param>
/// <param name="Overridden">Whether <see cref="Priority"/> is a manual override rather than the matrix's cell.</param>
/// <param name="Reason">Why (required for an override, which keeps it as the problem's override reason); null when none was given.</param>
/// <param name="PreviousImpact">The impact before.</param>
/// <param name="PreviousUrgency">The urgency before.</param>
/// <param name="PreviousPriority">The priority before.</param>
/// <param name="PreviousOverrideReason">The override reason before; null when the priority was not overridden.</param>
public sealed record ProblemPriorityChanged(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string Impact,
    string Urgency,
    Priority Priority,
    bool Overridden,
    string? Reason,
    string PreviousImpact,
    string PreviousUrgency,
    Priority PreviousPriority,
    string? PreviousOverrideReason)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <summary>The override reason after the step: <see cref="Reason"/> for an override, otherwise null.</summary>
    public string? OverrideReason => Overridden ? Reason : null;

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "PriorityChanged",
            new JournalChanges()
                .Field(ProblemFields.Impact, PreviousImpact, Impact)
                .Field(ProblemFields.Urgency, PreviousUrgency, Urgency)
                .Field(ProblemFields.Priority, PreviousPriority, Priority)
                .Field(ProblemFields.PriorityOverrideReason, PreviousOverrideReason, OverrideReason),
            Reason);
}
