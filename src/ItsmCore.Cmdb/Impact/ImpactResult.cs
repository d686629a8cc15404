using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;
using ItsmCore.Cmdb.Engine;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// The result of an impact analysis: every impaired item (Degraded or Down), the business services first, each part
/// in id order; items not listed are Up. Explanations are built on demand (<see cref="Explain"/>), not during the
/// analysis. Immutable and thread-safe.
/// </summary>
public sealed class ImpactResult : IReadOnlyList<ImpactedItem>
{
    private readonly GraphEngine engine;
    private readonly int[] nodes;
    private readonly byte[] states;
    private readonly int[] givenDown;
    private readonly int[] givenDegraded;
    private Explainer? explainer;
    private GroupImpact[]? groups;
    private int[]? reachedGroups;

    internal ImpactResult(GraphEngine engine, int[] nodes, byte[] states, int serviceCount, int[] givenDown, int[] givenDegraded)
    {
        this.engine = engine;
        this.nodes = nodes;
        this.states = states;
        BusinessServiceCount = serviceCount;
        this.givenDown = givenDown;
        this.givenDegraded = givenDegraded;
    }

    internal GraphEngine Engine => engine;

    internal int[] Nodes => nodes;

    internal byte[] States => states;

    internal int[] GivenDown => givenDown;

    internal int[] GivenDegraded => givenDegraded;

    /// <summary>The engine's numbers of the groups with an impaired member (set with <see cref="Groups"/>).</summary>
    internal int[] ReachedGroups
    {
        get
        {
            _ = Groups;
            return reachedGroups!;
        }
    }

    /// <summary>How many items are impaired.</summary>
    public int Count => nodes.Length;

    /// <summary>How many of them are business services (they come first).</summary>
    public int BusinessServiceCount { get; }

    /// <summary>The impaired item at a position (services first).</summary>
    /// <param name="index">0 to <see cref="Count"/> - 1.</param>
    /// <returns>The item.</returns>
    public ImpactedItem this[int index] => new(engine.Ids[nodes[index]], (ImpactState)states[index], index < BusinessServiceCount);

    /// <summary>The state of any item of the graph.</summary>
    /// <param name="id">The item.</param>
    /// <returns>Its state (Up when not listed).</returns>
    /// <exception cref="ArgumentException">The item is not in the graph.</exception>
    public ImpactState StateOf(ConfigurationItemId id)
    {
        int position = PositionOf(NodeOf(id));
        return position < 0 ? ImpactState.Up : (ImpactState)states[position];
    }

    /// <summary>Whether any of the selected CIs is impaired (Degraded or Down) in this result.</summary>
    /// <param name="items">CIs selected on this result's graph.</param>
    /// <returns>True when one of them is not Up.</returns>
    /// <exception cref="ArgumentException">The selection was made on another graph.</exception>
    public bool ImpairsAny(CmdbSelection items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (!ReferenceEquals(items.Engine, engine))
        {
            throw new ArgumentException("The selection was made on another graph.", nameof(items));
        }

        foreach (int node in items.Nodes)
        {
            if (PositionOf(node) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The impaired redundancy groups (the items of the result that have a quorum), in id order, each with its members
    /// against its quorum. A group is impaired as soon as one of its members is, so these include every group the
    /// inputs reach (<see cref="GroupImpact.MembersImpaired"/> above 0). Computed on first use from the result, with no
    /// lookup by id, then kept.
    /// </summary>
    public IReadOnlyList<GroupImpact> Groups => Volatile.Read(ref groups) ?? Interlocked.CompareExchange(ref groups, CollectGroups(), null) ?? groups!;

    /// <summary>
    /// Explains an impaired item: a shortest chain from a cause (DESIGN.md). The first call builds the explanations of
    /// the whole result (one breadth-first search over the impaired items); later calls are a walk up that tree.
    /// </summary>
    /// <param name="id">The item.</param>
    /// <returns>The explanation; null when the item is Up.</returns>
    /// <exception cref="ArgumentException">The item is not in the graph.</exception>
    public ImpactExplanation? Explain(ConfigurationItemId id)
    {
        int position = PositionOf(NodeOf(id));
        if (position < 0)
        {
            return null;
        }

        Explainer table = Volatile.Read(ref explainer) ?? Interlocked.CompareExchange(ref explainer, BuildExplainer(), null) ?? explainer!;
        return table.Explain(position);
    }

    /// <summary>Enumerates the impaired items, services first.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<ImpactedItem> GetEnumerator()
    {
        for (int i = 0; i < nodes.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int NodeOf(ConfigurationItemId id) =>
        engine.TryIndexOf(id, out int node) ? node : throw new ArgumentException($"Item '{id}' is not in the graph.", nameof(id));

    private int PositionOf(int node)
    {
        int position = engine.IsService[node]
            ? Array.BinarySearch(nodes, 0, BusinessServiceCount, node)
            : Array.BinarySearch(nodes, BusinessServiceCount, nodes.Length - BusinessServiceCount, node);
        return position < 0 ? -1 : position;
    }

    private GroupImpact[] CollectGroups()
    {
        var found = new List<int>();
        for (int i = 0; i < nodes.Length; i++)
        {
            if (engine.GroupOf(nodes[i]) >= 0)
            {
                found.Add(i);
            }
        }

        // services first, each part in node order: order the positions by node (node order is id order)
        found.Sort((x, y) => nodes[x].CompareTo(nodes[y]));
        var result = new GroupImpact[found.Count];
        var reached = new List<int>(found.Count);
        var down = new List<ConfigurationItemId>();
        for (int k = 0; k < result.Length; k++)
        {
            int position = found[k];
            int g = engine.GroupOf(nodes[position]);
            int impaired = 0;
            down.Clear();
            for (int m = engine.MemberStart[g]; m < engine.MemberStart[g + 1]; m++)
            {
                int member = PositionOf(engine.Members[m]);
                if (member >= 0)
                {
                    impaired++;
                    if (states[member] == GraphEngine.Down)
                    {
                        down.Add(engine.Ids[engine.Members[m]]);
                    }
                }
            }

            result[k] = new GroupImpact(engine.Ids[nodes[position]], (ImpactState)states[position], engine.MemberStart[g + 1] - engine.MemberStart[g], engine.MinUp[g],
                impaired, EquatableArray.From(down));
            if (impaired > 0)
            {
                reached.Add(g);
            }
        }

        // published before the groups, which are the flag readers check
        Volatile.Write(ref reachedGroups, reached.ToArray());
        return result;
    }

    private Explainer BuildExplainer() => new(engine, nodes, states, BusinessServiceCount, givenDown, givenDegraded);
}
