using System;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Alerts.Tests;

/// <summary>Shared construction helpers: Tokyo instants, alerts, and a small CMDB.</summary>
internal static class TestData
{
    public static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Tokyo.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second)).ToInstant();

    public static Duration M(int minutes) => Duration.FromMinutes(minutes);

    public static Alert Alert(
        string id = "a1",
        string source = "zabbix",
        string check = "alive",
        string fingerprint = "fp",
        AlertSeverity severity = AlertSeverity.Major,
        string? ci = null,
        string message = "",
        Instant? raised = null,
        Duration? detection = null)
    {
        Instant r = raised ?? Jst(2026, 11, 21, 2, 10);
        return new Alert(id, source, check, fingerprint, severity, r, r + (detection ?? Duration.FromMinutes(1)))
        {
            ConfigurationItem = ci is null ? null : new ConfigurationItemId(ci),
            Message = message,
        };
    }

    public static TriageRule Rule(string id, TriageOutcome outcome, params AlertCondition[] conditions) =>
        new(id, 1, "rule " + id, conditions, outcome);

    public static TriageRuleSet Set(params TriageRule[] rules) => TriageRuleSet.Create("noc", 1, rules);

    /// <summary>Classes: device &lt;- server &lt;- vm; device &lt;- switch; pool; it-service (a business service).</summary>
    public static ClassCatalogue Classes { get; } = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("device", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("server", "device", Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("vm", "server", Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("switch", "device", Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("it-service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
    });

    /// <summary>
    /// Online sales depends on a web pool (web-1, web-2; at least <paramref name="minUp"/> up) and a load balancer (no
    /// redundancy); the pool runs on the database db-1; "reports" depends on db-1 too; sw-1 is a switch nothing uses.
    /// </summary>
    public static CmdbSnapshot Shop(int minUp = 1)
    {
        ConfigurationItemRecord Item(string id, string cls) => new(new ConfigurationItemId(id), id, cls);
        int n = 0;
        Relationship Rel(string source, RelationshipType type, string target) =>
            new(new RelationshipId("r" + ++n), new ConfigurationItemId(source), type.Name, new ConfigurationItemId(target));
        return CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default,
            new[]
            {
                Item("sales", "it-service"), Item("reports", "it-service"), Item("pool", "pool") with { Quorum = Quorum.Count(minUp) },
                Item("web-1", "vm"), Item("web-2", "vm"), Item("lb", "device"), Item("db-1", "server"), Item("sw-1", "switch"),
            },
            new[]
            {
                Rel("sales", RelationshipType.DependsOn, "pool"),
                Rel("sales", RelationshipType.DependsOn, "lb"),
                Rel("web-1", RelationshipType.MemberOf, "pool"),
                Rel("web-2", RelationshipType.MemberOf, "pool"),
                Rel("pool", RelationshipType.DependsOn, "db-1"),
                Rel("reports", RelationshipType.DependsOn, "db-1"),
            });
    }

    public static string[] Ids(System.Collections.Generic.IEnumerable<IncidentId> ids) => ids.Select(i => i.Value).ToArray();
}
