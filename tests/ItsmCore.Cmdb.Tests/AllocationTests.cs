using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void Impact_OneCi_AllocatesOnlyTheResult()
    {
        // A hub that 600 servers depend on, each a member of one of 200 pools of 3, each pool used by an application.
        var items = new List<ConfigurationItemRecord> { Item("hub") };
        var relationships = new List<Relationship>();
        for (int p = 0; p < 200; p++)
        {
            items.Add(Item($"pool-{p}", "pool", Quorum.Count(2)));
            items.Add(Item($"app-{p}", "application"));
            relationships.Add(Rel($"app-{p}", RelationshipType.RunsOn, $"pool-{p}"));
            for (int m = 0; m < 3; m++)
            {
                string server = $"srv-{p}-{m}";
                items.Add(Item(server));
                relationships.Add(Rel(server, RelationshipType.MemberOf, $"pool-{p}"));
                relationships.Add(Rel(server, RelationshipType.DependsOn, "hub"));
            }
        }

        CmdbGraph graph = CmdbGraph.Compile(Snapshot(items, relationships));
        ConfigurationItemId hub = Id("hub");
        Assert.Equal(1 + 600 + 200 + 200, graph.Impact(hub).Count); // warm-up: builds and caches the scratch arrays

        long before = GC.GetAllocatedBytesForCurrentThread();
        ImpactResult result = graph.Impact(hub);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // The result: an int and a byte per impaired CI, the result object and the one-element input array.
        int impaired = result.Count;
        Assert.InRange(allocated, 5 * impaired, (5 * impaired) + 256);
    }
}
