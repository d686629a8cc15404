using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// The bi-temporal, append-only history of a CMDB (DESIGN.md "CMDB semantics"): a log of <see cref="CmdbFact"/>s
/// over fixed class and relationship-type catalogues, plus named <see cref="Baseline"/>s.
/// </summary>
/// <remarks>
/// <para>
/// For one item, attribute or relationship, a later-recorded fact replaces earlier ones over its valid interval; a
/// fact with no value retracts; facts recorded at the same instant are ordered by the log. An item fact states the
/// whole record, so for one attribute the latest of the item facts and that attribute's facts wins.
/// "As of t as known at k" (<see cref="AsOf(Instant, Instant)"/>) takes the facts valid at t among those recorded at
/// or before k; a relationship is left out when either end does not exist at t, and a member-of relationship when its
/// target is not a group at t.
/// </para>
/// <para>
/// Immutable and thread-safe: <see cref="Append"/> and <see cref="WithBaseline"/> return a new history and check the
/// whole batch first, so a rejected batch changes nothing.
/// </para>
/// </remarks>
public sealed class CmdbHistory
{
    private readonly CmdbFact[] facts;
    private readonly Baseline[] baselines;
    private readonly Dictionary<ConfigurationItemId, List<int>> itemFacts = new();
    private readonly Dictionary<ConfigurationItemId, List<int>> attributeFacts = new();
    private readonly Dictionary<RelationshipId, List<int>> relationshipFacts = new();
    private readonly Dictionary<RelationshipId, Relationship> relationshipShapes = new();

    private CmdbHistory(ClassCatalogue classes, RelationshipTypeCatalogue relationshipTypes, CmdbFact[] facts, Baseline[] baselines)
    {
        Classes = classes;
        RelationshipTypes = relationshipTypes;
        this.facts = facts;
        this.baselines = baselines;
        for (int i = 0; i < facts.Length; i++)
        {
            CmdbFact fact = facts[i];
            switch (fact.Kind)
            {
                case CmdbFactKind.Item:
                    Add(itemFacts, fact.ItemId, i);
                    break;
                case CmdbFactKind.Attribute:
                    Add(attributeFacts, fact.ItemId, i);
                    break;
                default:
                    Add(relationshipFacts, fact.RelationshipId, i);
                    if (fact.Relationship is { } r)
                    {
                        relationshipShapes.TryAdd(r.Id, r);
                    }

                    break;
            }
        }
    }

    /// <summary>The class catalogue.</summary>
    public ClassCatalogue Classes { get; }

    /// <summary>The relationship-type catalogue.</summary>
    public RelationshipTypeCatalogue RelationshipTypes { get; }

    /// <summary>Every fact, in log order.</summary>
    public IReadOnlyList<CmdbFact> Facts => facts;

    /// <summary>The named baselines, in the order they were named.</summary>
    public IReadOnlyList<Baseline> Baselines => baselines;

    /// <summary>An empty history over the given catalogues.</summary>
    /// <param name="classes">The class catalogue.</param>
    /// <param name="relationshipTypes">The relationship-type catalogue.</param>
    /// <returns>The history.</returns>
    public static CmdbHistory Create(ClassCatalogue classes, RelationshipTypeCatalogue relationshipTypes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(relationshipTypes);
        return new CmdbHistory(classes, relationshipTypes, Array.Empty<CmdbFact>(), Array.Empty<Baseline>());
    }

    /// <summary>Appends a batch of facts, all or none.</summary>
    /// <param name="batch">The facts, in log order.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="CmdbFormatException">
    /// Every problem in the batch (paths <c>$.facts[i]</c> into the batch): an item of an unknown class, a relationship of
    /// an unknown type, a member-of relationship pointing at its source, a relationship id reused with another source,
    /// type or target.
    /// </exception>
    public CmdbHistory Append(IEnumerable<CmdbFact> batch)
    {
        CmdbFact[] array = Sequences.Copy(batch, nameof(batch));
        var problems = new List<CmdbFormatProblem>();
        Check(array, i => $"$.facts[{i}]", problems);
        return problems.Count > 0
            ? throw new CmdbFormatException(problems)
            : new CmdbHistory(Classes, RelationshipTypes, facts.Concat(array).ToArray(), baselines);
    }

    /// <summary>Names a baseline.</summary>
    /// <param name="baseline">The baseline; its name not yet used.</param>
    /// <returns>The new history.</returns>
    /// <exception cref="ArgumentException">A baseline of that name exists.</exception>
    public CmdbHistory WithBaseline(Baseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        if (baselines.Any(b => b.Name == baseline.Name))
        {
            throw new ArgumentException($"A baseline named '{baseline.Name}' exists.", nameof(baseline));
        }

        return new CmdbHistory(Classes, RelationshipTypes, facts, baselines.Append(baseline).ToArray());
    }

