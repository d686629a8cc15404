using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Cmdb.Tests.Oracle;
using ItsmCore.Primitives;
using static ItsmCore.Cmdb.Tests.TestData;

namespace ItsmCore.Cmdb.Tests;

/// <summary>
/// The compiled graph against <see cref="NaiveImpact"/> on random graphs: random relationship types (all built-in
/// kinds, so cycles through coupled-with and contains appear), groups with count and percentage quorums (some above
/// their member count), nested groups, and random Down and Degraded inputs.
/// </summary>
public sealed class GraphPropertyTests
{
    private static readonly RelationshipType[] Types = RelationshipTypeCatalogue.BuiltIn.ToArray();

    internal sealed record Scenario(CmdbSnapshot Snapshot, string[] Down, string[] Degraded)
    {
        public override string ToString() =>
            string.Join("\n", Snapshot.Items.Select(i => $"{i.Id} {i.Class} {i.Quorum}"))
            + "\n" + string.Join("\n", Snapshot.Relationships.Select(r => r.ToString()))
            + $"\ndown: {string.Join(",", Down)}; degraded: {string.Join(",", Degraded)}";
    }

    internal static Gen<Scenario> Scenarios { get; } =
        from n in Gen.Choose(1, 16)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 9), n)
        from quorums in Gen.ArrayOf(Gen.Choose(0, 5).Zip(Gen.Choose(0, 1000)), n)
        from m in Gen.Choose(0, 3 * n)
        from edges in Gen.ArrayOf(Gen.Choose(0, n - 1).Zip(Gen.Choose(0, n - 1)).Zip(Gen.Choose(0, Types.Length + 3)), m)
        from down in Gen.ArrayOf(Gen.Choose(0, 4), n)
        select Build(n, kinds, quorums, edges, down);

    /// <summary>
    /// Pools whose members are Down in different inputs (so parts of a split lose a quorum only together): n00 a group
    /// with a count quorum, n01 a service depending on it, n02 a second group over some of the same members, the rest
    /// members of n00 (and some of n02), each Down with probability one half, plus a few random edges.
    /// </summary>
    internal static Gen<Scenario> PoolScenarios { get; } =
        from members in Gen.Choose(2, 8)
        from quorum in Gen.Choose(1, 8)
        from quorum2 in Gen.Choose(1, 4)
        from inSecond in Gen.ArrayOf(Gen.Choose(0, 1), members)
        from down in Gen.ArrayOf(Gen.Choose(0, 3), members)
        from extra in Gen.ArrayOf(Gen.Choose(0, members + 2).Zip(Gen.Choose(0, members + 2)).Zip(Gen.Choose(0, Types.Length - 1)), 3)
        select BuildPools(members, quorum, quorum2, inSecond, down, extra);

    [Fact]
    public void Impact_RandomGraphs_MatchesTheBruteForceFixedPoint() =>
        PropertyRunner.Run(Scenarios, s =>
        {
            CmdbGraph graph = CmdbGraph.Compile(s.Snapshot);
            ImpactResult result = graph.Impact(s.Down.Select(Id), s.Degraded.Select(Id));
            Dictionary<string, ImpactState> expected = new NaiveImpact(s.Snapshot).Run(s.Down, s.Degraded);
            foreach ((string id, ImpactState state) in expected)
            {
                Assert.Equal(state, result.StateOf(Id(id)));
            }

            string[] services = expected.Where(p => p.Value != ImpactState.Up && s.Snapshot.IsBusinessService(s.Snapshot.Find(Id(p.Key))!)).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            string[] others = expected.Where(p => p.Value != ImpactState.Up && !services.Contains(p.Key)).Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(services.Concat(others), result.Select(i => i.Id.Value));
            Assert.Equal(services.Length, result.BusinessServiceCount);
            Assert.All(result, i => Assert.Equal(expected[i.Id.Value], i.State));
        });

    [Fact]
    public void ImpactTogether_RandomGraphsAndSplits_EqualsTheImpactOfAllInputs() =>
        PropertyRunner.Run(
            from s in Gen.OneOf(Scenarios, PoolScenarios)
            from k in Gen.Choose(1, 3)
            from split in Gen.ArrayOf(Gen.Choose(0, 2), 32)
            select (s, k, split),
            t =>
            {
                (Scenario s, int k, int[] split) = t;
                CmdbGraph graph = CmdbGraph.Compile(s.Snapshot);
                string[] Part(string[] ids, int p, int offset) => ids.Where((_, i) => split[(i + offset) % split.Length] % k == p).ToArray();
                var downs = Enumerable.Range(0, k).Select(p => Part(s.Down, p, 0)).ToArray();
                var degradeds = Enumerable.Range(0, k).Select(p => Part(s.Degraded, p, 16)).ToArray();
                ImpactResult[] parts = Enumerable.Range(0, k).Select(p => graph.Impact(downs[p].Select(Id), degradeds[p].Select(Id))).ToArray();
                ImpactResult together = graph.ImpactTogether(parts);
                ImpactResult expected = graph.Impact(downs.SelectMany(d => d).Select(Id), degradeds.SelectMany(d => d).Select(Id));
                Assert.Equal(expected.ToArray(), together.ToArray());

                // what only the union does: worse than in every part
                ImpactedItem[] worse = expected.Where(i => parts.All(p => p.StateOf(i.Id) < i.State)).ToArray();
                Assert.Equal(worse, graph.WorseTogether(parts));
                Assert.Equal(expected.BusinessServiceCount, together.BusinessServiceCount);
                foreach (ImpactedItem item in expected)
                {
                    ImpactExplanation want = expected.Explain(item.Id)!, got = together.Explain(item.Id)!;
                    Assert.Equal(want.ToString(), got.ToString());
                    Assert.Equal(want.Steps, got.Steps);
                    Assert.Equal(want.CauseIsInput, got.CauseIsInput);
                    Assert.Equal(want, got);
                    Assert.Equal(want.GetHashCode(), got.GetHashCode());
                }
            });

    [Fact]
    public void Groups_RandomGraphs_EveryImpairedGroupWithItsMembersAgainstTheBruteForceStates() =>
        PropertyRunner.Run(Scenarios, s =>
        {
            CmdbGraph graph = CmdbGraph.Compile(s.Snapshot);
            ImpactResult result = graph.Impact(s.Down.Select(Id), s.Degraded.Select(Id));
            var oracle = new NaiveImpact(s.Snapshot);
            Dictionary<string, ImpactState> state = oracle.Run(s.Down, s.Degraded);
            ConfigurationItemRecord[] groups = s.Snapshot.Items.Where(i => i.IsGroup && state[i.Id.Value] != ImpactState.Up).OrderBy(i => i.Id.Value, StringComparer.Ordinal).ToArray();
            Assert.Equal(groups.Select(g => g.Id), result.Groups.Select(g => g.Group));
            foreach ((ConfigurationItemRecord group, GroupImpact got) in groups.Zip(result.Groups))
            {
                List<string> members = oracle.Members(group.Id.Value);
                Assert.Equal(state[group.Id.Value], got.State);
                Assert.Equal(members.Count, got.Members);
                Assert.Equal(oracle.MinUp(group, members.Count), got.MinUp);
                Assert.Equal(members.Count(m => state[m] != ImpactState.Up), got.MembersImpaired);
                Assert.Equal(members.Where(m => state[m] == ImpactState.Down).Order(StringComparer.Ordinal), got.MembersDown.Select(m => m.Value));
            }
        });

    [Fact]
    public void ImpactTogether_PartOfAnotherGraphOrNone_Throws()
    {
        CmdbSnapshot snapshot = GraphPropertyTests.Build(2, [0, 0], [(0, 0), (0, 0)], [], [1, 0]).Snapshot;
        CmdbGraph graph = CmdbGraph.Compile(snapshot), other = CmdbGraph.Compile(snapshot);
        Assert.Throws<ArgumentException>(() => graph.ImpactTogether([]));
        Assert.Throws<ArgumentException>(() => graph.ImpactTogether([other.Impact(Id("n00"))]));
        Assert.Throws<ArgumentException>(() => graph.WorseTogether([]));
        Assert.Throws<ArgumentException>(() => graph.WorseTogether([graph.Impact(Id("n00")), other.Impact(Id("n00"))]));
    }

    [Fact]
    public void Explain_RandomGraphs_ChainsAreValidAndShortest() =>
        PropertyRunner.Run(Scenarios, s =>
        {
            CmdbGraph graph = CmdbGraph.Compile(s.Snapshot);
            ImpactResult result = graph.Impact(s.Down.Select(Id), s.Degraded.Select(Id));
            var oracle = new NaiveImpact(s.Snapshot);
            Dictionary<string, ImpactState> state = oracle.Run(s.Down, s.Degraded);
            Dictionary<string, int> shortest = oracle.ShortestChains(state, s.Down.ToHashSet(), s.Degraded.Except(s.Down).ToHashSet());
            var steps = oracle.ImpairingSteps().ToList();
            foreach (ImpactedItem item in result)
            {
                ImpactExplanation explanation = result.Explain(item.Id)!;
                Assert.Equal(shortest[item.Id.Value], explanation.Steps.Count);
                string at = explanation.Cause.Value;
                Assert.Equal(0, oracle.ShortestChains(state, s.Down.ToHashSet(), s.Degraded.Except(s.Down).ToHashSet())[at]);
                foreach (ExplanationStep step in explanation.Steps)
                {
                    Assert.Equal(at, step.From.Value);
                    Assert.True(state[step.From.Value] >= state[step.To.Value]);
                    Assert.Equal(state[step.To.Value], step.State);
                    if (step.Kind == ExplanationStepKind.Relationship)
                    {
                        Assert.Contains(steps, x => x.From == step.From.Value && x.To == step.To.Value && x.Relationship.Id == step.Relationship && x.Name == step.Name);
                    }
                    else
                    {
                        List<string> members = oracle.Members(step.To.Value);
                        Assert.Contains(step.From.Value, members);
                        Assert.Equal(members.Count, step.Members);
                        Assert.Equal(members.Count(x => state[x] != ImpactState.Down), step.Up);
                        Assert.Equal(oracle.MinUp(s.Snapshot.Find(step.To)!, members.Count), step.MinUp);
                        Assert.True(step.State == ImpactState.Degraded || state[step.From.Value] == ImpactState.Down);
                    }

                    at = step.To.Value;
                }

                Assert.Equal(item.Id.Value, at);
                Assert.Equal(item.State, explanation.State);
            }
        });

    [Fact]
    public void RootCauseCandidates_RandomGraphs_CountWhatEachCandidateCanReach() =>
        PropertyRunner.Run(Scenarios, s =>
        {
            CmdbGraph graph = CmdbGraph.Compile(s.Snapshot);
            var oracle = new NaiveImpact(s.Snapshot);
            var steps = oracle.ImpairingSteps().Select(x => (x.From, x.To))
                .Concat(s.Snapshot.Items.Where(i => i.IsGroup).SelectMany(g => oracle.Members(g.Id.Value).Select(m => (From: m, To: g.Id.Value))))
                .ToList();
            string[] impaired = s.Down.Concat(s.Degraded).Distinct().ToArray();
            var expected = new Dictionary<string, int>();
            foreach (string target in impaired)
            {
                var reach = new HashSet<string> { target };
                bool grew = true;
                while (grew)
                {
                    grew = false;
                    foreach ((string from, string to) in steps)
                    {
                        if (reach.Contains(to) && reach.Add(from))
                        {
                            grew = true;
                        }
                    }
                }

                foreach (string c in reach)
                {
                    expected[c] = expected.GetValueOrDefault(c) + 1;
                }
            }

            IReadOnlyList<RootCauseCandidate> candidates = graph.RootCauseCandidates(impaired.Select(Id));
            Assert.Equal(
                expected.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)),
                candidates.Select(c => (c.Id.Value, c.Explains)));
        });

    [Fact]
    public void PlanOutage_RandomGraphs_SortsEveryServiceByItsFixedPointState() =>
        PropertyRunner.Run(Scenarios, s =>
        {
            PlannedOutage plan = CmdbGraph.Compile(s.Snapshot).PlanOutage(s.Down.Select(Id));
            Dictionary<string, ImpactState> state = new NaiveImpact(s.Snapshot).Run(s.Down, Array.Empty<string>());
            string[] Services(ImpactState wanted) => s.Snapshot.Items
                .Where(i => s.Snapshot.IsBusinessService(i) && state[i.Id.Value] == wanted)
                .Select(i => i.Id.Value)
                .ToArray();
            Assert.Equal(Services(ImpactState.Up), Ids(plan.ServicesUp));
            Assert.Equal(Services(ImpactState.Degraded), Ids(plan.ServicesDegraded));
            Assert.Equal(Services(ImpactState.Down), Ids(plan.ServicesDown));
        });

    private static Scenario BuildPools(int members, int quorum, int quorum2, int[] inSecond, int[] down, ((int, int), int)[] extra)
    {
        int n = members + 3;
        int[] kinds = Enumerable.Range(0, n).Select(i => i switch { 0 => 0, 1 => 3, 2 => 0, _ => 5 }).ToArray();
        (int, int)[] quorums = Enumerable.Range(0, n).Select(i => (i == 2 ? quorum2 : quorum, 0)).ToArray();
        int dependsOn = Array.IndexOf(Types, RelationshipType.DependsOn);
        var edges = new List<((int, int), int)> { ((1, 0), dependsOn) };
        for (int m = 0; m < members; m++)
        {
            edges.Add(((m + 3, 0), Types.Length));
            if (inSecond[m] == 1)
            {
                edges.Add(((m + 3, 2), Types.Length));
            }
        }

        edges.AddRange(extra);
        int[] inputs = Enumerable.Range(0, n).Select(i => i < 3 ? 0 : down[i - 3] is 1 or 2 ? 1 : down[i - 3] == 3 ? 2 : 0).ToArray();
        return Build(n, kinds, quorums, edges.ToArray(), inputs);
    }

    private static Scenario Build(int n, int[] kinds, (int, int)[] quorums, ((int, int), int)[] edges, int[] inputs)
    {
        // kind 0-2: group (count, percentage, percentage with decimals), 3-4: business service, else a server.
        var items = new List<ConfigurationItemRecord>();
        for (int i = 0; i < n; i++)
        {
            (int count, int per) = quorums[i];
            Quorum? quorum = kinds[i] switch
            {
                0 => Quorum.Count(count),
                1 => Quorum.Percentage(per / 10),
                2 => Quorum.Percentage(decimal.Parse((per / 10m).ToString("0.0", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
                _ => null,
            };
            items.Add(Item($"n{i:00}", kinds[i] is 3 or 4 ? "customer-service" : quorum is null ? "server" : "pool", quorum));
        }

        var relationships = new List<Relationship>();
        for (int e = 0; e < edges.Length; e++)
        {
            ((int s, int t), int k) = edges[e];
            // Extra draws beyond the built-in list are member-of, so groups get members often enough.
            RelationshipType type = k < Types.Length ? Types[k] : RelationshipType.MemberOf;
            if (type.IsMembership && (s == t || items[t].Quorum is null))
            {
                continue;
            }

            relationships.Add(Rel($"n{s:00}", type, $"n{t:00}", $"r{e:00}"));
        }

        string[] down = Enumerable.Range(0, n).Where(i => inputs[i] == 1 || inputs[i] == 3).Select(i => $"n{i:00}").ToArray();
        string[] degraded = Enumerable.Range(0, n).Where(i => inputs[i] == 2 || inputs[i] == 3).Select(i => $"n{i:00}").ToArray();
        return new Scenario(Snapshot(items, relationships), down, degraded);
    }
}
