namespace ItsmCore.Cmdb;

/// <summary>
/// The stable codes of a configuration item's business refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>),
/// in the <c>{Record}.{Field or Rule}.{Reason}</c> form. A record refused by its class carries the
/// <see cref="CmdbProblemCodes"/> code (<c>ConfigurationItem.Class.Unknown</c>, <c>ConfigurationItem.Attributes.Missing</c>,
/// <c>ConfigurationItem.Attributes.WrongType</c>) with the attribute in the refusal's data. docs/cmdb.md lists them all.
/// </summary>
public static class ConfigurationItemRefusalCodes
{
    /// <summary>An edit of a retired item.</summary>
    public const string Final = "ConfigurationItem.Status.Final";

    /// <summary>A relationship type not in the rules' relationship type catalogue.</summary>
    public const string RelationshipTypeUnknown = "ConfigurationItem.Relationships.UnknownType";

    /// <summary>A member-of relationship from an item to itself.</summary>
    public const string RelationshipToItself = "ConfigurationItem.Relationships.MemberOfItself";

    /// <summary>A relationship id already used with another type or target (id, source, type and target never change).</summary>
    public const string RelationshipRestated = "ConfigurationItem.Relationships.Restated";

    /// <summary>Removing a relationship the item does not have.</summary>
    public const string RelationshipNotFound = "ConfigurationItem.Relationships.NotFound";

    /// <summary>Adding a contact with a role the item already has.</summary>
    public const string ContactDuplicate = "ConfigurationItem.Contacts.Duplicate";

    /// <summary>Verifying a contact with a role the item does not have.</summary>
    public const string ContactNotFound = "ConfigurationItem.Contacts.NotFound";
}
