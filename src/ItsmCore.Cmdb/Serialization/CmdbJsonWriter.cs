using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cmdb.Serialization;

/// <summary>Writes the CMDB JSON format: host classes and types, item facts, relationship facts (each in log order) and baselines; optional fields only when set.</summary>
internal static class CmdbJsonWriter
{
    public static string Write(CmdbHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        if (history.Facts.Any(f => f.Kind == CmdbFactKind.Attribute))
        {
            throw new ArgumentException(
                "The JSON format holds whole item records; state attribute changes as item facts before writing (the history has attribute facts).",
                nameof(history));
        }

        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("format", CmdbJsonReader.Format);
            w.WriteStartArray("classes");
            foreach (ConfigurationItemClass c in history.Classes.HostClasses)
            {
                w.WriteStartObject();
                w.WriteString("name", c.Name);
                if (c.Parent is not null)
                {
                    w.WriteString("parent", c.Parent);
                }

                w.WriteStartArray("attributes");
                foreach (AttributeDefinition a in c.Attributes)
                {
                    w.WriteStartObject();
                    w.WriteString("name", a.Name);
                    w.WriteString("type", JsonNames.NameOf(JsonNames.AttributeTypes, a.Type));
                    w.WriteBoolean("required", a.Required);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("relationshipTypes");
            foreach (RelationshipType t in history.RelationshipTypes.HostTypes)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Name);
                w.WriteString("inverse", t.Inverse);
                w.WriteString("impact", JsonNames.NameOf(JsonNames.ImpactDirections, t.Impact));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("items");
            foreach (CmdbFact fact in history.Facts.Where(f => f.Kind == CmdbFactKind.Item))
            {
                WriteItem(w, fact);
            }

            w.WriteEndArray();
            w.WriteStartArray("relationships");
            foreach (CmdbFact fact in history.Facts.Where(f => f.Kind == CmdbFactKind.Relationship))
            {
                w.WriteStartObject();
                w.WriteString("id", fact.RelationshipId.Value);
                WriteTimes(w, fact);
                if (fact.Relationship is { } r)
                {
                    w.WriteString("source", r.Source.Value);
                    w.WriteString("type", r.Type);
                    w.WriteString("target", r.Target.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("baselines");
            foreach (Baseline b in history.Baselines)
            {
                w.WriteStartObject();
                w.WriteString("name", b.Name);
                w.WriteString("validAt", Format(b.ValidAt));
                w.WriteString("knownAt", Format(b.KnownAt));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteItem(Utf8JsonWriter w, CmdbFact fact)
    {
        w.WriteStartObject();
        w.WriteString("id", fact.ItemId.Value);
        WriteTimes(w, fact);
        if (fact.Item is { } item)
        {
            w.WriteString("name", item.Name);
            w.WriteString("class", item.Class);
            w.WriteString("status", JsonNames.NameOf(JsonNames.Statuses, item.Status));
            if (item.Criticality != BusinessCriticality.Unassigned)
            {
                w.WriteString("criticality", JsonNames.NameOf(JsonNames.Criticalities, item.Criticality));
            }

            Optional(w, "version", item.Version);
            Optional(w, "location", item.Location);
            Optional(w, "owner", item.Owner);
            Optional(w, "serialNumber", item.SerialNumber);
            Optional(w, "supplier", item.Supplier);
            if (item.AcquiredOn is { } acquired)
            {
                w.WriteString("acquiredOn", LocalDatePattern.Iso.Format(acquired));
            }

            if (item.Quorum is { } quorum)
            {
                w.WriteStartObject("group");
                if (quorum.IsPercentage)
                {
                    w.WriteNumber("minUpPercent", quorum.Value);
                }
                else
                {
                    w.WriteNumber("minUp", (int)quorum.Value);
                }

                w.WriteEndObject();
            }

            if (item.Attributes.Count > 0)
            {
                w.WriteStartObject("attributes");
                foreach (KeyValuePair<string, AttributeValue> pair in item.Attributes)
                {
                    WriteValue(w, pair.Key, pair.Value);
                }

                w.WriteEndObject();
            }

            if (item.Contacts.Count > 0)
            {
                w.WriteStartArray("contacts");
                foreach (Contact c in item.Contacts)
                {
                    w.WriteStartObject();
                    w.WriteString("role", c.Role);
                    w.WriteString("name", c.Name);
                    Optional(w, "reach", c.Reach);
                    if (c.LastVerification is { } v)
                    {
                        w.WriteStartObject("lastVerification");
                        w.WriteString("at", Format(v.At));
                        w.WriteStartObject("by");
                        w.WriteString("id", v.By.Id);
                        if (v.By.DisplayName != v.By.Id)
                        {
                            w.WriteString("name", v.By.DisplayName);
                        }

                        w.WriteEndObject();
                        w.WriteString("outcome", JsonNames.NameOf(JsonNames.Outcomes, v.Outcome));
                        w.WriteEndObject();
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            if (item.Documents.Count > 0)
            {
                w.WriteStartArray("documents");
                foreach (ItemDocument d in item.Documents)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", JsonNames.NameOf(JsonNames.DocumentKinds, d.Kind));
                    w.WriteString("name", d.Name);
                    Optional(w, "reference", d.Reference);
                    if (d.Expires is { } expires)
                    {
                        w.WriteString("expires", LocalDatePattern.Iso.Format(expires));
                    }

                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }
        }

        w.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter w, string name, AttributeValue value)
    {
        switch (value.Type)
        {
            case AttributeType.Text:
                w.WriteString(name, value.Text);
                break;
            case AttributeType.Boolean:
                w.WriteBoolean(name, value.Boolean);
                break;
            case AttributeType.Date:
                w.WriteStartObject(name);
                w.WriteString("date", LocalDatePattern.Iso.Format(value.Date));
                w.WriteEndObject();
                break;
            default:
                w.WriteNumber(name, value.Number);
                break;
        }
    }

    private static void WriteTimes(Utf8JsonWriter w, CmdbFact fact)
    {
        w.WriteString("validFrom", Format(fact.ValidFrom));
        if (fact.ValidTo is { } to)
        {
            w.WriteString("validTo", Format(to));
        }

        w.WriteString("recordedAt", Format(fact.RecordedAt));
        if (fact.IsRetraction)
        {
            w.WriteBoolean("retracted", true);
        }
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    private static string Format(Instant instant) => InstantPattern.ExtendedIso.Format(instant);
}
