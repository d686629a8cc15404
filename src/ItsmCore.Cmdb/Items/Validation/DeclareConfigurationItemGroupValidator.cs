namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="DeclareConfigurationItemGroup"/>: the quorum is given. Stateless and thread-safe once constructed.</summary>
internal sealed class DeclareConfigurationItemGroupValidator : ConfigurationItemCommandValidator<DeclareConfigurationItemGroup>
{
    public DeclareConfigurationItemGroupValidator() => RuleFor(c => c.Quorum).Present();
}
