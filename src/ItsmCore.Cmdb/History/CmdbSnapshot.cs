using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// The CMDB as it stood at one instant (or as built in code): the class and relationship-type catalogues, the items
/// (ordinal id order) and the relationships between them (id order). Every relationship's ends exist and its type
/// is in the catalogue; a member-of relationship points at a group, never at its source. Immutable and thread-safe.
/// Compile it into a <see cref="CmdbGraph"/> for impact analysis.
/// </summary>
public sealed class CmdbSnapshot
{
    private readonly ConfigurationItemRecord[] items;
    private readonly Relationship[] relationships;
    private readonly Dictionary<ConfigurationItemId, int> index;
    private readonly Dictionary<ConfigurationItemId, Instant>? firstRecorded;
    private Dictionary<ConfigurationItemId, ConfigurationItemId[]>? memberships;

    internal CmdbSnapshot(
        ClassCatalogue classes,
        RelationshipTypeCatalogue relationshipTypes,
        ConfigurationItemRecord[] items,
        Relationship[] relationships,
        Instant? validAt,
        Instant? knownAt,
        Dictionary<ConfigurationItemId, Instant>? firstRecorded)
    {
        Classes = classes;
        RelationshipTypes = relationshipTypes;
        Array.Sort(items, (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        Array.Sort(relationships, (a, b) => string.CompareOrdinal(a.Id.Value, b.Id.Value));
        this.items = items;
        this.relationships = relationships;
        index = new Dictionary<ConfigurationItemId, int>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            index[items[i].Id] = i;
        }

        ValidAt = validAt;
        KnownAt = knownAt;
        this.firstRecorded = firstRecorded;
    }

    /// <summary>The class catalogue.</summary>
    public ClassCatalogue Classes { get; }

    /// <summary>The relationship-type catalogue.</summary>
    public RelationshipTypeCatalogue RelationshipTypes { get; }

    /// <summary>The items, in ordinal id order.</summary>
    public IReadOnlyList<ConfigurationItemRecord> Items => items;

    /// <summary>The relationships, in ordinal id order.</summary>
    public IReadOnlyList<Relationship> Relationships => relationships;

    /// <summary>The valid-time instant of a snapshot taken from a history; null for one built in code.</summary>
    public Instant? ValidAt { get; }

    /// <summary>The recorded-time instant of a snapshot taken from a history; null for one built in code.</summary>
    public Instant? KnownAt { get; }

    /// <summary>
    /// Builds a snapshot in code. Member-of relationships pointing at an item that is not a group are left out
    /// (DESIGN.md); anything else that is wrong is rejected.
    /// </summary>
    /// <param name="classes">The class catalogue.</param>
    /// <param name="relationshipTypes">The relationship-type catalogue.</param>
    /// <param name="items">The items; ids distinct, classes in the catalogue.</param>
    /// <param name="relationships">The relationships; ids distinct, types in the catalogue, ends among the items, member of never pointing at its source.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="CmdbFormatException">Every problem found, with paths <c>$.items[i]</c> and <c>$.relationships[j]</c> into the sequences given.</exception>
    public static CmdbSnapshot Create(
        ClassCatalogue classes,
        RelationshipTypeCatalogue relationshipTypes,
        IEnumerable<ConfigurationItemRecord> items,
        IEnumerable<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        ConfigurationItemRecord[] itemArray = Sequences.Copy(items, nameof(items));
        Relationship[] relationshipArray = Sequences.Copy(relationships, nameof(relationships));
        var problems = new List<CmdbFormatProblem>();
        var byId = new Dictionary<ConfigurationItemId, ConfigurationItemRecord>(itemArray.Length);
        for (int i = 0; i < itemArray.Length; i++)
        {
            ConfigurationItemRecord item = itemArray[i];
            if (!byId.TryAdd(item.Id, item))
            {
                problems.Add(new CmdbFormatProblem($"$.items[{i}].id", $"item '{item.Id}' appears twice"));
            }

            if (!classes.Contains(item.Class))
            {
                problems.Add(new CmdbFormatProblem($"$.items[{i}].class", $"class '{item.Class}' is not in the catalogue"));
            }
        }

        var relationshipIds = new HashSet<RelationshipId>();
        var kept = new List<Relationship>(relationshipArray.Length);
        for (int j = 0; j < relationshipArray.Length; j++)
        {
            Relationship r = relationshipArray[j];
            string path = $"$.relationships[{j}]";
            if (!relationshipIds.Add(r.Id))
            {
                problems.Add(new CmdbFormatProblem(path + ".id", $"relationship '{r.Id}' appears twice"));
            }

            RelationshipType? type = relationshipTypes.Find(r.Type);
            if (type is null)
            {
                problems.Add(new CmdbFormatProblem(path + ".type", $"relationship type '{r.Type}' is not in the catalogue"));
            }

            bool ends = true;
            if (!byId.ContainsKey(r.Source))
            {
                problems.Add(new CmdbFormatProblem(path + ".source", $"item '{r.Source}' does not exist"));
                ends = false;
            }

            if (!byId.TryGetValue(r.Target, out ConfigurationItemRecord? target))
            {
                problems.Add(new CmdbFormatProblem(path + ".target", $"item '{r.Target}' does not exist"));
                ends = false;
            }

            if (type is { IsMembership: true } && r.Source == r.Target)
            {
                problems.Add(new CmdbFormatProblem(path + ".target", "an item cannot be a member of itself"));
            }
            else if (ends && type is not null && (!type.IsMembership || target!.IsGroup))
            {
                kept.Add(r);
            }
        }

        return problems.Count > 0
            ? throw new CmdbFormatException(problems)
            : new CmdbSnapshot(classes, relationshipTypes, itemArray, kept.ToArray(), null, null, null);
    }

    /// <summary>The item with this id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The item, or null when it does not exist in the snapshot.</returns>
    public ConfigurationItemRecord? Find(ConfigurationItemId id) => index.TryGetValue(id, out int i) ? items[i] : null;

    /// <summary>The position of an item in <see cref="Items"/> (the compiled graph's node number).</summary>
    internal bool TryIndexOf(ConfigurationItemId id, out int position) => index.TryGetValue(id, out position);

    /// <summary>When the history first recorded anything about the item (as known at <see cref="KnownAt"/>): the item's record date.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The instant, or null for an item not in the snapshot or a snapshot built in code.</returns>
    public Instant? FirstRecordedAt(ConfigurationItemId id) =>
        firstRecorded is not null && index.ContainsKey(id) && firstRecorded.TryGetValue(id, out Instant at) ? at : null;

    /// <summary>Whether the item is a business service (its class is, or inherits from, <c>business-service</c>).</summary>
    /// <param name="item">The item.</param>
    /// <returns>True for a business service.</returns>
    public bool IsBusinessService(ConfigurationItemRecord item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Classes.IsBusinessService(item.Class);
    }

    /// <summary>The distinct members of a redundancy group in this snapshot (items with a member-of relationship to it), in id order.</summary>
    /// <param name="group">The group's id.</param>
    /// <returns>The members; empty for an item that is not a group.</returns>
    public IReadOnlyList<ConfigurationItemId> MembersOf(ConfigurationItemId group) =>
        Memberships.TryGetValue(group, out ConfigurationItemId[]? members) ? members : Array.Empty<ConfigurationItemId>();

    // Built on first use, once for all groups (thread-safe; a race builds it twice and keeps one).
    private Dictionary<ConfigurationItemId, ConfigurationItemId[]> Memberships =>
        LazyInitializer.EnsureInitialized(ref memberships, () => relationships
            .Where(r => RelationshipTypes.Find(r.Type)!.IsMembership)
            .GroupBy(r => r.Target)
            .ToDictionary(g => g.Key, g => g.Select(r => r.Source).Distinct().OrderBy(id => id.Value, StringComparer.Ordinal).ToArray()));
}
