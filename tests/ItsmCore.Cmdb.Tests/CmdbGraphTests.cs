using System;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

public sealed class CmdbGraphTests
{
    // shop (service) depends on app; app runs on web-pool (2 of 3); web-1..3 members; app depends on db; db coupled with db-replica.
    private static CmdbGraph Shop(Quorum? quorum = null) => CmdbGraph.Compile(Snapshot(
        new[]
        {
            Item("shop", "customer-service"), Item("app", "application"), Item("web-pool", "pool", quorum ?? Quorum.Count(2)),
            Item("web-1"), Item("web-2"), Item("web-3"), Item("db"), Item("db-replica"), Item("rack"),
        },
        new[]
        {
            Rel("shop", RelationshipType.DependsOn, "app"),
            Rel("app", RelationshipType.RunsOn, "web-pool"),
            Rel("web-1", RelationshipType.MemberOf, "web-pool"),
            Rel("web-2", RelationshipType.MemberOf, "web-pool"),
            Rel("web-3", RelationshipType.MemberOf, "web-pool"),
            Rel("web-2", RelationshipType.MemberOf, "web-pool", "duplicate-membership"),
            Rel("app", RelationshipType.DependsOn, "db"),
            Rel("db", RelationshipType.CoupledWith, "db-replica"),
            Rel("rack", RelationshipType.Contains, "web-1"),
            Rel("web-pool", RelationshipType.DependsOn, "web-3"),
        }));

