namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="UndeclareConfigurationItemGroup"/>: only the common part (cause, valid interval). Stateless and thread-safe once constructed.</summary>
internal sealed class UndeclareConfigurationItemGroupValidator : ConfigurationItemCommandValidator<UndeclareConfigurationItemGroup>
{
}
