using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb.Tests.Oracle;

/// <summary>
/// The brute-force reading of DESIGN.md's impact rules, written without the engine: start with the inputs at their
/// given state and everything else Up, then apply every rule to every item until nothing changes. Quorum minimums are
/// found by counting up, not by the library's arithmetic.
/// </summary>
internal sealed class NaiveImpact
{
    private readonly CmdbSnapshot snapshot;

    public NaiveImpact(CmdbSnapshot snapshot)
    {
        this.snapshot = snapshot;
    }

    /// <summary>Each impairing step (from, to, relationship, name in the direction of travel).</summary>
    public IEnumerable<(string From, string To, Relationship Relationship, string Name)> ImpairingSteps()
    {
        foreach (Relationship r in snapshot.Relationships)
        {
            RelationshipType type = snapshot.RelationshipTypes.Find(r.Type)!;
            if (type.Impact is ImpactDirection.TargetImpairsSource or ImpactDirection.BothWays)
            {
                yield return (r.Target.Value, r.Source.Value, r, type.Inverse);
            }

            if (type.Impact is ImpactDirection.SourceImpairsTarget or ImpactDirection.BothWays)
            {
                yield return (r.Source.Value, r.Target.Value, r, type.Name);
            }
        }
    }

    public List<string> Members(string group) =>
        snapshot.Relationships
            .Where(r => r.Type == RelationshipType.MemberOf.Name && r.Target.Value == group)
            .Select(r => r.Source.Value)
            .Distinct()
            .ToList();

    public int MinUp(ConfigurationItemRecord group, int members)
    {
        if (!group.Quorum!.IsPercentage)
        {
            return (int)group.Quorum.Value;
        }

        int k = 0;
        while (k * 100m < group.Quorum.Value * members)
        {
            k++;
        }

        return k;
    }

    public Dictionary<string, ImpactState> Run(IEnumerable<string> down, IEnumerable<string> degraded)
    {
        var given = snapshot.Items.ToDictionary(i => i.Id.Value, _ => ImpactState.Up);
        foreach (string d in degraded)
        {
            given[d] = ImpactState.Degraded;
        }

        foreach (string d in down)
        {
            given[d] = ImpactState.Down;
        }

        var state = new Dictionary<string, ImpactState>(given);
        var steps = ImpairingSteps().ToList();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (ConfigurationItemRecord item in snapshot.Items)
            {
                string id = item.Id.Value;
                ImpactState bound = given[id];
                foreach (var step in steps.Where(s => s.To == id))
                {
                    bound = Max(bound, state[step.From]);
                }

                if (item.IsGroup)
                {
                    List<string> members = Members(id);
                    int up = members.Count(m => state[m] != ImpactState.Down);
                    ImpactState quorum = up < MinUp(item, members.Count) ? ImpactState.Down
                        : members.Any(m => state[m] != ImpactState.Up) ? ImpactState.Degraded
                        : ImpactState.Up;
                    bound = Max(bound, quorum);
                }

                if (bound > state[id])
                {
                    state[id] = bound;
                    changed = true;
                }
            }
        }

        return state;
    }

    /// <summary>The shortest chain length from a cause to each impaired item, by breadth-first search over the valid steps.</summary>
    public Dictionary<string, int> ShortestChains(Dictionary<string, ImpactState> state, ISet<string> down, ISet<string> degraded)
    {
        var distance = new Dictionary<string, int>();
        var queue = new Queue<string>();
        foreach (ConfigurationItemRecord item in snapshot.Items)
        {
            string id = item.Id.Value;
            bool cause = down.Contains(id)
                || (degraded.Contains(id) && state[id] == ImpactState.Degraded)
                || (item.IsGroup && MinUp(item, Members(id).Count) > Members(id).Count);
            if (cause)
            {
                distance[id] = 0;
                queue.Enqueue(id);
            }
        }

        var steps = ImpairingSteps().ToList();
        while (queue.Count > 0)
        {
            string u = queue.Dequeue();
            var next = steps.Where(s => s.From == u && state[s.To] != ImpactState.Up && state[u] >= state[s.To]).Select(s => s.To).ToList();
            foreach (ConfigurationItemRecord group in snapshot.Items.Where(g => g.IsGroup && Members(g.Id.Value).Contains(u)))
            {
                ImpactState g = state[group.Id.Value];
                if ((g == ImpactState.Down && state[u] == ImpactState.Down) || (g == ImpactState.Degraded && state[u] != ImpactState.Up))
                {
                    next.Add(group.Id.Value);
                }
            }

            foreach (string v in next)
            {
                if (distance.TryAdd(v, distance[u] + 1))
                {
                    queue.Enqueue(v);
                }
            }
        }

        return distance;
    }

    private static ImpactState Max(ImpactState a, ImpactState b) => a > b ? a : b;
}
