using System;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb.Tests;

/// <summary>The quick start of docs/cmdb.md, kept compiling and true.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void QuickStart_AsDocumented_GivesTheDocumentedAnswers()
    {
        ClassCatalogue classes = ClassCatalogue.Create(new[]
        {
            new ConfigurationItemClass("server", null, new[] { new AttributeDefinition("os", AttributeType.Text, required: true) }),
            new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
            new ConfigurationItemClass("it-service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
        });
        ConfigurationItemRecord Item(string id, string cls) => new(new ConfigurationItemId(id), id, cls);
        Relationship Rel(string id, string source, RelationshipType type, string target) =>
            new(new RelationshipId(id), new ConfigurationItemId(source), type.Name, new ConfigurationItemId(target));

        CmdbSnapshot snapshot = CmdbSnapshot.Create(
            classes,
            RelationshipTypeCatalogue.Default,
            new[] { Item("sales", "it-service"), Item("pool", "pool") with { Quorum = Quorum.Count(1) }, Item("web-1", "server"), Item("web-2", "server") },
            new[]
            {
                Rel("r1", "sales", RelationshipType.DependsOn, "pool"),
                Rel("r2", "web-1", RelationshipType.MemberOf, "pool"),
                Rel("r3", "web-2", RelationshipType.MemberOf, "pool"),
            });
        CmdbGraph graph = CmdbGraph.Compile(snapshot);
        ImpactResult impact = graph.Impact(new ConfigurationItemId("web-1"));
        Assert.Equal(
            new[] { ("sales", ImpactState.Degraded), ("pool", ImpactState.Degraded), ("web-1", ImpactState.Down) },
            impact.Select(i => (i.Id.Value, i.State)));
        Assert.Equal(
            "web-1 (input); web-1 member of pool (quorum degraded: 1 of 2 up, minimum 1); pool used by sales",
            impact.Explain(new ConfigurationItemId("sales"))!.ToString());
        PlannedOutage both = graph.PlanOutage(new[] { new ConfigurationItemId("web-1"), new ConfigurationItemId("web-2") });
        Assert.Equal(new[] { "sales" }, both.ServicesDown.Select(s => s.Value));
    }
}
