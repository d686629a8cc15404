using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// A seeded change schedule on the generated CMDB (<see cref="CmdbGenerator"/>): <c>count</c> changes over 2027, each
/// starting on a random minute with a window of 30 minutes to 4 hours, 1-3 affected CIs drawn from the applications,
/// virtual machines and hosts, one implementer of 200. The proposed change takes three hosts out for two hours at
/// mid-year (its planned impact is kept at most 1,000 CIs), so about 50 scheduled changes overlap it at 100,000.
/// Planted among them (replacing generated changes, scaled with the count, at least one each): changes on a virtual
/// machine that shares a pool with one the proposed change takes Down (combined-outage candidates) and changes on an
/// application the proposed change impairs (related items with a chain).
/// </summary>
public static class ChangeScheduleGenerator
{
    public static readonly Instant YearStart = Instant.FromUtc(2027, 1, 1, 0, 0);

    public static (ScheduledChange[] Changes, ScheduledChange Proposed) Generate(CmdbSnapshot snapshot, CmdbGraph graph, int count, int seed = 20270101)
    {
        var random = new Random(seed);
        ConfigurationItemId[] candidates = snapshot.Items
            .Where(i => i.Class is "application" or "vm" or "host")
            .Select(i => i.Id)
            .ToArray();
        ConfigurationItemId[] hosts = snapshot.Items.Where(i => i.Class == "host").Select(i => i.Id).ToArray();
        var changes = new List<ScheduledChange>(count);
        for (int i = 0; i < count; i++)
        {
            Instant start = YearStart + Duration.FromMinutes(random.Next(365 * 24 * 60));
            var items = new HashSet<ConfigurationItemId>();
            int n = random.Next(1, 4);
            while (items.Count < n)
            {
                items.Add(candidates[random.Next(candidates.Length)]);
            }

            changes.Add(new ScheduledChange(Id(i), null, items, start, start + Duration.FromMinutes(random.Next(30, 241)), Duration.Zero,
                new[] { "p" + random.Next(200).ToString(CultureInfo.InvariantCulture) }));
        }

        Instant at = YearStart + Duration.FromDays(182) + Duration.FromHours(1);
        ScheduledChange proposed;
        ImpactResult impact;
        do
        {
            var picked = new HashSet<ConfigurationItemId>();
            while (picked.Count < 3)
            {
                picked.Add(hosts[random.Next(hosts.Length)]);
            }

            proposed = new ScheduledChange(new ChangeId("proposed"), ChangeClass.Stability, picked, at, at + Duration.FromHours(2), Duration.Zero, new[] { "p0" });
            impact = graph.Impact(picked, Array.Empty<ConfigurationItemId>());
        }
        while (impact.Count > 1000);

        ConfigurationItemId[] downVms = impact.Where(x => x.State == ImpactState.Down && snapshot.Find(x.Id)!.Class == "vm").Select(x => x.Id).ToArray();
        ConfigurationItemId[] siblings = downVms
            .SelectMany(vm => snapshot.Relationships.Where(r => r.Source == vm && r.Type == RelationshipType.MemberOf.Name).Select(r => r.Target))
            .SelectMany(pool => snapshot.MembersOf(pool))
            .Where(m => impact.StateOf(m) == ImpactState.Up)
            .Distinct()
            .ToArray();
        ConfigurationItemId[] impairedApps = impact.Where(x => snapshot.Find(x.Id)!.Class == "application").Select(x => x.Id).ToArray();
        int planted = Math.Max(1, count / 25_000);
        for (int k = 0; k < planted; k++)
        {
            Instant start = at + Duration.FromMinutes(random.Next(-60, 110));
            changes[random.Next(count)] = new ScheduledChange(Id(count + k), null, new[] { siblings[random.Next(siblings.Length)] }, start, start + Duration.FromMinutes(60));
            changes[random.Next(count)] = new ScheduledChange(Id(count + planted + k), null, new[] { impairedApps[random.Next(impairedApps.Length)] }, start, start + Duration.FromMinutes(60));
        }

        return (changes.DistinctBy(c => c.Id).ToArray(), proposed);
    }

    private static ChangeId Id(int i) => new("CHG-" + i.ToString(CultureInfo.InvariantCulture));
}
