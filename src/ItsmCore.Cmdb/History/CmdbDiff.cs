using System;
using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Cmdb;

/// <summary>
/// The difference between two snapshots (two instants, or two baselines): items and relationships added, removed
/// and (for items) changed, each list in id order. Relationships cannot change (their source, type and target are
/// fixed), so a relationship is either on both sides, added or removed. Immutable.
/// </summary>
public sealed class CmdbDiff
{
    private CmdbDiff(
        ConfigurationItemRecord[] itemsAdded,
        ConfigurationItemRecord[] itemsRemoved,
        ItemChange[] itemsChanged,
        Relationship[] relationshipsAdded,
        Relationship[] relationshipsRemoved)
    {
        ItemsAdded = itemsAdded;
        ItemsRemoved = itemsRemoved;
        ItemsChanged = itemsChanged;
        RelationshipsAdded = relationshipsAdded;
        RelationshipsRemoved = relationshipsRemoved;
    }

    /// <summary>Items only on the later side.</summary>
    public IReadOnlyList<ConfigurationItemRecord> ItemsAdded { get; }

    /// <summary>Items only on the earlier side.</summary>
    public IReadOnlyList<ConfigurationItemRecord> ItemsRemoved { get; }

    /// <summary>Items on both sides with different records.</summary>
    public IReadOnlyList<ItemChange> ItemsChanged { get; }

    /// <summary>Relationships only on the later side.</summary>
    public IReadOnlyList<Relationship> RelationshipsAdded { get; }

    /// <summary>Relationships only on the earlier side.</summary>
    public IReadOnlyList<Relationship> RelationshipsRemoved { get; }

    /// <summary>Whether both sides are the same.</summary>
    public bool IsEmpty => ItemsAdded.Count + ItemsRemoved.Count + ItemsChanged.Count + RelationshipsAdded.Count + RelationshipsRemoved.Count == 0;

    /// <summary>Compares two snapshots.</summary>
    /// <param name="before">The earlier side.</param>
    /// <param name="after">The later side.</param>
    /// <returns>The difference.</returns>
    public static CmdbDiff Between(CmdbSnapshot before, CmdbSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var added = new List<ConfigurationItemRecord>();
        var changed = new List<ItemChange>();
        foreach (ConfigurationItemRecord item in after.Items)
        {
            ConfigurationItemRecord? old = before.Find(item.Id);
            if (old is null)
            {
                added.Add(item);
            }
            else if (old != item)
            {
                changed.Add(new ItemChange(old, item, Fields(old, item)));
            }
        }

        ConfigurationItemRecord[] removed = before.Items.Where(i => after.Find(i.Id) is null).ToArray();
        var beforeIds = before.Relationships.Select(r => r.Id).ToHashSet();
        var afterIds = after.Relationships.Select(r => r.Id).ToHashSet();
        return new CmdbDiff(
            added.ToArray(),
            removed,
            changed.ToArray(),
            after.Relationships.Where(r => !beforeIds.Contains(r.Id)).ToArray(),
            before.Relationships.Where(r => !afterIds.Contains(r.Id)).ToArray());
    }

    private static string[] Fields(ConfigurationItemRecord a, ConfigurationItemRecord b)
    {
        var fields = new List<string>();
        void Check(bool same, string name)
        {
            if (!same)
            {
                fields.Add(name);
            }
        }

        Check(a.Name == b.Name, "name");
        Check(a.Class == b.Class, "class");
        Check(a.Status == b.Status, "status");
        Check(a.Version == b.Version, "version");
        Check(a.Location == b.Location, "location");
        Check(a.Owner == b.Owner, "owner");
        Check(a.Criticality == b.Criticality, "criticality");
        Check(a.SerialNumber == b.SerialNumber, "serialNumber");
        Check(a.Supplier == b.Supplier, "supplier");
        Check(a.AcquiredOn == b.AcquiredOn, "acquiredOn");
        Check(Equals(a.Quorum, b.Quorum), "group");
        foreach (string name in a.Attributes.Keys.Union(b.Attributes.Keys).OrderBy(n => n, StringComparer.Ordinal))
        {
            Check(a.Attributes.TryGetValue(name, out AttributeValue? x) && b.Attributes.TryGetValue(name, out AttributeValue? y) && x.Equals(y), "attributes." + name);
        }

        Check(Sequences.Equal(a.Contacts, b.Contacts), "contacts");
        Check(Sequences.Equal(a.Documents, b.Documents), "documents");
        return fields.ToArray();
    }
}
