using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb.Engine;

/// <summary>
/// The shortest-chain tree of one impact result: a breadth-first search from every cause over the steps that carry a
/// state forward in the final states (an impairing edge from a node at least as bad; a quorum step from a Down member
/// to a Down group, or from an impaired member to a Degraded group). Every step counts one, so the search order gives
/// shortest chains. Built once per result, on the first explanation asked for.
/// </summary>
/// <remarks>
/// Sparse: the tree is two arrays indexed by the node's position in the result (its size follows the result, not the
/// graph). During the search a node's position is read from a graph-sized map kept in one cached slot of the graph (like the
/// propagation's scratch) and cleared by walking the result afterwards, so a state lookup is an array read instead of
/// a hash lookup: at a 434-CI result this took the build from about 140 µs (two dictionaries) to a small part of
/// the impact query itself (docs/benchmarks/changes.md, "What changed").
/// </remarks>
internal sealed class Explainer
{
    private const int Root = -1;
    private const int QuorumStep = -2;
    private const int Unvisited = int.MinValue;

    private readonly GraphEngine engine;
    private readonly int[] nodes;
    private readonly byte[] states;
    private readonly int serviceCount;

    /// <summary>The parent's position (the own position at a root), or <see cref="Unvisited"/> when no chain reaches it.</summary>
    private readonly int[] parent;

    /// <summary>The edge the step came over, <see cref="QuorumStep"/>, or <see cref="Root"/>.</summary>
    private readonly int[] via;
    private readonly bool[] input;

    /// <param name="engine">The graph.</param>
    /// <param name="nodes">The impaired nodes (services first, each part in node order).</param>
    /// <param name="states">Their states.</param>
    /// <param name="serviceCount">How many of them are services.</param>
    /// <param name="givenDown">The nodes given as Down.</param>
    /// <param name="givenDegraded">The nodes given as Degraded.</param>
    public Explainer(GraphEngine engine, int[] nodes, byte[] states, int serviceCount, int[] givenDown, int[] givenDegraded)
    {
        this.engine = engine;
        this.nodes = nodes;
        this.states = states;
        this.serviceCount = serviceCount;
        int count = nodes.Length;
        parent = new int[count];
        via = new int[count];
        input = new bool[count];
        Array.Fill(parent, Unvisited);
        int[] map = engine.RentPositionMap();
        try
        {
            // map[node] = position + 1 (0: not impaired, Up)
            for (int i = 0; i < count; i++)
            {
                map[nodes[i]] = i + 1;
            }

            Search(map, givenDown, givenDegraded);
        }
        finally
        {
            for (int i = 0; i < count; i++)
            {
                map[nodes[i]] = 0;
            }

            engine.ReturnPositionMap(map);
        }
    }

    public ImpactExplanation Explain(int position)
    {
        if (parent[position] == Unvisited)
        {
            throw new InvalidOperationException($"No chain from a cause reaches '{engine.Ids[nodes[position]]}': the impact result is inconsistent.");
        }

        var steps = new List<ExplanationStep>();
        int current = position;
        while (via[current] != Root)
        {
            int from = parent[current];
            steps.Add(via[current] == QuorumStep ? QuorumStepOf(nodes[from], nodes[current]) : RelationshipStep(from, current, via[current]));
            current = from;
        }

        steps.Reverse();
        return new ImpactExplanation(engine.Ids[nodes[position]], (ImpactState)states[position], engine.Ids[nodes[current]], input[current], steps.ToArray());
    }

    private void Search(int[] map, int[] givenDown, int[] givenDegraded)
    {
        var queue = new int[nodes.Length];
        int head = 0, tail = 0;
        void Start(int position)
        {
            if (parent[position] == Unvisited)
            {
                parent[position] = position;
                via[position] = Root;
                queue[tail++] = position;
            }
        }

        foreach (int d in givenDown)
        {
            int p = map[d] - 1;
            input[p] = true;
            Start(p);
        }

        foreach (int d in givenDegraded)
        {
            int p = map[d] - 1;
            if (p >= 0)
            {
                input[p] = true;
                if (states[p] == GraphEngine.Degraded)
                {
                    Start(p);
                }
            }
        }

        foreach (int g in engine.PaperDown)
        {
            Start(map[g] - 1);
        }

        int[] outStart = engine.OutStart, outTarget = engine.OutTarget, memberOfStart = engine.MemberOfStart, memberOfGroup = engine.MemberOfGroup, groupNode = engine.GroupNode;
        while (head < tail)
        {
            int pu = queue[head++];
            int u = nodes[pu];
            byte su = states[pu];
            for (int e = outStart[u]; e < outStart[u + 1]; e++)
            {
                int pv = map[outTarget[e]] - 1;
                if (pv >= 0 && parent[pv] == Unvisited && su >= states[pv])
                {
                    parent[pv] = pu;
                    via[pv] = e;
                    queue[tail++] = pv;
                }
            }

            for (int k = memberOfStart[u]; k < memberOfStart[u + 1]; k++)
            {
                int pv = map[groupNode[memberOfGroup[k]]] - 1;
                if (pv < 0 || parent[pv] != Unvisited)
                {
                    continue;
                }

                byte sv = states[pv];
                bool carries = sv == GraphEngine.Down ? su == GraphEngine.Down : sv == GraphEngine.Degraded;
                if (carries)
                {
                    parent[pv] = pu;
                    via[pv] = QuorumStep;
                    queue[tail++] = pv;
                }
            }
        }
    }

    private ExplanationStep RelationshipStep(int fromPosition, int toPosition, int edge)
    {
        int from = nodes[fromPosition], to = nodes[toPosition];
        Relationship relationship = engine.Relationships[engine.OutRelationship[edge]];
        RelationshipType type = engine.Types.Find(relationship.Type)!;
        bool forward = relationship.Source == engine.Ids[from] && relationship.Target == engine.Ids[to];
        return new ExplanationStep(
            engine.Ids[from], engine.Ids[to], ExplanationStepKind.Relationship, relationship.Id, forward ? type.Name : type.Inverse, (ImpactState)states[toPosition], 0, 0, 0);
    }

    private ExplanationStep QuorumStepOf(int member, int group)
    {
        int g = engine.GroupOf(group);
        int members = engine.MemberStart[g + 1] - engine.MemberStart[g];
        int up = 0;
        for (int k = engine.MemberStart[g]; k < engine.MemberStart[g + 1]; k++)
        {
            if (State(engine.Members[k]) != GraphEngine.Down)
            {
                up++;
            }
        }

        return new ExplanationStep(
            engine.Ids[member], engine.Ids[group], ExplanationStepKind.Quorum, null, RelationshipType.MemberOf.Name, (ImpactState)State(group), up, members, engine.MinUp[g]);
    }

    private byte State(int node)
    {
        int position = PositionOf(node);
        return position < 0 ? GraphEngine.Up : states[position];
    }

    /// <summary>The node's position in the result, or -1 when it is Up.</summary>
    public int PositionOf(int node)
    {
        int position = engine.IsService[node]
            ? Array.BinarySearch(nodes, 0, serviceCount, node)
            : Array.BinarySearch(nodes, serviceCount, nodes.Length - serviceCount, node);
        return position < 0 ? -1 : position;
    }
}
