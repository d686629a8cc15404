using System;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// One bi-temporal fact of the CMDB's history: what is stated (an item record, an attribute value or a relationship;
/// no value retracts), the valid-time interval [<see cref="ValidFrom"/>, <see cref="ValidTo"/>) over which it holds
/// in the world, and the instant it was recorded. Immutable.
/// </summary>
public sealed record CmdbFact
{
    private CmdbFact(CmdbFactKind kind, ConfigurationItemId itemId, Instant validFrom, Instant? validTo, Instant recordedAt)
    {
        if (validTo is { } to && to <= validFrom)
        {
            throw new ArgumentException($"A valid interval [from, to) needs from < to; got [{validFrom}, {to}).", nameof(validTo));
        }

        Kind = kind;
        ItemId = itemId;
        ValidFrom = validFrom;
        ValidTo = validTo;
        RecordedAt = recordedAt;
    }

    /// <summary>What the fact states.</summary>
    public CmdbFactKind Kind { get; }

    /// <summary>The item the fact is about (for a relationship fact, the relationship's source; default for a relationship retraction).</summary>
    public ConfigurationItemId ItemId { get; }

    /// <summary>The start (inclusive) of the valid-time interval.</summary>
    public Instant ValidFrom { get; }

    /// <summary>The end (exclusive) of the valid-time interval, or null when open.</summary>
    public Instant? ValidTo { get; }

    /// <summary>When the fact was recorded.</summary>
    public Instant RecordedAt { get; }

    /// <summary>The item record stated by an <see cref="CmdbFactKind.Item"/> fact; null for a retraction.</summary>
    public ConfigurationItemRecord? Item { get; private init; }

    /// <summary>The attribute name of an <see cref="CmdbFactKind.Attribute"/> fact.</summary>
    public string? AttributeName { get; private init; }

    /// <summary>The value of an <see cref="CmdbFactKind.Attribute"/> fact; null for a retraction.</summary>
    public AttributeValue? AttributeValue { get; private init; }

    /// <summary>The relationship id of a <see cref="CmdbFactKind.Relationship"/> fact.</summary>
    public RelationshipId RelationshipId { get; private init; }

    /// <summary>The relationship stated by a <see cref="CmdbFactKind.Relationship"/> fact; null for a retraction.</summary>
    public Relationship? Relationship { get; private init; }

    /// <summary>Whether the fact retracts (states no value).</summary>
    public bool IsRetraction => Kind switch
    {
        CmdbFactKind.Item => Item is null,
        CmdbFactKind.Attribute => AttributeValue is null,
        _ => Relationship is null,
    };

    /// <summary>Whether the fact holds at <paramref name="instant"/> in valid time.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>True when from &lt;= instant &lt; to.</returns>
    public bool IsValidAt(Instant instant) => ValidFrom <= instant && (ValidTo is not { } to || instant < to);

    /// <summary>States an item record over [from, to).</summary>
    /// <param name="item">The record.</param>
    /// <param name="validFrom">Start of the valid interval.</param>
    /// <param name="validTo">End of the valid interval (exclusive), or null when open.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The fact.</returns>
    /// <exception cref="ArgumentException">from &gt;= to.</exception>
    public static CmdbFact ForItem(ConfigurationItemRecord item, Instant validFrom, Instant? validTo, Instant recordedAt)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new CmdbFact(CmdbFactKind.Item, item.Id, validFrom, validTo, recordedAt) { Item = item };
    }

    /// <summary>States that an item does not exist over [from, to).</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="validFrom">Start of the valid interval.</param>
    /// <param name="validTo">End of the valid interval (exclusive), or null when open.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The fact.</returns>
    public static CmdbFact ItemRetraction(ConfigurationItemId itemId, Instant validFrom, Instant? validTo, Instant recordedAt) =>
        new(CmdbFactKind.Item, Required(itemId), validFrom, validTo, recordedAt);

    /// <summary>States one attribute value of an item over [from, to) (null retracts the attribute).</summary>
    /// <param name="itemId">The item.</param>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value, or null to state the attribute has none.</param>
    /// <param name="validFrom">Start of the valid interval.</param>
    /// <param name="validTo">End of the valid interval (exclusive), or null when open.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The fact.</returns>
    public static CmdbFact ForAttribute(ConfigurationItemId itemId, string name, AttributeValue? value, Instant validFrom, Instant? validTo, Instant recordedAt) =>
        new(CmdbFactKind.Attribute, Required(itemId), validFrom, validTo, recordedAt)
        {
            AttributeName = RecordIdText.Check(name, nameof(name)),
            AttributeValue = value,
        };

    /// <summary>States a relationship over [from, to).</summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="validFrom">Start of the valid interval.</param>
    /// <param name="validTo">End of the valid interval (exclusive), or null when open.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The fact.</returns>
    public static CmdbFact ForRelationship(Relationship relationship, Instant validFrom, Instant? validTo, Instant recordedAt)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return new CmdbFact(CmdbFactKind.Relationship, relationship.Source, validFrom, validTo, recordedAt)
        {
            RelationshipId = relationship.Id,
            Relationship = relationship,
        };
    }

    /// <summary>States that a relationship does not exist over [from, to).</summary>
    /// <param name="relationshipId">The relationship.</param>
    /// <param name="validFrom">Start of the valid interval.</param>
    /// <param name="validTo">End of the valid interval (exclusive), or null when open.</param>
    /// <param name="recordedAt">When recorded.</param>
    /// <returns>The fact.</returns>
    public static CmdbFact RelationshipRetraction(RelationshipId relationshipId, Instant validFrom, Instant? validTo, Instant recordedAt) =>
        new(CmdbFactKind.Relationship, default, validFrom, validTo, recordedAt)
        {
            RelationshipId = relationshipId.Value.Length == 0 ? throw new ArgumentException("A relationship id is required.", nameof(relationshipId)) : relationshipId,
        };

    private static ConfigurationItemId Required(ConfigurationItemId id) =>
        id.Value.Length == 0 ? throw new ArgumentException("An item id is required.", nameof(id)) : id;
}
