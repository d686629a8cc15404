using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="LinkProblemConfigurationItem"/>: the configuration item id is not empty.
/// Internal: hosts get it as <see cref="IValidator{T}"/> from the DI container; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
internal sealed class LinkProblemConfigurationItemValidator : AbstractValidator<LinkProblemConfigurationItem>
{
    /// <summary>Creates the validator.</summary>
    public LinkProblemConfigurationItemValidator()
    {
        RuleFor(c => c.ConfigurationItem).NotEmptyId(id => id.Value);
    }
}
