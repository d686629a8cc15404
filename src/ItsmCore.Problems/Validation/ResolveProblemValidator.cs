using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="ResolveProblem"/>: the code and notes follow the text rule; a given change id is not empty.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class ResolveProblemValidator : AbstractValidator<ResolveProblem>
{
    /// <summary>Creates the validator.</summary>
    public ResolveProblemValidator()
    {
        RuleFor(c => c.ResolutionCode).Text(Problem.MaxCodeLength);
        RuleFor(c => c.Notes).Text(Problem.MaxTextLength);
        RuleFor(c => c.Change)
            .Must(id => id is null || id.Value.Value.Length > 0)
            .WithErrorCode(ValidationRules.Code(nameof(ResolveProblem.Change), ValidationRules.Reason.DefaultId))
            .WithMessage("Change must not be the empty id (the default value); leave it null when no change removed the cause.");
    }
}
