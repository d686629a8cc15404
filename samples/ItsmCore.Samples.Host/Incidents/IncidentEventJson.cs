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
using ItsmCore.Samples.Host.Streams;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

using static ItsmCore.Samples.Host.Streams.EventJson;

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

    public const int SchemaVersion = EventCodec<IncidentEvent>.SchemaVersion;

    /// <summary>The codec.</summary>
    public static EventCodec<IncidentEvent> Codec { get; } = new(TypePrefix, EventJson.CreateOptions(
        new EventJson.TextConverter<SlaMetric>(m => m.Name, SlaMetric.Custom),
        new SlaThresholdsConverter(),
        new SlaTargetConverter(),
        new EventJson.TextConverter<DateTimeZone>(z => z.Id, Zone),
        new SlaDefinitionConverter(),
        new SlaAttachmentConverter()));

    /// <summary>The row of one event.</summary>
    public static NewEvent Write(IncidentEvent e) => Codec.Write(e);

    /// <summary>The event of one row.</summary>
    /// <exception cref="InvalidDataException">The row is not a readable incident event; the message names the stream, version, path and reason.</exception>
    public static IncidentEvent Read(StoredEvent row) => Codec.Read(row);

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
}
