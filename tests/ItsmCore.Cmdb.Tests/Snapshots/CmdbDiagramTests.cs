using System;
using ItsmCore.Primitives;
using static ItsmCore.Cmdb.Tests.CaseCmdb;

namespace ItsmCore.Cmdb.Tests.Snapshots;

public sealed class CmdbDiagramTests
{
    private static readonly CmdbGraph Graph = CmdbGraph.Compile(History().AsOf(At(2026, 3, 1), At(2026, 3, 1)));

    private static ImpactResult Impact => Graph.Impact(new[] { Id("web-1"), Id("if-payment") }, Array.Empty<ConfigurationItemId>());

    [Fact]
    public void ToMermaid_CaseCiSetWithImpact_MatchesTheApprovedPicture() =>
        Snapshot.Verify(CmdbDiagram.ToMermaid(Graph, Impact), "CmdbDiagramTests.ToMermaid_CaseCiSetWithImpact");

    [Fact]
    public void ToDot_CaseCiSetWithImpact_MatchesTheApprovedPicture() =>
        Snapshot.Verify(CmdbDiagram.ToDot(Graph, Impact), "CmdbDiagramTests.ToDot_CaseCiSetWithImpact");

    [Fact]
    public void ToMermaid_WithoutImpact_MarksNothing()
    {
        string text = CmdbDiagram.ToMermaid(Graph);
        Assert.DoesNotContain("classDef", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DOWN", CmdbDiagram.ToDot(Graph), StringComparison.Ordinal);
    }
}