    /// <summary>The CMDB as it stood at <paramref name="validAt"/>, as known at <paramref name="knownAt"/>.</summary>
    /// <param name="validAt">The valid-time instant.</param>
    /// <param name="knownAt">The recorded-time instant: facts recorded later are ignored.</param>
    /// <returns>The snapshot.</returns>
    public CmdbSnapshot AsOf(Instant validAt, Instant knownAt)
    {
        var items = new List<ConfigurationItemRecord>(itemFacts.Count);
        var firstRecorded = new Dictionary<ConfigurationItemId, Instant>(itemFacts.Count);
        var present = new Dictionary<ConfigurationItemId, ConfigurationItemRecord>(itemFacts.Count);
        foreach ((ConfigurationItemId id, List<int> list) in itemFacts)
        {
            int best = Latest(list, validAt, knownAt);
            if (best < 0 || facts[best].Item is not { } record)
            {
                continue;
            }

            firstRecorded[id] = list.Where(i => facts[i].RecordedAt <= knownAt).Min(i => facts[i].RecordedAt);
            if (attributeFacts.TryGetValue(id, out List<int>? attributes))
            {
                record = Overlay(record, best, attributes, validAt, knownAt);
            }

            items.Add(record);
            present[id] = record;
        }

        var relationships = new List<Relationship>(relationshipFacts.Count);
        foreach (List<int> list in relationshipFacts.Values)
        {
            int best = Latest(list, validAt, knownAt);
            if (best >= 0 && facts[best].Relationship is { } r
                && present.ContainsKey(r.Source) && present.TryGetValue(r.Target, out ConfigurationItemRecord? target)
                && (!RelationshipTypes.Find(r.Type)!.IsMembership || target.IsGroup))
            {
                relationships.Add(r);
            }
        }

        return new CmdbSnapshot(Classes, RelationshipTypes, items.ToArray(), relationships.ToArray(), validAt, knownAt, firstRecorded);
    }

    /// <summary>The CMDB as it stood at <paramref name="validAt"/>, as known now.</summary>
    /// <param name="validAt">The valid-time instant.</param>
    /// <param name="clock">The clock giving "now".</param>
    /// <returns>The snapshot.</returns>
    public CmdbSnapshot AsOf(Instant validAt, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return AsOf(validAt, clock.GetCurrentInstant());
    }

    /// <summary>The CMDB as a named baseline designated it.</summary>
    /// <param name="name">The baseline's name.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentException">No baseline has that name.</exception>
    public CmdbSnapshot AtBaseline(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Baseline baseline = baselines.FirstOrDefault(b => b.Name == name)
            ?? throw new ArgumentException($"No baseline is named '{name}'.", nameof(name));
        return AsOf(baseline.ValidAt, baseline.KnownAt);
    }

    internal void Check(IReadOnlyList<CmdbFact> batch, Func<int, string> pathOf, List<CmdbFormatProblem> problems)
    {
        var shapes = new Dictionary<RelationshipId, Relationship>(relationshipShapes);
        for (int i = 0; i < batch.Count; i++)
        {
            CmdbFact fact = batch[i];
            if (fact.Item is { } item && !Classes.Contains(item.Class))
            {
                problems.Add(new CmdbFormatProblem(pathOf(i) + ".class", $"class '{item.Class}' is not in the catalogue"));
            }

            if (fact.Relationship is not { } r)
            {
                continue;
            }

            RelationshipType? type = RelationshipTypes.Find(r.Type);
            if (type is null)
            {
                problems.Add(new CmdbFormatProblem(pathOf(i) + ".type", $"relationship type '{r.Type}' is not in the catalogue"));
            }
            else if (type.IsMembership && r.Source == r.Target)
            {
                problems.Add(new CmdbFormatProblem(pathOf(i) + ".target", "an item cannot be a member of itself"));
            }

            if (!shapes.TryAdd(r.Id, r) && shapes[r.Id] != r)
            {
                problems.Add(new CmdbFormatProblem(
                    pathOf(i) + ".id",
                    $"relationship '{r.Id}' was stated as '{shapes[r.Id]}'; its source, type and target never change"));
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int index)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out List<int>? list))
        {
            list = new List<int>(1);
            map[key] = list;
        }

        list.Add(index);
    }

    // The latest-recorded fact (log order breaks ties: a later index wins) valid at t and recorded at or before k; -1 if none.
    private int Latest(List<int> list, Instant validAt, Instant knownAt)
    {
        int best = -1;
        foreach (int i in list)
        {
            CmdbFact fact = facts[i];
            if (fact.RecordedAt <= knownAt && fact.IsValidAt(validAt) && (best < 0 || fact.RecordedAt >= facts[best].RecordedAt))
            {
                best = i;
            }
        }

        return best;
    }

    private ConfigurationItemRecord Overlay(ConfigurationItemRecord record, int itemFact, List<int> attributes, Instant validAt, Instant knownAt)
    {
        var winners = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (int i in attributes)
        {
            CmdbFact fact = facts[i];
            bool laterThanItem = fact.RecordedAt > facts[itemFact].RecordedAt || (fact.RecordedAt == facts[itemFact].RecordedAt && i > itemFact);
            if (laterThanItem && fact.RecordedAt <= knownAt && fact.IsValidAt(validAt)
                && (!winners.TryGetValue(fact.AttributeName!, out int current) || fact.RecordedAt >= facts[current].RecordedAt))
            {
                winners[fact.AttributeName!] = i;
            }
        }

        foreach (int i in winners.Values)
        {
            record = facts[i].AttributeValue is { } value
                ? record.WithAttribute(facts[i].AttributeName!, value)
                : record.WithoutAttribute(facts[i].AttributeName!);
        }

        return record;
    }
}
