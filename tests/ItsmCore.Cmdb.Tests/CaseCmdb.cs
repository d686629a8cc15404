using System;
using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb.Tests;

/// <summary>
/// The CI set of the domain brief's cases (case 10's list: load balancer, two web/AP servers, two DB servers,
/// firewall, external supplier interfaces for the payment network and the monitoring vendor) plus case 10's tape
/// library of four units, as a history starting 2025-04-01 (Asia/Tokyo operations).
/// </summary>
internal static class CaseCmdb
{
    public static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static readonly Instant Start = Instant.FromUtc(2025, 3, 31, 15, 0); // 2025-04-01 00:00 JST

    public static readonly ClassCatalogue Classes = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("it-service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("device", null, new[] { new AttributeDefinition("maker", AttributeType.Text, true), new AttributeDefinition("model", AttributeType.Text, true) }),
        new ConfigurationItemClass("network-appliance", "device", Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("server", "device", new[] { new AttributeDefinition("os", AttributeType.Text, true), new AttributeDefinition("purpose", AttributeType.Text, true) }),
        new ConfigurationItemClass("tape-unit", "device", Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("redundancy-group", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("supplier-interface", null, new[] { new AttributeDefinition("endpoint", AttributeType.Text, true) }),
    });

    public static CmdbHistory History()
    {
        var items = new List<ConfigurationItemRecord>
        {
            Service("svc-sales", "Online sales"),
            Service("svc-payment", "Payment integration"),
            Service("svc-monitoring", "Monitoring"),
            Service("svc-backup", "Backup"),
            Device("lb-1", "Load balancer", "network-appliance", "F5", "BIG-IP i2600"),
            Device("fw-1", "Firewall", "network-appliance", "Fortinet", "FortiGate 200F"),
            Server("web-1", "Web/AP server 1", "web and application"),
            Server("web-2", "Web/AP server 2", "web and application"),
            Server("db-1", "DB server 1", "database primary"),
            Server("db-2", "DB server 2", "database standby"),
            Group("app-pool", "Web/AP pool", Quorum.Count(1)),
            Group("db-cluster", "DB cluster", Quorum.Count(1)),
            Interface("if-payment", "Payment network interface", "Payment network operator", "https://gw.payment.example/api"),
            Interface("if-monitoring", "Monitoring vendor interface", "Monitoring vendor", "https://monitor.example/agent"),
            Group("tape-lib", "Tape library", Quorum.Percentage(75)),
        };
        for (int i = 1; i <= 4; i++)
        {
            items.Add(Device($"tape-{i}", $"Tape unit {i}", "tape-unit", "IBM", "TS2280") with
            {
                AcquiredOn = new LocalDate(2019, 4, 1),
                SerialNumber = $"TS-{i:0000}",
                Contacts = new[]
                {
                    new Contact(ContactRoles.MaintenanceContractor, "Tape Maintenance Co.", "03-1111-2222", new ContactVerification(At(2024, 10, 1), Actor.Of("ops.sato"), VerificationOutcome.Reachable)),
                    new Contact(ContactRoles.Manufacturer, "Tape Maker Support", "0120-000-000", null),
                },
            });
        }

        var relationships = new List<Relationship>
        {
            Rel("svc-sales", RelationshipType.DependsOn, "app-pool"),
            Rel("svc-payment", RelationshipType.DependsOn, "app-pool"),
            Rel("svc-payment", RelationshipType.DependsOn, "if-payment"),
            Rel("svc-monitoring", RelationshipType.ProvidedBy, "if-monitoring"),
            Rel("svc-backup", RelationshipType.DependsOn, "tape-lib"),
            Rel("app-pool", RelationshipType.DependsOn, "lb-1"),
            Rel("lb-1", RelationshipType.DependsOn, "fw-1"),
            Rel("if-payment", RelationshipType.DependsOn, "fw-1"),
            Rel("if-monitoring", RelationshipType.DependsOn, "fw-1"),
            Rel("web-1", RelationshipType.MemberOf, "app-pool"),
            Rel("web-2", RelationshipType.MemberOf, "app-pool"),
            Rel("web-1", RelationshipType.DependsOn, "db-cluster"),
            Rel("web-2", RelationshipType.DependsOn, "db-cluster"),
            Rel("db-1", RelationshipType.MemberOf, "db-cluster"),
            Rel("db-2", RelationshipType.MemberOf, "db-cluster"),
        };
        for (int i = 1; i <= 4; i++)
        {
            relationships.Add(Rel($"tape-{i}", RelationshipType.MemberOf, "tape-lib"));
        }

        var facts = new List<CmdbFact>();
        foreach (ConfigurationItemRecord item in items)
        {
            facts.Add(CmdbFact.ForItem(item, Start, null, Start));
        }

        foreach (Relationship r in relationships)
        {
            facts.Add(CmdbFact.ForRelationship(r, Start, null, Start));
        }

        return CmdbHistory.Create(Classes, RelationshipTypeCatalogue.Default).Append(facts);
    }

    public static Instant At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Tokyo).ToInstant();

    public static ConfigurationItemId Id(string id) => new(id);

    private static Relationship Rel(string source, RelationshipType type, string target) =>
        new(new RelationshipId($"{source}:{type.Name.Replace(' ', '-')}:{target}"), Id(source), type.Name, Id(target));

    private static ConfigurationItemRecord Service(string id, string name) => new(Id(id), name, "it-service") { Criticality = BusinessCriticality.High };

    private static ConfigurationItemRecord Group(string id, string name, Quorum quorum) => new(Id(id), name, "redundancy-group") { Quorum = quorum };

    private static ConfigurationItemRecord Device(string id, string name, string className, string maker, string model) =>
        new ConfigurationItemRecord(Id(id), name, className) { Location = "Tokyo DC" }
            .WithAttribute("maker", AttributeValue.Of(maker))
            .WithAttribute("model", AttributeValue.Of(model));

    private static ConfigurationItemRecord Server(string id, string name, string purpose) =>
        Device(id, name, "server", "Fujitsu", "PRIMERGY RX2540")
            .WithAttribute("os", AttributeValue.Of("Red Hat Enterprise Linux 9"))
            .WithAttribute("purpose", AttributeValue.Of(purpose)) with
        {
            Contacts = new[] { new Contact(ContactRoles.Owner, "Infrastructure team", "ext. 4100", new ContactVerification(At(2026, 1, 15), Actor.Of("ops.ito"), VerificationOutcome.Reachable)) },
        };

    private static ConfigurationItemRecord Interface(string id, string name, string supplier, string endpoint) =>
        new ConfigurationItemRecord(Id(id), name, "supplier-interface") { Supplier = supplier, Criticality = BusinessCriticality.Critical }
            .WithAttribute("endpoint", AttributeValue.Of(endpoint));
}
