using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="AssignProblem"/>: a given group is 1 to <see cref="Problem.MaxNameLength"/> characters, not padded (an assignee is an <see cref="ItsmCore.Primitives.Actor"/>, checked when created).
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class AssignProblemValidator : AbstractValidator<AssignProblem>
{
    /// <summary>Creates the validator.</summary>
    public AssignProblemValidator()
    {
        RuleFor(c => c.AssignmentGroup).Text(Problem.MaxNameLength, optional: true);
    }
}
