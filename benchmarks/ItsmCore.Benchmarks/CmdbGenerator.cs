using System;
using System.Collections.Generic;
using System.Globalization;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Benchmarks;

/// <summary>
/// A seeded CMDB of a large provider, scaled to <c>items</c> CIs with about three relationships per CI:
/// business services (3 %) depending on six applications each; applications (15 %) running on one pool and depending
/// on two more; pools (12 %) of 2-8 virtual machines with a quorum (a count, or 50 / 60 / 66.67 / 75 / 100 %);
/// virtual machines (about 60 %) hosted on a host, member of their pool and depending on two further hosts (storage,
/// network); hosts (the rest); and four storage arrays that 500, 1,000, 2,000 and 4,000 virtual machines depend on
/// (the hubs whose downstream closures the impact benchmark picks from). Every fact is valid and recorded from
/// <see cref="T0"/>; <see cref="History"/> adds a second generation at <see cref="T1"/>.
/// </summary>
public static class CmdbGenerator
{
    public static readonly Instant T0 = Instant.FromUtc(2026, 1, 1, 0, 0);
    public static readonly Instant T1 = Instant.FromUtc(2026, 6, 1, 0, 0);

    public static readonly int[] HubFanOuts = { 500, 1000, 2000, 4000 };

    public static readonly ClassCatalogue Classes = ClassCatalogue.Create(new[]
    {
        new ConfigurationItemClass("service", ConfigurationItemClass.BusinessServiceName, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("application", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("pool", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("vm", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("host", null, Array.Empty<AttributeDefinition>()),
        new ConfigurationItemClass("storage", null, Array.Empty<AttributeDefinition>()),
    });

    private static readonly decimal[] Percentages = { 50m, 60m, 66.67m, 75m, 100m };

    /// <summary>The items and relationships.</summary>
    public static (List<ConfigurationItemRecord> Items, List<Relationship> Relationships) Generate(int items, int seed = 20261206)
    {
        var random = new Random(seed);
        int services = Math.Max(1, items * 3 / 100);
        int applications = Math.Max(1, items * 15 / 100);
        int pools = Math.Max(1, items * 12 / 100);
        var poolSizes = new int[pools];
        int vms = 0;
        for (int p = 0; p < pools; p++)
        {
            poolSizes[p] = random.Next(2, 9);
            vms += poolSizes[p];
        }

        int hosts = Math.Max(1, items - services - applications - pools - vms - HubFanOuts.Length);
        var list = new List<ConfigurationItemRecord>(items);
        var relationships = new List<Relationship>(3 * items + 10_000);
        ConfigurationItemId[] Add(string prefix, int count, string className, Func<int, Quorum?>? quorum = null)
        {
            var ids = new ConfigurationItemId[count];
            for (int i = 0; i < count; i++)
            {
                string text = prefix + i.ToString(CultureInfo.InvariantCulture);
                ids[i] = new ConfigurationItemId(text);
                list.Add(new ConfigurationItemRecord(ids[i], text, className) { Quorum = quorum?.Invoke(i) });
            }

            return ids;
        }

        ConfigurationItemId[] serviceIds = Add("s", services, "service");
        ConfigurationItemId[] applicationIds = Add("a", applications, "application");
        ConfigurationItemId[] poolIds = Add("p", pools, "pool", p => random.Next(2) == 0
            ? Quorum.Count(random.Next(1, poolSizes[p] + 1))
            : Quorum.Percentage(Percentages[random.Next(Percentages.Length)]));
        ConfigurationItemId[] vmIds = Add("v", vms, "vm");
        ConfigurationItemId[] hostIds = Add("h", hosts, "host");
        ConfigurationItemId[] hubIds = Add("storage", HubFanOuts.Length, "storage");
        int next = 0;
        void Relate(ConfigurationItemId source, RelationshipType type, ConfigurationItemId target) =>
            relationships.Add(new Relationship(new RelationshipId("r" + (next++).ToString(CultureInfo.InvariantCulture)), source, type.Name, target));

        foreach (ConfigurationItemId s in serviceIds)
        {
            for (int k = 0; k < 6; k++)
            {
                Relate(s, RelationshipType.DependsOn, applicationIds[random.Next(applications)]);
            }
        }

        foreach (ConfigurationItemId a in applicationIds)
        {
            Relate(a, RelationshipType.RunsOn, poolIds[random.Next(pools)]);
            Relate(a, RelationshipType.DependsOn, poolIds[random.Next(pools)]);
            Relate(a, RelationshipType.DependsOn, poolIds[random.Next(pools)]);
        }

        int vm = 0;
        for (int p = 0; p < pools; p++)
        {
            for (int m = 0; m < poolSizes[p]; m++, vm++)
            {
                Relate(vmIds[vm], RelationshipType.MemberOf, poolIds[p]);
                Relate(vmIds[vm], RelationshipType.HostedOn, hostIds[random.Next(hosts)]);
                Relate(vmIds[vm], RelationshipType.DependsOn, hostIds[random.Next(hosts)]);
                Relate(vmIds[vm], RelationshipType.DependsOn, hostIds[random.Next(hosts)]);
            }
        }

        for (int h = 0; h < HubFanOuts.Length; h++)
        {
            for (int k = 0; k < Math.Min(HubFanOuts[h], vms); k++)
            {
                Relate(vmIds[random.Next(vms)], RelationshipType.DependsOn, hubIds[h]);
            }
        }

        return (list, relationships);
    }

    /// <summary>The generated CMDB as a snapshot.</summary>
    public static CmdbSnapshot Snapshot(int items)
    {
        (List<ConfigurationItemRecord> list, List<Relationship> relationships) = Generate(items);
        return CmdbSnapshot.Create(Classes, RelationshipTypeCatalogue.Default, list, relationships);
    }

    /// <summary>
    /// The generated CMDB as a history: everything from <see cref="T0"/>, then at <see cref="T1"/> a tenth of the items
    /// re-recorded with a new version, one relationship in twenty retracted and as many new ones added.
    /// </summary>
    public static CmdbHistory History(int items)
    {
        (List<ConfigurationItemRecord> list, List<Relationship> relationships) = Generate(items);
        var facts = new List<CmdbFact>(list.Count + relationships.Count + (list.Count / 5));
        foreach (ConfigurationItemRecord item in list)
        {
            facts.Add(CmdbFact.ForItem(item, T0, null, T0));
        }

        foreach (Relationship r in relationships)
        {
            facts.Add(CmdbFact.ForRelationship(r, T0, null, T0));
        }

        var random = new Random(7);
        for (int i = 0; i < list.Count; i += 10)
        {
            facts.Add(CmdbFact.ForItem(list[i] with { Version = "2" }, T1, null, T1));
        }

        for (int i = 0; i < relationships.Count; i += 20)
        {
            Relationship old = relationships[i];
            if (old.Type == RelationshipType.MemberOf.Name)
            {
                continue;
            }

            facts.Add(CmdbFact.RelationshipRetraction(old.Id, T1, null, T1));
            facts.Add(CmdbFact.ForRelationship(new Relationship(new RelationshipId(old.Id.Value + "b"), old.Source, old.Type, list[random.Next(list.Count)].Id), T1, null, T1));
        }

        return CmdbHistory.Create(Classes, RelationshipTypeCatalogue.Default).Append(facts);
    }

    /// <summary>The item count: ITSMCORE_CMDB_ITEMS when set (for a quick sanity run), else 1,000,000.</summary>
    public static int ItemCount()
    {
        string? text = Environment.GetEnvironmentVariable("ITSMCORE_CMDB_ITEMS");
        return string.IsNullOrEmpty(text) ? 1_000_000 : int.Parse(text, CultureInfo.InvariantCulture);
    }
}
