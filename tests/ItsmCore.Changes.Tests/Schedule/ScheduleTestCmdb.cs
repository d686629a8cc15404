using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>Small CMDBs and changes for the schedule tests (servers, pools with quorums, services depending on them).</summary>
internal static class ScheduleTestCmdb
{
    public static readonly Instant Day = Instant.FromUtc(2026, 3, 2, 0, 0);

    private static readonly ClassCatalogue Classes = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("server", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("it-service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
    });

    public static ConfigurationItemId Ci(string id) => new(id);

    public static Instant Minute(int minute) => Day + Duration.FromMinutes(minute);

    public static ScheduledChange Change(string id, int from, int to, string[] items, string[]? implementers = null, int outageMinutes = 0, ChangeClass? cls = null) =>
        new(new ChangeId(id), cls, items.Select(Ci), Minute(from), Minute(to), Duration.FromMinutes(outageMinutes), implementers);

    /// <summary>
    /// Builds a graph: servers, pools (id with its quorum count), services, "depends on" edges (source, target) and
    /// "member of" edges (member, pool).
    /// </summary>
    public static CmdbGraph Graph(
        IEnumerable<string> servers,
        IEnumerable<(string Id, int MinUp)> pools,
        IEnumerable<string> services,
        IEnumerable<(string Source, string Target)> dependsOn,
        IEnumerable<(string Member, string Pool)> memberOf)
    {
        var items = new List<ConfigurationItemRecord>();
        items.AddRange(servers.Select(s => new ConfigurationItemRecord(Ci(s), s, "server")));
        items.AddRange(pools.Select(p => new ConfigurationItemRecord(Ci(p.Id), p.Id, "pool") with { Quorum = ItsmCore.Cmdb.Quorum.Count(p.MinUp) }));
        items.AddRange(services.Select(s => new ConfigurationItemRecord(Ci(s), s, "it-service")));
        int n = 0;
        var relationships = new List<Relationship>();
        foreach ((string source, string target) in dependsOn)
        {
            relationships.Add(new Relationship(new RelationshipId("r" + n++), Ci(source), RelationshipType.DependsOn.Name, Ci(target)));
        }

        foreach ((string member, string pool) in memberOf)
        {
            relationships.Add(new Relationship(new RelationshipId("r" + n++), Ci(member), RelationshipType.MemberOf.Name, Ci(pool)));
        }

        return CmdbGraph.Compile(CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, items, relationships));
    }

    /// <summary>Freeze periods per service, half-open; a test implementation of the port, not a stub.</summary>
    public sealed class FreezeTable(IReadOnlyDictionary<string, (int From, int To)[]> freezes) : IErrorBudgetDecisions
    {
        public bool IsFrozen(ConfigurationItemId service, Instant at) =>
            freezes.TryGetValue(service.Value, out (int From, int To)[]? periods) && periods.Any(p => Minute(p.From) <= at && at < Minute(p.To));
    }

    /// <summary>Measured downtime of one service in one period; a test implementation of the port that fails on any other period.</summary>
    public sealed class DowntimeTable(string service, Interval period, Duration downtime) : IMeasuredDowntime
    {
        public Duration DowntimeIn(ConfigurationItemId item, Interval asked) => asked != period
            ? throw new InvalidOperationException($"Asked for {asked}, expected {period}.")
            : item.Value == service ? downtime : Duration.Zero;
    }
}
