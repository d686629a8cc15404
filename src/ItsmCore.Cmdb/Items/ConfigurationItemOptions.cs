namespace ItsmCore.Cmdb;

/// <summary>Settings of configuration items; turned into frozen <see cref="ConfigurationItemRules"/>. Mutable; not thread-safe.</summary>
public sealed class ConfigurationItemOptions
{
    /// <summary>The class catalogue items are checked against.</summary>
    /// <value>The default value is <see cref="ClassCatalogue.Default"/>.</value>
    public ClassCatalogue Classes { get; set; } = ClassCatalogue.Default;

    /// <summary>The relationship types items may use.</summary>
    /// <value>The default value is <see cref="RelationshipTypeCatalogue.Default"/>.</value>
    public RelationshipTypeCatalogue RelationshipTypes { get; set; } = RelationshipTypeCatalogue.Default;
}
