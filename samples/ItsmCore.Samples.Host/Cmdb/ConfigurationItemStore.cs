using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Streams;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Cmdb;

/// <summary>
/// Configuration items as event streams in the host store (<c>ci-{id}</c>, one <see cref="ConfigurationItemEventJson"/>
/// row per <see cref="ConfigurationItemEvent"/>, type names <c>ci.{EventName}</c>) with optimistic concurrency: the
/// <see cref="IConfigurationItemRepository"/> of the host, whose batch save (an import) is one transaction over every
/// item's stream. Thread-safe.
/// </summary>
public sealed class ConfigurationItemStore : AggregateStore<ConfigurationItem, ConfigurationItemEvent>, IConfigurationItemRepository
{
    /// <summary>The prefix of configuration-item stream ids.</summary>
    public const string StreamPrefix = "ci-";

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="rules">The rules items are rebuilt with (for later commands; the history does not depend on them).</param>
    public ConfigurationItemStore(IHostStore store, ConfigurationItemRules rules)
        : base(store, ConfigurationItem.RecordTypeName, StreamPrefix, ConfigurationItemEventJson.Codec, events => ConfigurationItem.Rebuild(events, rules)) =>
        ArgumentNullException.ThrowIfNull(rules);

    /// <inheritdoc/>
    /// <exception cref="System.IO.InvalidDataException">A stored row cannot be read, or the events do not rebuild an item.</exception>
    public Task<ConfigurationItem?> FindAsync(ConfigurationItemId id, CancellationToken cancellationToken = default) => LoadAsync(id.Value, cancellationToken);

    /// <inheritdoc/>
    public Task SaveAsync(ConfigurationItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return AppendAsync(item.Id.Value, item, cancellationToken);
    }

    /// <inheritdoc/>
    public Task SaveBatchAsync(IReadOnlyList<ConfigurationItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), "The batch holds a null item.");
        }

        return AppendBatchAsync(items.Select(i => (i.Id.Value, i)).ToArray(), cancellationToken);
    }
}

/// <summary>
/// The stored form of <see cref="ConfigurationItemEvent"/>s (type names <c>ci.{EventName}</c>): the shared converters of
/// <see cref="EventJson"/>, the item record as a whole (every field, rebuilt through its init accessors so its checks
/// apply), attribute values as <c>{"text"|"number"|"boolean"|"date": value}</c>, group quorums as
/// <c>{"count": n}</c> or <c>{"percentage": p}</c>, relationship ids as text. Thread-safe.
/// </summary>
internal static class ConfigurationItemEventJson
{
    /// <summary>The codec.</summary>
    public static EventCodec<ConfigurationItemEvent> Codec { get; } = new("ci.", EventJson.CreateOptions(
        new EventJson.TextConverter<RelationshipId>(id => id.Value, s => new RelationshipId(s)),
        new EventJson.RowConverter<ConfigurationItemRecord, RecordRow>(RecordRow.Of, row => row.ToRecord()),
        new AttributeValueConverter(),
        new EventJson.CountOrPercentageConverter<Quorum>(Quorum.Count, Quorum.Percentage, q => (q.IsPercentage, q.Value))));

    private sealed record RecordRow(
        ConfigurationItemId Id,
        string Name,
        string Class,
        ConfigurationItemStatus Status,
        string? Version,
        string? Location,
        string? Owner,
        BusinessCriticality Criticality,
        string? SerialNumber,
        string? Supplier,
        LocalDate? AcquiredOn,
        Quorum? Quorum,
        Dictionary<string, AttributeValue> Attributes,
        Contact[] Contacts,
        ItemDocument[] Documents)
    {
        public static RecordRow Of(ConfigurationItemRecord r) =>
            new(r.Id, r.Name, r.Class, r.Status, r.Version, r.Location, r.Owner, r.Criticality, r.SerialNumber, r.Supplier, r.AcquiredOn, r.Quorum,
                new Dictionary<string, AttributeValue>(r.Attributes, StringComparer.Ordinal), r.Contacts.ToArray(), r.Documents.ToArray());

        public ConfigurationItemRecord ToRecord() => new(Id, Name, Class)
        {
            Status = Status,
            Version = Version,
            Location = Location,
            Owner = Owner,
            Criticality = Criticality,
            SerialNumber = SerialNumber,
            Supplier = Supplier,
            AcquiredOn = AcquiredOn,
            Quorum = Quorum,
            Attributes = Attributes,
            Contacts = Contacts,
            Documents = Documents,
        };
    }

    /// <summary>A typed attribute value as <c>{text|number|boolean|date: value}</c> (also used by the change codec).</summary>
    internal sealed class AttributeValueConverter : JsonConverter<AttributeValue>
    {
        public override AttributeValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonProperty p = EventJson.OneOf(doc.RootElement, "text", "number", "boolean", "date");
            JsonElement v = p.Value;
            return p.Name switch
            {
                "text" => v.ValueKind == JsonValueKind.String ? AttributeValue.Of(v.GetString()!) : throw new JsonException("'text' must be a string"),
                "number" => AttributeValue.Of(EventJson.Number(v)),
                "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False ? AttributeValue.Of(v.GetBoolean()) : throw new JsonException("'boolean' must be true or false"),
                _ => AttributeValue.Of(EventJson.Domain(() => LocalDatePattern.Iso.Parse(v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new JsonException("'date' must be a string")).GetValueOrThrow())),
            };
        }

        public override void Write(Utf8JsonWriter writer, AttributeValue value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            switch (value.Type)
            {
                case AttributeType.Text:
                    writer.WriteString("text", value.Text);
                    break;
                case AttributeType.Boolean:
                    writer.WriteBoolean("boolean", value.Boolean);
                    break;
                case AttributeType.Date:
                    writer.WriteString("date", LocalDatePattern.Iso.Format(value.Date));
                    break;
                default:
                    writer.WriteNumber("number", value.Number);
                    break;
            }

            writer.WriteEndObject();
        }
    }
}
