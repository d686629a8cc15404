using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="AssignProblem"/>: a given group or assignee is 1 to <see cref="Problem.MaxNameLength"/> characters, not padded.
/// Public so hosts check commands at their API edge; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
public sealed class AssignProblemValidator : AbstractValidator<AssignProblem>
{
    /// <summary>Creates the validator.</summary>
    public AssignProblemValidator()
    {
        RuleFor(c => c.AssignmentGroup).Text(Problem.MaxNameLength, optional: true);
        RuleFor(c => c.Assignee).Text(Problem.MaxNameLength, optional: true);
    }
}
