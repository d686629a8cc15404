using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Samples.Host.Incidents;

/// <summary>
/// The stored form of <see cref="IncidentEvent"/>s: one row per event, type name <c>incident.{EventName}</c> (for
/// example <c>incident.IncidentRecorded</c>), schema version 1, the event's fields as camelCase JSON. System.Text.Json
/// binds the records' constructors; converters write the ItsmCore values (ids and instants as text, actors as
/// <c>{id, displayName}</c>, time zones as TZDB ids, SLA targets in <see cref="SlaClockJson"/>'s shape, whole SLA
/// definitions, since an incident keeps the definitions it was recorded with, and the target rule that chose them, rebuilt
/// through <see cref="SlaTargetRules"/>' builder). Reading is strict: unknown members, a missing constructor
/// member, a null where the type has none or a value the domain refuses all fail, as <see cref="InvalidDataException"/>
/// naming the stream, the version, the JSON path and the reason. Thread-safe.
/// </summary>
internal static class IncidentEventJson
{
    public const string TypePrefix = "incident.";

    public const int SchemaVersion = 1;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    private static readonly IReadOnlyDictionary<string, Type> Types = typeof(IncidentEvent).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(IncidentEvent)) && !t.IsAbstract)
        .ToDictionary(t => TypePrefix + t.Name, StringComparer.Ordinal);

    /// <summary>The row of one event.</summary>
    public static NewEvent Write(IncidentEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new NewEvent(TypePrefix + e.GetType().Name, SchemaVersion, JsonSerializer.Serialize(e, e.GetType(), Options));
    }

    /// <summary>The event of one row.</summary>
    /// <exception cref="InvalidDataException">The row is not a readable incident event; the message names the stream, version, path and reason.</exception>
    public static IncidentEvent Read(StoredEvent row)
    {
        ArgumentNullException.ThrowIfNull(row);
        string where = $"Stream '{row.StreamId}' version {row.Version}";
        if (!Types.TryGetValue(row.Type, out Type? type) || row.SchemaVersion != SchemaVersion)
        {
            throw new InvalidDataException($"{where}: unknown event type '{row.Type}' v{row.SchemaVersion}.");
        }

        IncidentEvent? e;
        try
        {
            e = (IncidentEvent?)JsonSerializer.Deserialize(row.Data, type, Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at {FullPath(ex)}: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // A value a record's constructor or init accessor refuses (an empty id, version 0, a null actor).
            throw new InvalidDataException($"{where} ({row.Type}): {ex.Message}", ex);
        }

        if (e is null)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at $: the event is null.");
        }

        if (e.Version != row.Version)
        {
            throw new InvalidDataException($"{where} ({row.Type}) at $.version: the event says version {e.Version}.");
        }

        return e;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            IgnoreReadOnlyProperties = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new TextConverter<Instant>(InstantPattern.ExtendedIso.Format, s => InstantPattern.ExtendedIso.Parse(s).GetValueOrThrow()));
        options.Converters.Add(new TextConverter<Duration>(DurationPattern.Roundtrip.Format, s => DurationPattern.Roundtrip.Parse(s).GetValueOrThrow()));
        options.Converters.Add(new TextConverter<IncidentId>(id => id.Value, s => new IncidentId(s)));
        options.Converters.Add(new TextConverter<ServiceId>(id => id.Value, s => new ServiceId(s)));
        options.Converters.Add(new TextConverter<ConfigurationItemId>(id => id.Value, s => new ConfigurationItemId(s)));
        options.Converters.Add(new TextConverter<ProblemId>(id => id.Value, s => new ProblemId(s)));
        options.Converters.Add(new TextConverter<SlaMetric>(m => m.Name, SlaMetric.Custom));
        options.Converters.Add(new TextConverter<CategoryPath>(c => c.ToString(), s => s.Length == 0 ? default : CategoryPath.Parse(s)));
        options.Converters.Add(new ActorConverter());
        options.Converters.Add(new SlaThresholdsConverter());
        options.Converters.Add(new SlaTargetConverter());
        options.Converters.Add(new TextConverter<DateTimeZone>(z => z.Id, Zone));
        options.Converters.Add(new SlaDefinitionConverter());
        options.Converters.Add(new SlaAttachmentConverter());
        options.Converters.Add(new EquatableArrayConverterFactory());
        return options;
    }

    /// <summary>Runs a domain factory, turning its refusal into a <see cref="JsonException"/> (the serializer adds the path).</summary>
    private static T Domain<T>(Func<T> make)
    {
        try
        {
            return make();
        }
        catch (Exception ex) when (ex is ArgumentException or UnparsableValueException or SlaDefinitionException)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <summary>
    /// Deserializes a value inside a converter. The serializer starts a nested call's path at <c>$</c>; a failure is
    /// rethrown without a path (so the serializer sets the outer one) and with the inner path kept, see <see cref="FullPath"/>.
    /// </summary>
    private static T Nested<T>(ref Utf8JsonReader reader, JsonSerializerOptions options)
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

    private const string SubPathKey = "ItsmCore.Samples.Host.SubPath";

    /// <summary>The exception's JSON path with the part inside a nested call appended.</summary>
    private static string FullPath(JsonException ex) => (ex.Path ?? "$") + (ex.Data[SubPathKey] as string ?? string.Empty);

    private static string ReadString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException($"expected a string, found {reader.TokenType}");

    private sealed class TextConverter<T>(Func<T, string> write, Func<string, T> read) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string text = ReadString(ref reader);
            return Domain(() => read(text));
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
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

    private sealed class SlaThresholdsConverter : JsonConverter<SlaThresholds>
    {
        public override SlaThresholds Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            decimal[] percents = Nested<decimal[]>(ref reader, options);
            return Domain(() => SlaThresholds.Of(percents));
        }

        public override void Write(Utf8JsonWriter writer, SlaThresholds value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Percents, options);
    }

    /// <summary>A target as in <see cref="SlaClockJson"/>: <c>calendarId</c> and one of <c>workingTime</c>, <c>businessDays</c> (+ <c>dayEnd</c>) or <c>nextBusinessDayAt</c>.</summary>
    private sealed class SlaTargetConverter : JsonConverter<SlaTarget>
    {
        public override SlaTarget Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using JsonDocument doc = JsonDocument.ParseValue(ref reader);
            JsonElement e = doc.RootElement;
            Only(e, "calendarId", "workingTime", "businessDays", "dayEnd", "nextBusinessDayAt");
            string calendar = Text(e, "calendarId");
            if (e.TryGetProperty("workingTime", out JsonElement w))
            {
                return Domain(() => SlaTarget.Within(DurationPattern.Roundtrip.Parse(w.GetString() ?? string.Empty).GetValueOrThrow(), calendar));
            }

            if (e.TryGetProperty("businessDays", out JsonElement d) && d.ValueKind == JsonValueKind.Number)
            {
                BusinessDayEnd end = Text(e, "dayEnd") switch
                {
                    "sameTimeOfDay" => BusinessDayEnd.SameTimeOfDay,
                    "endOfBusinessDay" => BusinessDayEnd.EndOfBusinessDay,
                    string other => throw new JsonException($"unknown dayEnd '{other}' (sameTimeOfDay, endOfBusinessDay)"),
                };
                return Domain(() => SlaTarget.WithinBusinessDays(d.GetInt32(), end, calendar));
            }

            if (e.TryGetProperty("nextBusinessDayAt", out JsonElement t))
            {
                return Domain(() => SlaTarget.NextBusinessDayAt(LocalTimePattern.ExtendedIso.Parse(t.GetString() ?? string.Empty).GetValueOrThrow(), calendar));
            }

            throw new JsonException("a target needs one of workingTime, businessDays or nextBusinessDayAt");
        }

        public override void Write(Utf8JsonWriter writer, SlaTarget value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("calendarId", value.CalendarId);
            switch (value.Kind)
            {
                case SlaTargetKind.WorkingTime:
                    writer.WriteString("workingTime", DurationPattern.Roundtrip.Format(value.WorkingTime));
                    break;
                case SlaTargetKind.BusinessDays:
                    writer.WriteNumber("businessDays", value.BusinessDays);
                    writer.WriteString("dayEnd", value.DayEnd == BusinessDayEnd.SameTimeOfDay ? "sameTimeOfDay" : "endOfBusinessDay");
                    break;
                default:
                    writer.WriteString("nextBusinessDayAt", LocalTimePattern.ExtendedIso.Format(value.TimeOfDay));
                    break;
            }

            writer.WriteEndObject();
        }
    }

    /// <summary>A whole definition (id, name, metric, thresholds, change policy, targets per priority), rebuilt with its builder.</summary>
    private sealed class SlaDefinitionConverter : JsonConverter<SlaDefinition>
    {
        private sealed record PriorityRow(string Priority, SlaTarget? Objective, SlaTarget? Agreement);

        private sealed record Row(string Id, string Name, SlaMetric Metric, SlaThresholds Thresholds, SlaTargetChangePolicy TargetChangePolicy, PriorityRow[] Priorities);

        public override SlaDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Row row = Nested<Row>(ref reader, options);
            return Domain(() =>
            {
                SlaDefinitionBuilder b = SlaDefinition.CreateBuilder(row.Id, row.Metric).WithName(row.Name).WithThresholds(row.Thresholds)
                    .WithTargetChangePolicy(row.TargetChangePolicy);
                foreach (PriorityRow p in row.Priorities)
                {
                    b.WithPriority(p.Priority, p.Objective, p.Agreement);
                }

                return b.Build();
            });
        }

        public override void Write(Utf8JsonWriter writer, SlaDefinition value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Row(value.Id, value.Name, value.Metric, value.Thresholds, value.TargetChangePolicy,
                value.Priorities.Select(p => new PriorityRow(p.Priority, p.Objective, p.Agreement)).ToArray()), options);
    }

    private static DateTimeZone Zone(string id) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) ?? throw new JsonException($"unknown time zone '{id}' (a TZDB id)");

    /// <summary>
    /// An <see cref="IncidentSlaAttachment"/>: <c>definition</c>, <c>effectiveFrom</c>, <c>chosenByRules</c> and the
    /// <c>rule</c> (null or <c>{name, priority, calendarId, conditions: [{attribute, flag, texts}]}</c>). The rule is
    /// rebuilt with <see cref="SlaTargetRulesBuilder"/> over the attachment's definition, each condition's attribute declared
    /// with the condition's kind, so the builder's checks (the priority is the definition's, one condition per attribute,
    /// valid names and texts) apply to stored rows too.
    /// </summary>
    private sealed class SlaAttachmentConverter : JsonConverter<IncidentSlaAttachment>
    {
        private sealed record ConditionRow(string Attribute, bool? Flag, string[] Texts);

        private sealed record RuleRow(string Name, string Priority, string? CalendarId, ConditionRow[] Conditions);

        private sealed record Row(SlaDefinition Definition, Instant EffectiveFrom, bool ChosenByRules, RuleRow? Rule);

        public override IncidentSlaAttachment Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            Row row = Nested<Row>(ref reader, options);
            if (row.Rule is not null && !row.ChosenByRules)
            {
                throw new JsonException("a rule is recorded but chosenByRules is false");
            }

            SlaTargetRule? rule = row.Rule is { } r ? Domain(() => Rebuild(row.Definition, r)) : null;
            return new IncidentSlaAttachment(row.Definition, row.EffectiveFrom) { ChosenByRules = row.ChosenByRules, Rule = rule };
        }

        public override void Write(Utf8JsonWriter writer, IncidentSlaAttachment value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, new Row(value.Definition, value.EffectiveFrom, value.ChosenByRules, value.Rule is { } r
                ? new RuleRow(r.Name, r.Priority, r.CalendarId, r.Conditions.Select(c => new ConditionRow(c.Attribute, c.Flag, c.Texts.ToArray())).ToArray())
                : null), options);

        private static SlaTargetRule Rebuild(SlaDefinition definition, RuleRow rule)
        {
            SlaTargetRulesBuilder builder = SlaTargetRules.CreateBuilder(definition);
            var conditions = new SlaCondition[rule.Conditions.Length];
            for (int i = 0; i < conditions.Length; i++)
            {
                ConditionRow c = rule.Conditions[i];
                if (c.Flag is { } flag)
                {
                    if (c.Texts.Length > 0)
                    {
                        throw new JsonException($"rule '{rule.Name}': condition {i} on '{c.Attribute}' has both a flag and texts");
                    }

                    builder.DeclareFlag(c.Attribute);
                    conditions[i] = SlaCondition.FlagIs(c.Attribute, flag);
                }
                else
                {
                    builder.DeclareText(c.Attribute);
                    conditions[i] = SlaCondition.TextIsOneOf(c.Attribute, c.Texts);
                }
            }

            builder = rule.CalendarId is { } calendar
                ? builder.AddRuleOnCalendar(rule.Name, rule.Priority, calendar, conditions)
                : builder.AddRule(rule.Name, rule.Priority, conditions);
            return builder.Build().Rules[0];
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
        public override EquatableArray<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            new(Nested<ImmutableArray<T>>(ref reader, options));

        public override void Write(Utf8JsonWriter writer, EquatableArray<T> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value.Items, options);
    }

    private static void Only(JsonElement e, params string[] names)
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

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new JsonException($"'{name}' must be a string");
}
