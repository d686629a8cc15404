using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb.Engine;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// The compiled impact graph of a <see cref="CmdbSnapshot"/> (DESIGN.md "CMDB semantics"): impact of down and
/// degraded CIs as the least fixed point of the impairing relationships and redundancy-group quorums, explanations,
/// root-cause candidates and planned outages.
/// </summary>
/// <remarks>
/// <para>
/// Compile once per snapshot (<see cref="Compile"/>): the graph is flat arrays (adjacency in both directions, group
/// members and quorums), so an impact analysis costs time in proportion to what it impairs, not to the graph, and
/// allocates only its result. Explanations are built on demand from a result.
/// </para>
/// <para>Instances are immutable and thread-safe: any number of threads may query one graph at once.</para>
/// </remarks>
public sealed class CmdbGraph
{
    private readonly GraphEngine engine;

    private CmdbGraph(CmdbSnapshot snapshot, GraphEngine engine)
    {
        Snapshot = snapshot;
        this.engine = engine;
    }

    /// <summary>The snapshot the graph was compiled from.</summary>
    public CmdbSnapshot Snapshot { get; }

    /// <summary>The number of items.</summary>
    public int ItemCount => engine.Count;

    /// <summary>The business services, in id order.</summary>
    public IReadOnlyList<ConfigurationItemId> BusinessServices => engine.Services.Select(s => engine.Ids[s]).ToArray();

    /// <summary>The redundancy groups whose quorum exceeds their member count: Down with no input.</summary>
    public IReadOnlyList<ConfigurationItemId> GroupsDownOnPaper => engine.PaperDown.Select(s => engine.Ids[s]).ToArray();

    internal GraphEngine Engine => engine;

    /// <summary>Compiles a snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The graph.</returns>
    public static CmdbGraph Compile(CmdbSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new CmdbGraph(snapshot, new GraphEngine(snapshot));
    }

    /// <summary>Whether the graph has an item with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>True when present.</returns>
    public bool Contains(ConfigurationItemId id) => engine.TryIndexOf(id, out _);

    /// <summary>
    /// The impact of a set of Down CIs and a set of Degraded CIs (a CI in both is Down; any CI may be given, groups
    /// included): each CI's state is the least one satisfying its given state, the state of every CI that impairs it,
    /// and for a group its quorum state. An input may end worse than given, never better.
    /// </summary>
    /// <param name="down">The CIs given as Down.</param>
    /// <param name="degraded">The CIs given as Degraded.</param>
    /// <returns>The impaired CIs, business services first.</returns>
    /// <exception cref="ArgumentException">An id is not in the graph.</exception>
    public ImpactResult Impact(IEnumerable<ConfigurationItemId> down, IEnumerable<ConfigurationItemId> degraded)
    {
        int[] downNodes = Nodes(down, nameof(down));
        int[] degradedNodes = Nodes(degraded, nameof(degraded)).Except(downNodes).ToArray();
        (int[] nodes, byte[] states, int services) = engine.Impact(downNodes, degradedNodes);
        return new ImpactResult(engine, nodes, states, services, downNodes, degradedNodes);
    }

    /// <summary>
    /// The impact of the inputs of several results together (every Down and Degraded input of every part at once),
    /// computed from the parts: equal to <see cref="Impact(IEnumerable{ConfigurationItemId}, IEnumerable{ConfigurationItemId})"/>
    /// of the parts' inputs in order, explanations included. It starts from the parts' states combined and propagates
    /// only what they change together (a redundancy group that loses its quorum to members the parts take Down
    /// between them, and what follows), so combining outages already analysed costs less than analysing their inputs
    /// again, for example the planned impact of changes that overlap in time.
    /// </summary>
    /// <param name="parts">Results of this graph (at least one).</param>
    /// <returns>The impaired CIs, business services first.</returns>
    /// <exception cref="ArgumentException">No part is given, or a part comes from another graph.</exception>
    public ImpactResult ImpactTogether(IEnumerable<ImpactResult> parts)
    {
        ImpactResult[] list = CheckParts(parts);
        var down = new HashSet<int>();
        var degraded = new HashSet<int>();
        foreach (ImpactResult part in list)
        {
            down.UnionWith(part.GivenDown);
            degraded.UnionWith(part.GivenDegraded);
        }

        int[] downNodes = down.ToArray();
        int[] degradedNodes = degraded.Except(downNodes).ToArray();
        (int[] nodes, byte[] states, int services) = engine.ImpactFrom(list.Select(p => (p.Nodes, p.States)).ToArray());
        return new ImpactResult(engine, nodes, states, services, downNodes, degradedNodes);
    }

    /// <summary>
    /// What several results' inputs do only together: the items whose state with every input of every part at once is
    /// worse than in each part (a redundancy group that loses its quorum to members the parts take out between them,
    /// and what follows from it), with that state; business services first, each part in id order. Equal to the items
    /// of <see cref="ImpactTogether"/> whose state is worse than in every part, but found from the groups the parts share
    /// outward, so it costs in proportion to what gets worse (often nothing), not to the parts.
    /// </summary>
    /// <param name="parts">Results of this graph (at least one).</param>
    /// <returns>The items made worse together (empty when the parts only add up).</returns>
    /// <exception cref="ArgumentException">No part is given, or a part comes from another graph.</exception>
    public IReadOnlyList<ImpactedItem> WorseTogether(IEnumerable<ImpactResult> parts)
    {
        ImpactResult[] list = CheckParts(parts);
        (int[] nodes, byte[] states, int services) = engine.WorseTogether(list.Select(p => (p.Nodes, p.States, p.BusinessServiceCount, p.ReachedGroups)).ToArray());
        var result = new ImpactedItem[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            result[i] = new ImpactedItem(engine.Ids[nodes[i]], (ImpactState)states[i], i < services);
        }

        return result;
    }

