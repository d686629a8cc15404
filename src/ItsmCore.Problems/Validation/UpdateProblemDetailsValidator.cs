using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="UpdateProblemDetails"/>: a given title or description follows the text rule; at least one field is given.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class UpdateProblemDetailsValidator : AbstractValidator<UpdateProblemDetails>
{
    /// <summary>Creates the validator.</summary>
    public UpdateProblemDetailsValidator()
    {
        RuleFor(c => c.Title).Text(Problem.MaxTitleLength, optional: true);
        RuleFor(c => c.Description).Text(Problem.MaxTextLength, optional: true);
        RuleFor(c => c)
            .Must(c => c.Title is not null || c.Description is not null || c.Category is not null)
            .OverridePropertyName(nameof(UpdateProblemDetails.Title))
            .WithErrorCode(ValidationRules.Code(nameof(UpdateProblemDetails), ValidationRules.Reason.NothingToChange))
            .WithMessage("Title, Description or Category must be given; the command changes nothing otherwise.");
    }
}