    [Fact]
    public void Impact_ClosureLargerThanTheRadixThreshold_ServicesFirstEachPartInIdOrder()
    {
        // 3,000 servers on one hub (ids shuffled) and 150 services on 20 servers each: 3,151 impaired CIs, so the engine
        // sorts them with its radix sort rather than a comparison sort.
        var random = new Random(7);
        string[] servers = Enumerable.Range(0, 3000).Select(i => "srv-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(_ => random.Next()).ToArray();
        string[] services = Enumerable.Range(0, 150).Select(i => "svc-" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(_ => random.Next()).ToArray();
        CmdbGraph graph = CmdbGraph.Compile(Snapshot(
            servers.Select(s => Item(s)).Concat(services.Select(s => Item(s, "customer-service"))).Append(Item("hub")).Append(Item("spare")).ToArray(),
            servers.Select(s => Rel(s, RelationshipType.DependsOn, "hub"))
                .Concat(services.SelectMany((s, k) => Enumerable.Range(0, 20).Select(j => Rel(s, RelationshipType.DependsOn, servers[(k * 20) + j]))))
                .ToArray()));

        ImpactResult result = graph.Impact(Id("hub"));

        string[] expected = services.Order(StringComparer.Ordinal).Concat(servers.Append("hub").Order(StringComparer.Ordinal)).ToArray();
        Assert.Equal(expected, result.Select(i => i.Id.Value));
        Assert.Equal(150, result.BusinessServiceCount);
        Assert.Equal(ImpactState.Up, result.StateOf(Id("spare")));
    }

    [Fact]
    public void Impact_OneMemberDown_GroupAndServicesDegradedAndMembersUntouched()
    {
        ImpactResult result = Shop().Impact(Id("web-1"));
        Assert.Equal(
            new[] { ("shop", ImpactState.Degraded, true), ("app", ImpactState.Degraded, false), ("web-1", ImpactState.Down, false), ("web-pool", ImpactState.Degraded, false) },
            result.Select(i => (i.Id.Value, i.State, i.IsBusinessService)));
        Assert.Equal(ImpactState.Up, result.StateOf(Id("web-2")));
        Assert.Equal(
            "web-1 (input); web-1 member of web-pool (quorum degraded: 2 of 3 up, minimum 2); web-pool runs app; app used by shop",
            result.Explain(Id("shop"))!.ToString());
        Assert.Null(result.Explain(Id("db")));
    }

    [Fact]
    public void Impact_QuorumLost_GroupDownWithFiguresAndTheGroupNeverPassesItsStateToMembers()
    {
        ImpactResult result = Shop().Impact(new[] { Id("rack"), Id("web-2") }, Array.Empty<ConfigurationItemId>());
        Assert.Equal(ImpactState.Down, result.StateOf(Id("shop")));
        Assert.Equal(ImpactState.Up, result.StateOf(Id("web-3")));
        ExplanationStep quorum = result.Explain(Id("web-pool"))!.Steps.Single();
        Assert.Equal((ExplanationStepKind.Quorum, 1, 3, 2), (quorum.Kind, quorum.Up, quorum.Members, quorum.MinUp));
        Assert.Equal("rack contains web-1", result.Explain(Id("web-1"))!.Steps.Single().ToString());
    }

    [Fact]
    public void Impact_DegradedMemberCountsAsUp_AndAnInputIsNeverBetterThanGiven()
    {
        ImpactResult result = Shop().Impact(new[] { Id("web-2") }, new[] { Id("web-1"), Id("web-2"), Id("web-3") });
        Assert.Equal(ImpactState.Down, result.StateOf(Id("web-2"))); // in both sets: Down
        Assert.Equal(ImpactState.Degraded, result.StateOf(Id("web-pool"))); // 2 of 3 up (degraded members count)
        Assert.Equal(ImpactState.Degraded, result.StateOf(Id("shop")));
    }

    [Fact]
    public void Impact_CoupledCycle_PropagatesBothWaysButCreatesNothingByItself()
    {
        CmdbGraph graph = Shop();
        Assert.Equal(ImpactState.Down, graph.Impact(Id("db-replica")).StateOf(Id("shop")));
        Assert.Equal("db-replica coupled with db", graph.Impact(Id("db-replica")).Explain(Id("db"))!.Steps.Single().ToString());
        Assert.Equal("db coupled with db-replica", graph.Impact(Id("db")).Explain(Id("db-replica"))!.Steps.Single().ToString());
        Assert.Empty(graph.Impact(Array.Empty<ConfigurationItemId>(), Array.Empty<ConfigurationItemId>()));
    }

    [Fact]
    public void Impact_GroupBelowQuorumOnPaper_IsDownWithNoInputAndExplainsItself()
    {
        CmdbGraph graph = Shop(Quorum.Percentage(100.1m - 0.1m));
        Assert.Empty(graph.GroupsDownOnPaper);
        graph = Shop(Quorum.Count(4));
        Assert.Equal(new[] { "web-pool" }, Ids(graph.GroupsDownOnPaper));
        ImpactResult result = graph.Impact(Array.Empty<ConfigurationItemId>(), Array.Empty<ConfigurationItemId>());
        Assert.Equal(ImpactState.Down, result.StateOf(Id("shop")));
        ImpactExplanation explanation = result.Explain(Id("web-pool"))!;
        Assert.Empty(explanation.Steps);
        Assert.False(explanation.CauseIsInput);
    }

    [Fact]
    public void Impact_UnknownItem_Rejected()
    {
        CmdbGraph graph = Shop();
        Assert.Throws<ArgumentException>(() => graph.Impact(Id("nope")));
        Assert.Throws<ArgumentException>(() => graph.Impact(Id("web-1")).StateOf(Id("nope")));
        Assert.Throws<ArgumentNullException>(() => graph.Impact(null!, Array.Empty<ConfigurationItemId>()));
    }

    [Fact]
    public void RootCauseCandidates_TwoImpairedApps_RankTheSharedDependencyFirst()
    {
        CmdbGraph graph = Shop();
        RootCauseCandidate first = graph.RootCauseCandidates(new[] { Id("app"), Id("web-pool") })[0];
        Assert.Equal(("rack", 2), (first.Id.Value, first.Explains));
        Assert.Equal(new[] { "app", "web-pool" }, Ids(first.Explained));
    }

    [Fact]
    public void PlanOutage_RollingOneWebServerAtATime_KeepsTheShopUpDegradedAndTwoAtOnceTakesItDown()
    {
        CmdbGraph graph = Shop();
        PlannedOutage one = graph.PlanOutage(new[] { Id("web-1") });
        Assert.True(one.NoServiceDown);
        Assert.Equal(new[] { "shop" }, Ids(one.ServicesDegraded));
        PlannedOutage two = graph.PlanOutage(new[] { Id("web-1"), Id("web-2") });
        Assert.Equal(new[] { "shop" }, Ids(two.ServicesDown));
    }

    [Fact]
    public void Explain_ConcurrentFirstCalls_BuildOneConsistentAnswer()
    {
        ImpactResult result = Shop().Impact(new[] { Id("web-1"), Id("db") }, Array.Empty<ConfigurationItemId>());
        string[] ids = result.Select(i => i.Id.Value).ToArray();
        string[][] answers = Enumerable.Range(0, 16)
            .AsParallel()
            .Select(_ => ids.Select(id => result.Explain(Id(id))!.ToString()).ToArray())
            .ToArray();
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.Equal("db (input); db used by app; app used by shop", result.Explain(Id("shop"))!.ToString());
    }

    [Fact]
    public void Impact_ConcurrentQueries_GiveTheSameAnswersAsSerialOnes()
    {
        CmdbGraph graph = Shop();
        string[] ids = graph.Snapshot.Items.Select(i => i.Id.Value).ToArray();
        string[] serial = ids.Select(id => string.Join(",", graph.Impact(Id(id)).Select(i => $"{i.Id}:{i.State}"))).ToArray();
        string[][] parallel = Enumerable.Range(0, 8)
            .AsParallel()
            .Select(_ => ids.Select(id => string.Join(",", graph.Impact(Id(id)).Select(i => $"{i.Id}:{i.State}"))).ToArray())
            .ToArray();
        Assert.All(parallel, p => Assert.Equal(serial, p));
        Parallel.For(0, 200, i => Assert.Equal(serial[i % ids.Length], string.Join(",", graph.Impact(Id(ids[i % ids.Length])).Select(x => $"{x.Id}:{x.State}"))));
    }
}
