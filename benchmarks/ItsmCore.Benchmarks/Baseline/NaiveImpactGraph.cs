using System.Collections.Generic;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Benchmarks.Baseline;

/// <summary>
/// The usual CMDB impact walk, as the benchmark baseline: dictionaries of adjacency lists keyed by id, and per query a
/// dictionary of states, a work queue, and each affected group's quorum recounted over its members. Same semantics
/// as the compiled graph (least fixed point; Degraded members count as up).
/// </summary>
public sealed class NaiveImpactGraph
{
    private readonly Dictionary<ConfigurationItemId, List<ConfigurationItemId>> impairs = new();
    private readonly Dictionary<ConfigurationItemId, List<ConfigurationItemId>> groupsOf = new();
    private readonly Dictionary<ConfigurationItemId, (List<ConfigurationItemId> Members, int MinUp)> groups = new();

    public NaiveImpactGraph(CmdbSnapshot snapshot)
    {
        var members = new Dictionary<ConfigurationItemId, HashSet<ConfigurationItemId>>();
        foreach (Relationship r in snapshot.Relationships)
        {
            RelationshipType type = snapshot.RelationshipTypes.Find(r.Type)!;
            if (type.IsMembership)
            {
                if (!members.TryGetValue(r.Target, out HashSet<ConfigurationItemId>? set))
                {
                    members[r.Target] = set = new HashSet<ConfigurationItemId>();
                }

                set.Add(r.Source);
                continue;
            }

            if (type.Impact is ImpactDirection.TargetImpairsSource or ImpactDirection.BothWays)
            {
                Add(impairs, r.Target, r.Source);
            }

            if (type.Impact is ImpactDirection.SourceImpairsTarget or ImpactDirection.BothWays)
            {
                Add(impairs, r.Source, r.Target);
            }
        }

        foreach (ConfigurationItemRecord item in snapshot.Items)
        {
            if (item.Quorum is not null)
            {
                var list = new List<ConfigurationItemId>(members.GetValueOrDefault(item.Id) ?? new HashSet<ConfigurationItemId>());
                groups[item.Id] = (list, item.Quorum.MinUp(list.Count));
                foreach (ConfigurationItemId m in list)
                {
                    Add(groupsOf, m, item.Id);
                }
            }
        }
    }

    public Dictionary<ConfigurationItemId, ImpactState> Impact(ConfigurationItemId down) => Impact(new[] { down });

    public Dictionary<ConfigurationItemId, ImpactState> Impact(IEnumerable<ConfigurationItemId> down)
    {
        var state = new Dictionary<ConfigurationItemId, ImpactState>();
        var queue = new Queue<ConfigurationItemId>();
        foreach (ConfigurationItemId item in down)
        {
            if (state.TryAdd(item, ImpactState.Down))
            {
                queue.Enqueue(item);
            }
        }

        foreach ((ConfigurationItemId group, (List<ConfigurationItemId> members, int minUp)) in groups)
        {
            if (minUp > members.Count && !state.ContainsKey(group))
            {
                state[group] = ImpactState.Down;
                queue.Enqueue(group);
            }
        }

        while (queue.Count > 0)
        {
            ConfigurationItemId u = queue.Dequeue();
            ImpactState s = state[u];
            if (impairs.TryGetValue(u, out List<ConfigurationItemId>? targets))
            {
                foreach (ConfigurationItemId v in targets)
                {
                    if (state.GetValueOrDefault(v) < s)
                    {
                        state[v] = s;
                        queue.Enqueue(v);
                    }
                }
            }

            if (groupsOf.TryGetValue(u, out List<ConfigurationItemId>? memberOf))
            {
                foreach (ConfigurationItemId g in memberOf)
                {
                    (List<ConfigurationItemId> members, int minUp) = groups[g];
                    int up = 0;
                    bool impaired = false;
                    foreach (ConfigurationItemId m in members)
                    {
                        ImpactState ms = state.GetValueOrDefault(m);
                        up += ms == ImpactState.Down ? 0 : 1;
                        impaired |= ms != ImpactState.Up;
                    }

                    ImpactState q = up < minUp ? ImpactState.Down : impaired ? ImpactState.Degraded : ImpactState.Up;
                    if (state.GetValueOrDefault(g) < q)
                    {
                        state[g] = q;
                        queue.Enqueue(g);
                    }
                }
            }
        }

        return state;
    }

    private static void Add(Dictionary<ConfigurationItemId, List<ConfigurationItemId>> map, ConfigurationItemId key, ConfigurationItemId value)
    {
        if (!map.TryGetValue(key, out List<ConfigurationItemId>? list))
        {
            map[key] = list = new List<ConfigurationItemId>(2);
        }

        list.Add(value);
    }
}
