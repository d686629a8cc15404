using System.Collections.Generic;
using System.Linq;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Benchmarks.Baseline;

/// <summary>
/// The naive schedule check, as the benchmark baseline: a list of changes scanned pair by pair (the proposed change
/// against every scheduled one, no interval index) and, for each overlapping pair, the planned impacts computed on the
/// spot with <see cref="NaiveImpactGraph"/> (nothing precomputed): the proposed change's, the other's and the pair's
/// together. It reports the same pair rules (same item, related item by impairment or common service, double booking)
/// and pair combined outages (a service Down together and Down under neither alone); it counts conflicts.
/// </summary>
public sealed class NaiveScheduleScan(IReadOnlyList<ScheduledChange> changes, NaiveImpactGraph graph, CmdbSnapshot snapshot)
{
    public int Check(ScheduledChange proposed)
    {
        int conflicts = 0;
        Dictionary<ConfigurationItemId, ImpactState>? mine = null;
        foreach (ScheduledChange other in changes)
        {
            if (other.Id == proposed.Id || other.Window.Start >= proposed.Window.End || proposed.Window.Start >= other.Window.End)
            {
                continue;
            }

            mine ??= graph.Impact(proposed.AffectedItems);
            Dictionary<ConfigurationItemId, ImpactState> theirs = graph.Impact(other.AffectedItems);
            if (proposed.AffectedItems.Any(other.AffectedItems.Contains))
            {
                conflicts++;
            }
            else if (other.AffectedItems.Any(mine.ContainsKey) || proposed.AffectedItems.Any(theirs.ContainsKey)
                || mine.Keys.Any(k => theirs.ContainsKey(k) && IsService(k)))
            {
                conflicts++;
            }

            conflicts += proposed.Implementers.Count(other.Implementers.Contains);
            Dictionary<ConfigurationItemId, ImpactState> together = graph.Impact(proposed.AffectedItems.Concat(other.AffectedItems));
            conflicts += together.Count(p => p.Value == ImpactState.Down && IsService(p.Key)
                && mine.GetValueOrDefault(p.Key) != ImpactState.Down && theirs.GetValueOrDefault(p.Key) != ImpactState.Down);
        }

        return conflicts;
    }

    private bool IsService(ConfigurationItemId id) => snapshot.IsBusinessService(snapshot.Find(id)!);
}
