using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// Builds a small CMDB for tests: <c>Build.CmdbGraph().Service("sales").Group("pool", Quorum.Count(1))
/// .Server("web-1").Relate("sales", RelationshipType.DependsOn, "pool").Relate("web-1", RelationshipType.MemberOf, "pool").Compile()</c>.
/// Relationship ids are <c>r1</c>, <c>r2</c>, ... in the order added. Mutable; not thread-safe.
/// </summary>
public sealed class CmdbGraphBuilder
{
    private readonly List<ConfigurationItemRecord> items = new();
    private readonly List<Relationship> relationships = new();

    /// <summary>The classes the builders use: <c>server</c>, <c>group</c> and <c>service</c> (a business service), none with required attributes.</summary>
    public static ClassCatalogue Classes { get; } = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("server", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("group", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
    });

    /// <summary>Adds a server.</summary>
    /// <param name="id">The id (also the name).</param>
    /// <returns>This builder.</returns>
    public CmdbGraphBuilder Server(string id) => Add(id, "server", null);

    /// <summary>Adds a business service.</summary>
    /// <param name="id">The id (also the name).</param>
    /// <returns>This builder.</returns>
    public CmdbGraphBuilder Service(string id) => Add(id, "service", null);

    /// <summary>Adds a redundancy group.</summary>
    /// <param name="id">The id (also the name).</param>
    /// <param name="quorum">The quorum.</param>
    /// <returns>This builder.</returns>
    public CmdbGraphBuilder Group(string id, Quorum quorum) => Add(id, "group", quorum ?? throw new ArgumentNullException(nameof(quorum)));

    /// <summary>Adds a relationship.</summary>
    /// <param name="source">The source id.</param>
    /// <param name="type">The type.</param>
    /// <param name="target">The target id.</param>
    /// <returns>This builder.</returns>
    public CmdbGraphBuilder Relate(string source, RelationshipType type, string target)
    {
        ArgumentNullException.ThrowIfNull(type);
        string id = "r" + (relationships.Count + 1).ToString(CultureInfo.InvariantCulture);
        relationships.Add(new Relationship(new RelationshipId(id), new ConfigurationItemId(source), type.Name, new ConfigurationItemId(target)));
        return this;
    }

    /// <summary>The snapshot of what was added.</summary>
    /// <returns>The snapshot.</returns>
    public CmdbSnapshot Snapshot() => CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, items, relationships);

    /// <summary>The compiled graph of what was added.</summary>
    /// <returns>The graph.</returns>
    public CmdbGraph Compile() => CmdbGraph.Compile(Snapshot());

    private CmdbGraphBuilder Add(string id, string className, Quorum? quorum)
    {
        items.Add(new ConfigurationItemRecord(new ConfigurationItemId(id), id, className) { Quorum = quorum });
        return this;
    }
}
