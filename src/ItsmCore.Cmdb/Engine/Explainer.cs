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
internal sealed class Explainer
{
    private const int Root = -1;
    private const int QuorumStep = -2;
    private const int Unreached = -3;

    private readonly GraphEngine engine;
    private readonly byte[] state;
    private readonly int[] parent;
    private readonly int[] via;
    private readonly HashSet<int> inputs = new();

    public Explainer(GraphEngine engine, byte[] state, int[] givenDown, int[] givenDegraded)
    {
        this.engine = engine;
        this.state = state;
        int n = engine.Count;
        parent = new int[n];
        via = new int[n];
        Array.Fill(via, Unreached);
        var seen = new bool[n];
        var queue = new Queue<int>();
        void Start(int node)
        {
            if (!seen[node])
            {
                seen[node] = true;
                parent[node] = node;
                via[node] = Root;
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
            if (state[d] == GraphEngine.Degraded)
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
                if (!seen[v] && state[v] != GraphEngine.Up && state[u] >= state[v])
                {
                    seen[v] = true;
                    parent[v] = u;
                    via[v] = e;
                    queue.Enqueue(v);
                }
            }

            for (int k = engine.MemberOfStart[u]; k < engine.MemberOfStart[u + 1]; k++)
            {
                int v = engine.GroupNode[engine.MemberOfGroup[k]];
                bool carries = state[v] == GraphEngine.Down ? state[u] == GraphEngine.Down : state[v] == GraphEngine.Degraded && state[u] != GraphEngine.Up;
                if (!seen[v] && carries)
                {
                    seen[v] = true;
                    parent[v] = u;
                    via[v] = QuorumStep;
                    queue.Enqueue(v);
                }
            }
        }
    }

    public ImpactExplanation Explain(int node)
    {
        if (via[node] == Unreached)
        {
            throw new InvalidOperationException($"No chain from a cause reaches '{engine.Ids[node]}': the impact result is inconsistent.");
        }

        var steps = new List<ExplanationStep>();
        int current = node;
        while (via[current] != Root)
        {
            int from = parent[current];
            steps.Add(via[current] == QuorumStep ? QuorumStepOf(from, current) : RelationshipStep(from, current, via[current]));
            current = from;
        }

        steps.Reverse();
        return new ImpactExplanation(engine.Ids[node], (ImpactState)state[node], engine.Ids[current], inputs.Contains(current), steps.ToArray());
    }

    private ExplanationStep RelationshipStep(int from, int to, int edge)
    {
        Relationship relationship = engine.Relationships[engine.OutRelationship[edge]];
        RelationshipType type = engine.Types.Find(relationship.Type)!;
        bool forward = relationship.Source == engine.Ids[from] && relationship.Target == engine.Ids[to];
        return new ExplanationStep(
            engine.Ids[from], engine.Ids[to], ExplanationStepKind.Relationship, relationship.Id, forward ? type.Name : type.Inverse, (ImpactState)state[to], 0, 0, 0);
    }

    private ExplanationStep QuorumStepOf(int member, int group)
    {
        int g = engine.GroupOf(group);
        int members = engine.MemberStart[g + 1] - engine.MemberStart[g];
        int up = 0;
        for (int k = engine.MemberStart[g]; k < engine.MemberStart[g + 1]; k++)
        {
            if (state[engine.Members[k]] != GraphEngine.Down)
            {
                up++;
            }
        }

        return new ExplanationStep(
            engine.Ids[member], engine.Ids[group], ExplanationStepKind.Quorum, null, RelationshipType.MemberOf.Name, (ImpactState)state[group], up, members, engine.MinUp[g]);
    }
}
