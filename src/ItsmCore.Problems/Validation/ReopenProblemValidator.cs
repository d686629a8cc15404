using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="ReopenProblem"/>: the reason is required, 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class ReopenProblemValidator : AbstractValidator<ReopenProblem>
{
    /// <summary>Creates the validator.</summary>
    public ReopenProblemValidator()
    {
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength);
    }
}
