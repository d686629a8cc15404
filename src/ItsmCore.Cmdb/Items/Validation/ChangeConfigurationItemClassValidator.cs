namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="ChangeConfigurationItemClass"/>: the class is a valid name. Whether the catalogue holds it is the aggregate's check (<c>ConfigurationItem.Class.Unknown</c>). Stateless and thread-safe once constructed.</summary>
internal sealed class ChangeConfigurationItemClassValidator : ConfigurationItemCommandValidator<ChangeConfigurationItemClass>
{
    public ChangeConfigurationItemClassValidator() => RuleFor(c => c.Class).IdText();
}
