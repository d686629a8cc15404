namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="RenameConfigurationItem"/>: the name follows the text rule (at most <see cref="ConfigurationItemRecord.MaxTextLength"/> characters). Stateless and thread-safe once constructed.</summary>
internal sealed class RenameConfigurationItemValidator : ConfigurationItemCommandValidator<RenameConfigurationItem>
{
    public RenameConfigurationItemValidator() => RuleFor(c => c.Name).Text(ConfigurationItemRecord.MaxTextLength);
}