    /// <summary>Resolves CIs once, for questions asked of many impact results of this graph (<see cref="ImpactResult.ImpairsAny"/>).</summary>
    /// <param name="ids">The CIs (a CI given twice is selected once).</param>
    /// <returns>The selection.</returns>
    /// <exception cref="ArgumentException">An id is not in the graph.</exception>
    public CmdbSelection Select(IEnumerable<ConfigurationItemId> ids) => new(engine, Nodes(ids, nameof(ids)));

    /// <summary>The impact of one CI being Down.</summary>
    /// <param name="down">The CI.</param>
    /// <returns>The impaired CIs, business services first.</returns>
    /// <exception cref="ArgumentException">The id is not in the graph.</exception>
    public ImpactResult Impact(ConfigurationItemId down)
    {
        int[] downNodes = { NodeOf(down, nameof(down)) };
        (int[] nodes, byte[] states, int services) = engine.Impact(downNodes, ReadOnlySpan<int>.Empty);
        return new ImpactResult(engine, nodes, states, services, downNodes, Array.Empty<int>());
    }

    /// <summary>
    /// Root-cause candidates for a set of impaired CIs: every CI upstream of one of them along impairing relationships
    /// and from members to their groups (each impaired CI counting as its own candidate), ranked by how many of the
    /// impaired CIs it could explain, then by id.
    /// </summary>
    /// <param name="impaired">The impaired CIs (for example the items of incidents).</param>
    /// <returns>The candidates, best first.</returns>
    /// <exception cref="ArgumentException">An id is not in the graph.</exception>
    public IReadOnlyList<RootCauseCandidate> RootCauseCandidates(IEnumerable<ConfigurationItemId> impaired)
    {
        int[] targets = Nodes(impaired, nameof(impaired));
        Array.Sort(targets);
        var explained = new Dictionary<int, List<int>>();
        var stamp = new int[engine.Count];
        var stack = new Stack<int>();
        for (int t = 0; t < targets.Length; t++)
        {
            int mark = t + 1;
            stamp[targets[t]] = mark;
            stack.Push(targets[t]);
            while (stack.Count > 0)
            {
                int v = stack.Pop();
                if (!explained.TryGetValue(v, out List<int>? list))
                {
                    list = new List<int>();
                    explained[v] = list;
                }

                list.Add(targets[t]);
                for (int k = engine.InStart[v]; k < engine.InStart[v + 1]; k++)
                {
                    Visit(engine.InSource[k]);
                }

                int g = engine.GroupOf(v);
                if (g >= 0)
                {
                    for (int k = engine.MemberStart[g]; k < engine.MemberStart[g + 1]; k++)
                    {
                        Visit(engine.Members[k]);
                    }
                }

                void Visit(int u)
                {
                    if (stamp[u] != mark)
                    {
                        stamp[u] = mark;
                        stack.Push(u);
                    }
                }
            }
        }

        return explained
            .OrderByDescending(p => p.Value.Count)
            .ThenBy(p => p.Key)
            .Select(p => new RootCauseCandidate(engine.Ids[p.Key], p.Value.Count, p.Value.Select(x => engine.Ids[x]).ToArray()))
            .ToArray();
    }

    /// <summary>The planned impact of taking CIs out of service (each counts as Down): what goes down, what degrades, what stays up.</summary>
    /// <param name="outOfService">The CIs to take out.</param>
    /// <returns>The planned outage.</returns>
    /// <exception cref="ArgumentException">An id is not in the graph.</exception>
    public PlannedOutage PlanOutage(IEnumerable<ConfigurationItemId> outOfService)
    {
        ConfigurationItemId[] ids = Nodes(outOfService, nameof(outOfService)).Order().Select(n => engine.Ids[n]).ToArray();
        ImpactResult impact = Impact(ids, Array.Empty<ConfigurationItemId>());
        var up = new List<ConfigurationItemId>();
        var degraded = new List<ConfigurationItemId>();
        var down = new List<ConfigurationItemId>();
        foreach (int s in engine.Services)
        {
            ConfigurationItemId id = engine.Ids[s];
            (impact.StateOf(id) switch { ImpactState.Up => up, ImpactState.Degraded => degraded, _ => down }).Add(id);
        }

        return new PlannedOutage(ids, impact, up, degraded, down);
    }

    private ImpactResult[] CheckParts(IEnumerable<ImpactResult> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ImpactResult[] list = parts.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("At least one impact result is needed.", nameof(parts));
        }

        foreach (ImpactResult part in list)
        {
            ArgumentNullException.ThrowIfNull(part, nameof(parts));
            if (!ReferenceEquals(part.Engine, engine))
            {
                throw new ArgumentException("An impact result comes from another graph.", nameof(parts));
            }
        }

        return list;
    }

    private int[] Nodes(IEnumerable<ConfigurationItemId> ids, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ids, paramName);
        var nodes = new HashSet<int>();
        foreach (ConfigurationItemId id in ids)
        {
            nodes.Add(NodeOf(id, paramName));
        }

        return nodes.ToArray();
    }

    private int NodeOf(ConfigurationItemId id, string paramName) =>
        engine.TryIndexOf(id, out int node) ? node : throw new ArgumentException($"Item '{id}' is not in the graph.", paramName);
}
