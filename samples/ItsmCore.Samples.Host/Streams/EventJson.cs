using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Streams;

/// <summary>
/// The JSON shared by the event codecs of every aggregate (<see cref="EventCodec{TEvent}"/>): strict serializer options
/// (camelCase, unknown members, missing constructor members, nulls where the type has none and numbers as strings all
/// refused; enums as camelCase names only) and the converters of the ItsmCore values every aggregate uses (ids and
/// instants as text, actors as <c>{id, displayName}</c>, <see cref="EquatableArray{T}"/> as an array), plus the helpers
/// the aggregate-specific converters are written with. Thread-safe.
/// </summary>
internal static class EventJson
{
    private const string SubPathKey = "ItsmCore.Samples.Host.SubPath";

    /// <summary>Strict options with the shared converters and <paramref name="converters"/> (the aggregate's own).</summary>
    /// <param name="converters">The aggregate-specific converters.</param>
    /// <returns>The options (made read-only on first use by the serializer).</returns>
    public static JsonSerializerOptions CreateOptions(params JsonConverter[] converters)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            // Read-only properties bound to a constructor parameter are the record's data (written); the other
            // read-only ones are computed from it (RecordId, ApprovalStep.Required, ...) and left out.
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DropComputedProperties } },
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new TextConverter<Instant>(InstantPattern.ExtendedIso.Format, s => InstantPattern.ExtendedIso.Parse(s).GetValueOrThrow()));
        options.Converters.Add(new TextConverter<Duration>(DurationPattern.Roundtrip.Format, s => DurationPattern.Roundtrip.Parse(s).GetValueOrThrow()));
        options.Converters.Add(new TextConverter<LocalDate>(LocalDatePattern.Iso.Format, s => LocalDatePattern.Iso.Parse(s).GetValueOrThrow()));
        options.Converters.Add(new TextConverter<IncidentId>(id => id.Value, s => new IncidentId(s)));
        options.Converters.Add(new TextConverter<ServiceId>(id => id.Value, s => new ServiceId(s)));
        options.Converters.Add(new TextConverter<ConfigurationItemId>(id => id.Value, s => new ConfigurationItemId(s)));
        options.Converters.Add(new TextConverter<ProblemId>(id => id.Value, s => new ProblemId(s)));
        options.Converters.Add(new TextConverter<ChangeId>(id => id.Value, s => new ChangeId(s)));
        options.Converters.Add(new TextConverter<CategoryPath>(c => c.ToString(), s => s.Length == 0 ? default : CategoryPath.Parse(s)));
        options.Converters.Add(new ActorConverter());
        options.Converters.Add(new EquatableArrayConverterFactory());
        foreach (JsonConverter converter in converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }

    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        for (int i = info.Properties.Count - 1; i >= 0; i--)
        {
            JsonPropertyInfo p = info.Properties[i];
            if (p.Set is null && p.AssociatedParameter is null)
            {
                info.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>Runs a domain factory, turning its refusal into a <see cref="JsonException"/> (the serializer adds the path).</summary>
    /// <typeparam name="T">The value.</typeparam>
    /// <param name="make">The factory.</param>
    /// <returns>The value.</returns>
    public static T Domain<T>(Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception ex) when (ex is ArgumentException or UnparsableValueException or SlaDefinitionException or InvalidOperationException or FormatException or OverflowException)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <summary>
    /// Deserializes a value inside a converter. The serializer starts a nested call's path at <c>$</c>; a failure is
    /// rethrown without a path (so the serializer sets the outer one) and with the inner path kept, see <see cref="FullPath"/>.
    /// </summary>
    /// <typeparam name="T">The value.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="options">The options.</param>
    /// <returns>The value (never null).</returns>
    public static T Nested<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(ref reader, options) ?? throw new JsonException("null is not allowed here");
        }
        catch (JsonException ex) when (ex.Path is not null)
        {
            var outer = new JsonException(ex.Message, ex);
            outer.Data[SubPathKey] = FullPath(ex)[1..];
            throw outer;
        }
    }

    /// <summary>The exception's JSON path with the part inside a nested call appended.</summary>
    /// <param name="ex">The exception.</param>
    /// <returns>The path, starting with <c>$</c>.</returns>
    public static string FullPath(JsonException ex) => (ex.Path ?? "$") + (ex.Data[SubPathKey] as string ?? string.Empty);

    /// <summary>Fails unless <paramref name="e"/> is an object whose members are all in <paramref name="names"/>.</summary>
    /// <param name="e">The element.</param>
    /// <param name="names">The allowed members.</param>
    public static void Only(JsonElement e, params string[] names)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException($"expected an object, found {e.ValueKind}");
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            if (!names.Contains(p.Name, StringComparer.Ordinal))
            {
                throw new JsonException($"unknown member '{p.Name}' ({string.Join(", ", names)})");
            }
        }
    }

    /// <summary>A string member.</summary>
    /// <param name="e">The object.</param>
    /// <param name="name">The member.</param>
    /// <returns>Its text.</returns>
    public static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new JsonException($"'{name}' must be a string");

    /// <summary>
    /// The one member of an object that holds exactly one of <paramref name="names"/> (a tagged union such as
    /// <c>{"count": 2}</c> or <c>{"percentage": 50}</c>).
    /// </summary>
    /// <param name="e">The object.</param>
    /// <param name="names">The alternatives.</param>
    /// <returns>The member present.</returns>
    public static JsonProperty OneOf(JsonElement e, params string[] names)
    {
        Only(e, names);
        JsonProperty[] present = e.EnumerateObject().ToArray();
        return present.Length == 1 ? present[0] : throw new JsonException($"expected exactly one of {string.Join(", ", names)}, found {present.Length} members");
    }

    /// <summary>A number member as a decimal (exactly, with its scale).</summary>
    /// <param name="v">The value.</param>
    /// <returns>The number.</returns>
    public static decimal Number(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out decimal d) ? d : throw new JsonException($"expected a decimal number, found {v.ValueKind} {v.GetRawText()}");

    /// <summary>A number member as an int.</summary>
    /// <param name="v">The value.</param>
    /// <returns>The number.</returns>
    public static int Int(JsonElement v) =>
        v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int i) ? i : throw new JsonException($"expected an integer, found {v.ValueKind} {v.GetRawText()}");

    private static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"expected a string, found {reader.TokenType}");

    /// <summary>A value written as text and read back through a domain factory.</summary>
    /// <typeparam name="T">The value.</typeparam>
    public sealed class TextConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        /// <inheritdoc/>
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string text = ReadString(ref reader);
            return Domain(() => read(text));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }

    /// <summary>
    /// A value stored as a row record <typeparamref name="TRow"/> (serialized by the options, so its members are
    /// checked like an event's) and rebuilt through the domain's factory, whose refusals name the value's path.
    /// </summary>
    /// <typeparam name="T">The value.</typeparam>
    /// <typeparam name="TRow">Its stored shape.</typeparam>
    public sealed class RowConverter<T, TRow>(Func<T, TRow> toRow, Func<TRow, T> fromRow) : JsonConverter<T>
    {
        /// <inheritdoc/>
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            TRow row = Nested<TRow>(ref reader, options);
            return Domain(() => fromRow(row));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => JsonSerializer.Serialize(writer, toRow(value), options);
    }

    /// <summary>
    /// A quorum-like value stored as <c>{"count": n}</c> or <c>{"percentage": p}</c>, rebuilt through the domain's
    /// factories (so their range checks apply).
    /// </summary>
    /// <typeparam name="T">The value.</typeparam>
    public sealed class CountOrPercentageConverter<T>(Func<int, T> count, Func<decimal, T> percentage, Func<T, (bool IsPercentage, decimal Value)> parts) : JsonConverter<T>
    {
        /// <inheritdoc/>
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonProperty p = OneOf(doc.RootElement, "count", "percentage");
            return p.Name == "count" ? Domain(() => count(Int(p.Value))) : Domain(() => percentage(Number(p.Value)));
        }

        /// <inheritdoc/>
        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            (bool isPercentage, decimal v) = parts(value);
            writer.WriteStartObject();
            if (isPercentage)
            {
                writer.WriteNumber("percentage", v);
            }
            else
            {
                writer.WriteNumber("count", (int)v);
            }

            writer.WriteEndObject();
        }
    }

    private sealed class ActorConverter : JsonConverter<Actor>
    {
        public override Actor Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonElement e = doc.RootElement;
            Only(e, "id", "displayName");
            string id = Text(e, "id");
            string name = Text(e, "displayName");
            return Domain(() => Actor.Of(id, name));
        }

        public override void Write(Utf8JsonWriter writer, Actor value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("id", value.Id);
            writer.WriteString("displayName", value.DisplayName);
            writer.WriteEndObject();
        }
    }

    private sealed class EquatableArrayConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(EquatableArray<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(EquatableArrayConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class EquatableArrayConverter<T> : JsonConverter<EquatableArray<T>>
    {
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            ImmutableArray<T> items = Nested<ImmutableArray<T>>(ref reader, options);
            return items.Any(i => i is null) ? throw new JsonException("null is not allowed in this list") : new(items);
        }

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, options);
    }
}
