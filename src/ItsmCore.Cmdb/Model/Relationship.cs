using System;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// A typed relationship from a source configuration item to a target, read "source <see cref="Type"/> target"
/// ("app-1 depends on db-1"). Its id, source, type and target never change over its history. Immutable.
/// </summary>
public sealed record Relationship
{
    /// <summary>Creates a relationship.</summary>
    /// <param name="id">Its id.</param>
    /// <param name="source">The source item.</param>
    /// <param name="type">The type's name (see <see cref="RelationshipTypeCatalogue"/>).</param>
    /// <param name="target">The target item.</param>
    /// <exception cref="ArgumentException">An id is the default value, or the type name is blank.</exception>
    public Relationship(RelationshipId id, ConfigurationItemId source, string type, ConfigurationItemId target)
    {
        Id = id.Value.Length == 0 ? throw new ArgumentException("A relationship id is required.", nameof(id)) : id;
        Source = source.Value.Length == 0 ? throw new ArgumentException("A source item id is required.", nameof(source)) : source;
        Type = TextGuard.Check(type, nameof(type), RelationshipType.MaxNameLength);
        Target = target.Value.Length == 0 ? throw new ArgumentException("A target item id is required.", nameof(target)) : target;
    }

    /// <summary>Its id.</summary>
    public RelationshipId Id { get; }

    /// <summary>The source item.</summary>
    public ConfigurationItemId Source { get; }

    /// <summary>The type's name.</summary>
    public string Type { get; }

    /// <summary>The target item.</summary>
    public ConfigurationItemId Target { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Source} {Type} {Target}";
}
