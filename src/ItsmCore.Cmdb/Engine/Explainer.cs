using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb.Engine;

/// <summary>
/// The shortest-chain tree of one impact result: a breadth-first search from every cause over the steps that carry a
/// state forward in the final states (an impairing edge from a node at least as bad; a quorum step from a Down member
/// to a Down group, or from an impaired member to a Degraded group). Every step counts one, so the search order gives
/// shortest chains. Built once per result, on the first explanation asked for. Sparse: it holds the impaired nodes
/// only (their states, and the tree over them), so its size follows the result, not the graph.
/// </summary>
internal sealed class Explainer
{
    private const int Root = -1;
    private const int QuorumStep = -2;

    private readonly GraphEngine engine;
    private readonly Dictionary<int, byte> states;
    private readonly Dictionary<int, (int Parent, int Via)> tree;
    private readonly HashSet<int> inputs = new();

    /// <param name="engine">The graph.</param>
    /// <param name="states">The state of every impaired node (absent: Up).</param>
    /// <param name="givenDown">The nodes given as Down.</param>
    /// <param name="givenDegraded">The nodes given as Degraded.</param>
    public Explainer(GraphEngine engine, Dictionary<int, byte> states, int[] givenDown, int[] givenDegraded)
    {
        this.engine = engine;
        this.states = states;
        tree = new Dictionary<int, (int Parent, int Via)>(states.Count);
        var queue = new Queue<int>();
        void Start(int node)
        {
            if (tree.TryAdd(node, (node, Root)))
            {
                queue.Enqueue(node);
            }
        }

        foreach (int d in givenDown)
        {
            inputs.Add(d);
            Start(d);
        }

        foreach (int d in givenDegraded)
        {
            inputs.Add(d);
            if (State(d) == GraphEngine.Degraded)
            {
                Start(d);
            }
        }

        foreach (int g in engine.PaperDown)
        {
            Start(g);
        }

        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            for (int e = engine.OutStart[u]; e < engine.OutStart[u + 1]; e++)
            {
                int v = engine.OutTarget[e];
                byte sv = State(v);
                if (sv != GraphEngine.Up && State(u) >= sv && tree.TryAdd(v, (u, e)))
                {
                    queue.Enqueue(v);
                }
            }

            for (int k = engine.MemberOfStart[u]; k < engine.MemberOfStart[u + 1]; k++)
            {
                int v = engine.GroupNode[engine.MemberOfGroup[k]];
                bool carries = State(v) == GraphEngine.Down ? State(u) == GraphEngine.Down : State(v) == GraphEngine.Degraded && State(u) != GraphEngine.Up;
                if (carries && tree.TryAdd(v, (u, QuorumStep)))
                {
                    queue.Enqueue(v);
                }
            }
        }
    }

    public ImpactExplanation Explain(int node)
    {
        if (!tree.ContainsKey(node))
        {
            throw new InvalidOperationException($"No chain from a cause reaches '{engine.Ids[node]}': the impact result is inconsistent.");
        }

        var steps = new List<ExplanationStep>();
        int current = node;
        while (tree[current] is (int from, int via) && via != Root)
        {
            steps.Add(via == QuorumStep ? QuorumStepOf(from, current) : RelationshipStep(from, current, via));
            current = from;
        }

        steps.Reverse();
        return new ImpactExplanation(engine.Ids[node], (ImpactState)State(node), engine.Ids[current], inputs.Contains(current), steps.ToArray());
    }

    private ExplanationStep RelationshipStep(int from, int to, int edge)
    {
        Relationship relationship = engine.Relationships[engine.OutRelationship[edge]];
        RelationshipType type = engine.Types.Find(relationship.Type)!;
        bool forward = relationship.Source == engine.Ids[from] && relationship.Target == engine.Ids[to];
        return new ExplanationStep(
            engine.Ids[from], engine.Ids[to], ExplanationStepKind.Relationship, relationship.Id, forward ? type.Name : type.Inverse, (ImpactState)State(to), 0, 0, 0);
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

    private byte State(int node) => states.TryGetValue(node, out byte s) ? s : GraphEngine.Up;
}
