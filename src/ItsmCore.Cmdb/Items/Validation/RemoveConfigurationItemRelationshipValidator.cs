namespace ItsmCore.Cmdb;

/// <summary>Checks <see cref="RemoveConfigurationItemRelationship"/>: the id is not the default id. Stateless and thread-safe once constructed.</summary>
internal sealed class RemoveConfigurationItemRelationshipValidator : ConfigurationItemCommandValidator<RemoveConfigurationItemRelationship>
{
    public RemoveConfigurationItemRelationshipValidator() => RuleFor(c => c.Id).NotEmptyId(id => id.Value);
}
