using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>Small helpers to write CMDB test data tersely.</summary>
internal static class TestData
{
    public static readonly ClassCatalogue Classes = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, false) }),
        new ConfigurationItemClass("server", "device", new[] { new AttributeDefinition("os", AttributeType.Text, false) }),
        new ConfigurationItemClass("application", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("supplier-interface", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("customer-service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
    });

    public static ConfigurationItemId Id(string value) => new(value);

    public static ConfigurationItemRecord Item(string id, string className = "server", Quorum? quorum = null) =>
        new(new ConfigurationItemId(id), id, className) { Quorum = quorum };

    public static Relationship Rel(string source, RelationshipType type, string target, string? id = null) =>
        new(new RelationshipId(id ?? $"{source}~{type.Name.Replace(' ', '-')}~{target}"), new ConfigurationItemId(source), type.Name, new ConfigurationItemId(target));

    public static CmdbSnapshot Snapshot(IEnumerable<ConfigurationItemRecord> items, IEnumerable<Relationship> relationships) =>
        CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, items, relationships);

    public static Instant At(int year, int month, int day, int hour = 0) => Instant.FromUtc(year, month, day, hour, 0);

    public static string[] Ids(IEnumerable<ConfigurationItemId> ids) => ids.Select(i => i.Value).ToArray();
}
