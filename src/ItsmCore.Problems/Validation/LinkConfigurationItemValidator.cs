using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="LinkConfigurationItem"/>: the configuration item id is not empty.
/// Public so hosts check commands at their API edge; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
public sealed class LinkConfigurationItemValidator : AbstractValidator<LinkConfigurationItem>
{
    /// <summary>Creates the validator.</summary>
    public LinkConfigurationItemValidator()
    {
        RuleFor(c => c.ConfigurationItem).NotEmptyId(id => id.Value);
    }
}
