namespace ItsmCore.Cmdb;

/// <summary>What a <see cref="CmdbFact"/> states.</summary>
public enum CmdbFactKind
{
    /// <summary>A whole item record (every attribute included), or the item's absence (a retraction).</summary>
    Item,

    /// <summary>One attribute value of an item, or its absence.</summary>
    Attribute,

    /// <summary>A relationship, or its absence.</summary>
    Relationship,
}
