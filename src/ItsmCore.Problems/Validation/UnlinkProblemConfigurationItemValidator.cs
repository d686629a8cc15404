using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="UnlinkProblemConfigurationItem"/>: the configuration item id is not empty; a given reason follows the text rule.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class UnlinkProblemConfigurationItemValidator : AbstractValidator<UnlinkProblemConfigurationItem>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkProblemConfigurationItemValidator()
    {
        RuleFor(c => c.ConfigurationItem).NotEmptyId(id => id.Value);
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength, optional: true);
    }
}
