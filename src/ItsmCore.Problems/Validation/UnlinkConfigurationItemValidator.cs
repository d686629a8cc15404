using FluentValidation;

namespace ItsmCore.Problems;

/// <summary>
/// Checks <see cref="UnlinkConfigurationItem"/>: the configuration item id is not empty; a given reason follows the text rule.
/// Public so hosts check commands at their API edge; <see cref="Problem"/> runs it on every command. Stateless and
/// thread-safe once constructed.
/// </summary>
public sealed class UnlinkConfigurationItemValidator : AbstractValidator<UnlinkConfigurationItem>
{
    /// <summary>Creates the validator.</summary>
    public UnlinkConfigurationItemValidator()
    {
        RuleFor(c => c.ConfigurationItem).NotEmptyId(id => id.Value);
        RuleFor(c => c.Reason).Text(Problem.MaxReasonLength, optional: true);
    }
}
