using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A problem's assignment group or assignee changed. Journal action <c>Assigned</c>. Immutable and thread-safe.</summary>
/// <param name="Problem">The problem's id.</param>
/// <param name="Version">The problem's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it.</param>
/// <param name="AssignmentGroup">The group after the step, or null.</param>
/// <param name="Assignee">The person responsible after the step, or null (the journal shows the actor's id).</param>
/// <param name="PreviousAssignmentGroup">The group before, or null.</param>
/// <param name="PreviousAssignee">The assignee before, or null.</param>
public sealed record ProblemAssigned(
    ProblemId Problem,
    long Version,
    Instant At,
    Actor Actor,
    string? AssignmentGroup,
    Actor? Assignee,
    string? PreviousAssignmentGroup,
    Actor? PreviousAssignee)
    : ProblemEvent(Problem, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Assigned",
            new JournalChanges()
                .Field(ProblemFields.AssignmentGroup, PreviousAssignmentGroup, AssignmentGroup)
                .Field(ProblemFields.Assignee, PreviousAssignee?.Id, Assignee?.Id));
}
