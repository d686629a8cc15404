namespace ItsmCore.Cmdb;

/// <summary>
/// Checks <see cref="AddConfigurationItemRelationship"/>: the relationship id and the target are not the default id, the
/// type name follows the text rule (at most <see cref="RelationshipType.MaxNameLength"/> characters). Whether the
/// catalogue knows the type is the aggregate's check. Stateless and thread-safe once constructed.
/// </summary>
internal sealed class AddConfigurationItemRelationshipValidator : ConfigurationItemCommandValidator<AddConfigurationItemRelationship>
{
    public AddConfigurationItemRelationshipValidator()
    {
        RuleFor(c => c.Id).NotEmptyId(id => id.Value);
        RuleFor(c => c.Type).Text(RelationshipType.MaxNameLength);
        RuleFor(c => c.Target).NotEmptyId(id => id.Value);
    }
}
