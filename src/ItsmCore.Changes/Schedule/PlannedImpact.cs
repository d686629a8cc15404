using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A change's planned impact as the rules read it: its affected CIs, the business services it leaves not Up (in id
/// order, with their hash codes sorted for lookups and intersections without a hash set per change) and the groups
/// it reaches (a member not Up), each with its members taken Down. Shared by the schedule's check and its assistant.
/// Immutable and thread-safe, except <see cref="BuildServiceFilter"/>, called once on a proposed change's plan before
/// it is used.
/// </summary>
internal sealed class PlannedImpact
{
    private const int FilterBits = 4096;
    private readonly EquatableArray<ConfigurationItemId> items;
    private ulong[]? filter;

    private PlannedImpact(CmdbGraph graph, ImpactResult impact, EquatableArray<ConfigurationItemId> items)
    {
        Graph = graph;
        Impact = impact;
        this.items = items;
        Selection = graph.Select(items);
        int count = impact.BusinessServiceCount;
        var services = new ConfigurationItemId[count];
        ServiceDown = new bool[count];
        for (int i = 0; i < count; i++)
        {
            ImpactedItem service = impact[i];
            services[i] = service.Id;
            ServiceDown[i] = service.State == ImpactState.Down;
        }

        ServiceIndex = count == 0 ? IdIndex.Empty : new IdIndex(services);
        List<GroupImpact>? reached = null;
        foreach (GroupImpact group in impact.Groups)
        {
            if (group.MembersImpaired > 0)
            {
                (reached ??= new List<GroupImpact>()).Add(group);
            }
        }

        if (reached is not null)
        {
            Groups = reached.ToArray();
            GroupIndex = new IdIndex(reached.Select(g => g.Group).ToArray());
        }
    }

    /// <summary>The change's affected CIs taken Down on the graph.</summary>
    public static PlannedImpact Of(ScheduledChange change, CmdbGraph graph) =>
        new(graph, graph.Impact(change.AffectedItems, Array.Empty<ConfigurationItemId>()), change.AffectedItems);

    public CmdbGraph Graph { get; }

    public ImpactResult Impact { get; }

    /// <summary>The affected CIs resolved on <see cref="Graph"/>.</summary>
    public CmdbSelection Selection { get; }

    /// <summary>The business services not Up, in id order.</summary>
    public ConfigurationItemId[] Services => ServiceIndex.Ids;

    /// <summary>The services, with their hash codes.</summary>
    public IdIndex ServiceIndex { get; }

    /// <summary>Whether the service at the same position is Down.</summary>
    public bool[] ServiceDown { get; }

    /// <summary>The groups reached (a member not Up), in id order; empty when none is.</summary>
    public GroupImpact[] Groups { get; } = [];

    /// <summary>Their ids, with their hash codes.</summary>
    public IdIndex GroupIndex { get; } = IdIndex.Empty;

    /// <summary>A group this plan reaches, or null.</summary>
    public GroupImpact? GroupReached(ConfigurationItemId group) => GroupIndex.IndexOf(group) is var i and >= 0 ? Groups[i] : null;

    private static (int X, int Y) FilterBitsOf(int hash) => (hash & (FilterBits - 1), (hash >>> 20) & (FilterBits - 1));

    public bool HasItem(ConfigurationItemId id)
    {
        foreach (ConfigurationItemId item in items)
        {
            if (item == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Builds a 4,096-bit filter of this plan's service hash codes (two bits each), so that <see cref="CommonServices"/>
    /// rejects most of another plan's services with two bit tests. For the proposed change of a check only (the
    /// plans kept in the schedule do not carry one).
    /// </summary>
    public void BuildServiceFilter()
    {
        filter = new ulong[FilterBits / 64];
        foreach (int hash in ServiceIndex.Hashes)
        {
            (int x, int y) = FilterBitsOf(hash);
            filter[x >> 6] |= 1UL << x;
            filter[y >> 6] |= 1UL << y;
        }
    }

    /// <summary>This plan's services that the other's are also, in id order; null when none is.</summary>
    public List<ConfigurationItemId>? CommonServices(PlannedImpact other)
    {
        if (filter is { } bits)
        {
            List<ConfigurationItemId>? found = null;
            IdIndex theirs = other.ServiceIndex;
            for (int j = 0; j < theirs.Count; j++)
            {
                (int x, int y) = FilterBitsOf(theirs.Hashes[j]);
                if ((bits[x >> 6] & (1UL << x)) != 0 && (bits[y >> 6] & (1UL << y)) != 0 && ServiceIndex.IndexOf(theirs.Ids[j], theirs.Hashes[j]) >= 0)
                {
                    (found ??= new List<ConfigurationItemId>()).Add(theirs.Ids[j]);
                }
            }

            return found;
        }

        var common = new List<(int Here, int There)>();
        ServiceIndex.Intersect(other.ServiceIndex, common);
        return common.Count == 0 ? null : common.ConvertAll(p => Services[p.Here]);
    }
}
