using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using ItsmCore.Primitives;
using ItsmCore.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Cmdb.Serialization;

/// <summary>
/// Reads the CMDB JSON format strictly: every problem is collected with its JSON path (unknown or repeated properties,
/// wrong kinds, missing fields, invalid values, unknown classes, types and items), and the history is built only when
/// there is none. The reader walks the parsed document once; nothing recurses on input beyond the format's fixed
/// depth (the parser's own depth limit of 64 bounds the rest).
/// </summary>
internal sealed class CmdbJsonReader : StrictJsonReading
{
    public const string Format = "itsmcore-cmdb/1";

    private static readonly string[] RootProperties = { "format", "classes", "relationshipTypes", "items", "relationships", "baselines" };
    private static readonly string[] ClassProperties = { "name", "parent", "attributes" };
    private static readonly string[] AttributeProperties = { "name", "type", "required" };
    private static readonly string[] TypeProperties = { "name", "inverse", "impact" };
    private static readonly string[] FactProperties = { "id", "validFrom", "validTo", "recordedAt", "retracted" };
    private static readonly string[] ItemProperties = FactProperties.Concat(new[]
    {
        "name", "class", "status", "version", "location", "owner", "criticality", "serialNumber", "supplier", "acquiredOn", "group", "attributes", "contacts", "documents",
    }).ToArray();

    private static readonly string[] RelationshipProperties = FactProperties.Concat(new[] { "source", "type", "target" }).ToArray();
    private static readonly string[] GroupProperties = { "minUp", "minUpPercent" };
    private static readonly string[] ContactProperties = { "role", "name", "reach", "lastVerification" };
    private static readonly string[] VerificationProperties = { "at", "by", "outcome" };
    private static readonly string[] ActorProperties = { "id", "name" };
    private static readonly string[] DocumentProperties = { "kind", "name", "reference", "expires" };
    private static readonly string[] BaselineProperties = { "name", "validAt", "knownAt" };

    private readonly List<CmdbFormatProblem> problems;

    private CmdbJsonReader()
        : this(new List<CmdbFormatProblem>())
    {
    }

    private CmdbJsonReader(List<CmdbFormatProblem> problems)
        : base((path, reason) => problems.Add(new CmdbFormatProblem(path, reason)), value => value) => this.problems = problems;

    public static CmdbHistory Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new CmdbFormatException(new[] { new CmdbFormatProblem("$", $"not valid JSON: {e.Message}") });
        }

        using (document)
        {
            var reader = new CmdbJsonReader();
            CmdbHistory? history = reader.ReadRoot(document.RootElement);
            return reader.problems.Count > 0 || history is null ? throw new CmdbFormatException(reader.problems) : history;
        }
    }

    private CmdbHistory? ReadRoot(JsonElement root)
    {
        if (!Object(root, "$", RootProperties, new[] { "format" }))
        {
            return null;
        }

        if (root.TryGetProperty("format", out JsonElement format) && !(format.ValueKind == JsonValueKind.String && format.GetString() == Format))
        {
            Problem("$.format", $"expected \"{Format}\"");
        }

        var classes = List(root, "classes", "$", ReadClass);
        var types = List(root, "relationshipTypes", "$", ReadType);
        var items = List(root, "items", "$", ReadItem);
        var relationships = List(root, "relationships", "$", ReadRelationship);
        var baselines = List(root, "baselines", "$", ReadBaseline);

        var classNames = new HashSet<string>(classes.Where(c => c.Value is not null).Select(c => c.Value!.Name), StringComparer.Ordinal) { ConfigurationItemClass.BusinessServiceName };
        var typeNames = new HashSet<string>(RelationshipTypeCatalogue.BuiltIn.Concat(types.Where(t => t.Value is not null).Select(t => t.Value!)).Select(t => t.Name), StringComparer.Ordinal);
        // Ends are checked against every id written in $.items, so an item rejected for another reason does not
        // also make each of its relationships a problem.
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("items", out JsonElement rawItems) && rawItems.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement raw in rawItems.EnumerateArray())
            {
                if (raw.ValueKind == JsonValueKind.Object && raw.TryGetProperty("id", out JsonElement rawId) && rawId.ValueKind == JsonValueKind.String)
                {
                    itemIds.Add(rawId.GetString()!);
                }
            }
        }

        foreach ((string path, CmdbFact? fact) in items)
        {
            if (fact?.Item is { } item && !classNames.Contains(item.Class))
            {
                Problem(path + ".class", $"class '{item.Class}' is not defined in $.classes");
            }
        }

        foreach ((string path, CmdbFact? fact) in relationships)
        {
            if (fact?.Relationship is not { } r)
            {
                continue;
            }

            if (!typeNames.Contains(r.Type))
            {
                Problem(path + ".type", $"relationship type '{r.Type}' is neither built in nor defined in $.relationshipTypes");
            }

            if (!itemIds.Contains(r.Source.Value))
            {
                Problem(path + ".source", $"item '{r.Source}' is not in $.items");
            }

            if (!itemIds.Contains(r.Target.Value))
            {
                Problem(path + ".target", $"item '{r.Target}' is not in $.items");
            }
        }

        var baselineNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string path, Baseline? baseline) in baselines)
        {
            if (baseline is not null && !baselineNames.TryAdd(baseline.Name, path))
            {
                Problem(path + ".name", $"baseline '{baseline.Name}' is already named at {baselineNames[baseline.Name]}");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        ClassCatalogue classCatalogue = ClassCatalogue.Validate(classes.Select(c => c.Value!).ToArray(), problems);
        RelationshipTypeCatalogue typeCatalogue = RelationshipTypeCatalogue.Validate(types.Select(t => t.Value!).ToArray(), problems);
        if (problems.Count > 0)
        {
            return null;
        }

        CmdbHistory history = CmdbHistory.Create(classCatalogue, typeCatalogue);
        history.Check(relationships.Select(r => r.Value!).ToArray(), i => relationships[i].Path, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        history = history.Append(items.Select(i => i.Value!).Concat(relationships.Select(r => r.Value!)));
        foreach ((_, Baseline? baseline) in baselines)
        {
            history = history.WithBaseline(baseline!);
        }

        return history;
    }

    private ConfigurationItemClass? ReadClass(JsonElement e, string path)
    {
        if (!Object(e, path, ClassProperties, new[] { "name" }))
        {
            return null;
        }

        string? name = Id(e, "name", path);
        string? parent = e.TryGetProperty("parent", out _) ? Id(e, "parent", path) : null;
        var attributes = List(e, "attributes", path, (a, p) =>
        {
            if (!Object(a, p, AttributeProperties, new[] { "name", "type" }))
            {
                return null;
            }

            string? attribute = Id(a, "name", p);
            AttributeType? type = Enum(a, "type", p, JsonNames.AttributeTypes);
            bool required = Boolean(a, "required", p) ?? false;
            return attribute is null || type is null ? null : new AttributeDefinition(attribute, type.Value, required);
        });
        if (name is null || attributes.Any(a => a.Value is null) || (e.TryGetProperty("parent", out _) && parent is null))
        {
            return null;
        }

        return Construct(path, () => new ConfigurationItemClass(name, parent, attributes.Select(a => a.Value!)), ("name", "name"), ("parent", "parent"), ("attributes", "attributes"));
    }

    private RelationshipType? ReadType(JsonElement e, string path)
    {
        if (!Object(e, path, TypeProperties, TypeProperties))
        {
            return null;
        }

        string? name = Text(e, "name", path, RelationshipType.MaxNameLength);
        string? inverse = Text(e, "inverse", path, RelationshipType.MaxNameLength);
        ImpactDirection? impact = Enum(e, "impact", path, JsonNames.ImpactDirections);
        return name is null || inverse is null || impact is null ? null : new RelationshipType(name, inverse, impact.Value);
    }

    private CmdbFact? ReadItem(JsonElement e, string path)
    {
        if (!Object(e, path, ItemProperties, new[] { "id", "validFrom", "recordedAt" }))
        {
            return null;
        }

        string? id = Id(e, "id", path);
        (Instant? from, Instant? to, Instant? recorded, bool retracted) = FactTimes(e, path);
        if (retracted)
        {
            return id is null || from is null || recorded is null ? null
                : Construct(path, () => CmdbFact.ItemRetraction(new ConfigurationItemId(id), from.Value, to, recorded.Value), ("validTo", "validTo"));
        }

        Required(e, path, "name", "class", "status");
        string? name = Text(e, "name", path, ConfigurationItemRecord.MaxTextLength);
        string? className = Id(e, "class", path);
        ConfigurationItemStatus? status = Enum(e, "status", path, JsonNames.Statuses);
        BusinessCriticality? criticality = e.TryGetProperty("criticality", out _) ? Enum(e, "criticality", path, JsonNames.Criticalities) : BusinessCriticality.Unassigned;
        // Non-short-circuiting '&': every optional text is checked and reported.
        bool textsValid = OptionalText(e, "version", path, out string? version)
            & OptionalText(e, "location", path, out string? location)
            & OptionalText(e, "owner", path, out string? owner)
            & OptionalText(e, "serialNumber", path, out string? serial)
            & OptionalText(e, "supplier", path, out string? supplier);
        LocalDate? acquired = e.TryGetProperty("acquiredOn", out _) ? Date(e, "acquiredOn", path) : null;
        bool acquiredBad = e.TryGetProperty("acquiredOn", out _) && acquired is null;
        (Quorum? quorum, bool quorumBad) = e.TryGetProperty("group", out JsonElement group) ? ReadGroup(group, path + ".group") : (null, false);
        Dictionary<string, AttributeValue>? attributes = e.TryGetProperty("attributes", out JsonElement map) ? ReadAttributes(map, path + ".attributes") : new Dictionary<string, AttributeValue>();
        var contacts = List(e, "contacts", path, ReadContact);
        var documents = List(e, "documents", path, ReadDocument);
        int before = problems.Count;
        if (id is null || from is null || recorded is null || name is null || className is null || status is null || criticality is null || acquiredBad || quorumBad
            || attributes is null || contacts.Any(c => c.Value is null) || documents.Any(d => d.Value is null) || !textsValid)
        {
            return null;
        }

        ConfigurationItemRecord? record = Construct(path, () => new ConfigurationItemRecord(new ConfigurationItemId(id), name, className)
        {
            Status = status.Value,
            Criticality = criticality.Value,
            Version = version,
            Location = location,
            Owner = owner,
            SerialNumber = serial,
            Supplier = supplier,
            AcquiredOn = acquired,
            Quorum = quorum,
            Attributes = attributes,
            Contacts = contacts.Select(c => c.Value!).ToArray(),
            Documents = documents.Select(d => d.Value!).ToArray(),
        });
        return record is null || problems.Count > before ? null
            : Construct(path, () => CmdbFact.ForItem(record, from.Value, to, recorded.Value), ("validTo", "validTo"));
    }

    private (Quorum? Quorum, bool Bad) ReadGroup(JsonElement e, string path)
    {
        if (!Object(e, path, GroupProperties, Array.Empty<string>()))
        {
            return (null, true);
        }

        bool count = e.TryGetProperty("minUp", out JsonElement c);
        bool percent = e.TryGetProperty("minUpPercent", out JsonElement p);
        if (count == percent)
        {
            Problem(path, "give exactly one of minUp (a count) and minUpPercent (a percentage)");
            return (null, true);
        }

        if (count)
        {
            if (c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out int n) || n < 0)
            {
                Problem(path + ".minUp", "expected a whole number, zero or more");
                return (null, true);
            }

            return (Quorum.Count(n), false);
        }

        if (p.ValueKind != JsonValueKind.Number || !p.TryGetDecimal(out decimal value) || value < 0 || value > 100)
        {
            Problem(path + ".minUpPercent", "expected a number in [0, 100]");
            return (null, true);
        }

        return (Quorum.Percentage(value), false);
    }

    private Dictionary<string, AttributeValue>? ReadAttributes(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            Problem(path, $"expected an object of attribute values, got {Kind(e)}");
            return null;
        }

        var map = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        bool ok = true;
        foreach (JsonProperty property in e.EnumerateObject())
        {
            string p = path + "." + property.Name;
            if (!RecordIdText.IsValid(property.Name))
            {
                Problem(p, "an attribute name has 1 to 100 characters and no white space");
                ok = false;
                continue;
            }

            if (map.ContainsKey(property.Name))
            {
                Problem(p, "the attribute appears twice");
                ok = false;
                continue;
            }

            AttributeValue? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => AttributeValue.Of(property.Value.GetString()!),
                JsonValueKind.True => AttributeValue.Of(true),
                JsonValueKind.False => AttributeValue.Of(false),
                JsonValueKind.Number when property.Value.TryGetDecimal(out decimal d) => AttributeValue.Of(d),
                JsonValueKind.Object => DateAttribute(property.Value, p),
                _ => null,
            };
            if (value is null)
            {
                if (property.Value.ValueKind != JsonValueKind.Object)
                {
                    Problem(p, $"expected text, a number, true, false or {{\"date\": \"yyyy-MM-dd\"}}, got {Kind(property.Value)}");
                }

                ok = false;
                continue;
            }

            map[property.Name] = value;
        }

        return ok ? map : null;
    }

    private AttributeValue? DateAttribute(JsonElement e, string path)
    {
        if (!Object(e, path, new[] { "date" }, new[] { "date" }))
        {
            return null;
        }

        LocalDate? date = Date(e, "date", path);
        return date is null ? null : AttributeValue.Of(date.Value);
    }

    private Contact? ReadContact(JsonElement e, string path)
    {
        if (!Object(e, path, ContactProperties, new[] { "role", "name" }))
        {
            return null;
        }

        string? role = Text(e, "role", path, Contact.MaxLength);
        string? name = Text(e, "name", path, Contact.MaxLength);
        string? reach = e.TryGetProperty("reach", out _) ? Text(e, "reach", path, Contact.MaxLength) : null;
        bool reachBad = e.TryGetProperty("reach", out _) && reach is null;
        ContactVerification? verification = null;
        bool verificationBad = false;
        if (e.TryGetProperty("lastVerification", out JsonElement v))
        {
            string p = path + ".lastVerification";
            verificationBad = true;
            if (Object(v, p, VerificationProperties, VerificationProperties))
            {
                Instant? at = InstantValue(v, "at", p);
                VerificationOutcome? outcome = Enum(v, "outcome", p, JsonNames.Outcomes);
                Actor? by = null;
                if (v.TryGetProperty("by", out JsonElement who) && Object(who, p + ".by", ActorProperties, new[] { "id" }))
                {
                    string? actorId = Text(who, "id", p + ".by", Actor.MaxLength);
                    string? display = who.TryGetProperty("name", out _) ? Text(who, "name", p + ".by", Actor.MaxLength) : null;
                    if (actorId is not null && (display is not null || !who.TryGetProperty("name", out _)))
                    {
                        by = Actor.Of(actorId, display);
                    }
                }

                if (at is not null && outcome is not null && by is not null)
                {
                    verification = new ContactVerification(at.Value, by, outcome.Value);
                    verificationBad = false;
                }
            }
        }

        return role is null || name is null || reachBad || verificationBad ? null : new Contact(role, name, reach, verification);
    }

    private ItemDocument? ReadDocument(JsonElement e, string path)
    {
        if (!Object(e, path, DocumentProperties, new[] { "kind", "name" }))
        {
            return null;
        }

        DocumentKind? kind = Enum(e, "kind", path, JsonNames.DocumentKinds);
        string? name = Text(e, "name", path, ItemDocument.MaxLength);
        string? reference = e.TryGetProperty("reference", out _) ? Text(e, "reference", path, ItemDocument.MaxLength) : null;
        LocalDate? expires = e.TryGetProperty("expires", out _) ? Date(e, "expires", path) : null;
        bool bad = (e.TryGetProperty("reference", out _) && reference is null) || (e.TryGetProperty("expires", out _) && expires is null);
        return kind is null || name is null || bad ? null : new ItemDocument(kind.Value, name, reference, expires);
    }

    private CmdbFact? ReadRelationship(JsonElement e, string path)
    {
        if (!Object(e, path, RelationshipProperties, new[] { "id", "validFrom", "recordedAt" }))
        {
            return null;
        }

        string? id = Id(e, "id", path);
        (Instant? from, Instant? to, Instant? recorded, bool retracted) = FactTimes(e, path);
        if (retracted)
        {
            return id is null || from is null || recorded is null ? null
                : Construct(path, () => CmdbFact.RelationshipRetraction(new RelationshipId(id), from.Value, to, recorded.Value), ("validTo", "validTo"));
        }

        Required(e, path, "source", "type", "target");
        string? source = Id(e, "source", path);
        string? type = Text(e, "type", path, RelationshipType.MaxNameLength);
        string? target = Id(e, "target", path);
        if (id is null || from is null || recorded is null || source is null || type is null || target is null)
        {
            return null;
        }

        var relationship = new Relationship(new RelationshipId(id), new ConfigurationItemId(source), type, new ConfigurationItemId(target));
        return Construct(path, () => CmdbFact.ForRelationship(relationship, from.Value, to, recorded.Value), ("validTo", "validTo"));
    }

    private Baseline? ReadBaseline(JsonElement e, string path)
    {
        if (!Object(e, path, BaselineProperties, BaselineProperties))
        {
            return null;
        }

        string? name = Text(e, "name", path, Baseline.MaxNameLength);
        Instant? validAt = InstantValue(e, "validAt", path);
        Instant? knownAt = InstantValue(e, "knownAt", path);
        return name is null || validAt is null || knownAt is null ? null : new Baseline(name, validAt.Value, knownAt.Value);
    }

    private (Instant? From, Instant? To, Instant? Recorded, bool Retracted) FactTimes(JsonElement e, string path)
    {
        Instant? from = InstantValue(e, "validFrom", path);
        Instant? to = e.TryGetProperty("validTo", out _) ? InstantValue(e, "validTo", path) : null;
        Instant? recorded = InstantValue(e, "recordedAt", path);
        if (from is { } f && to is { } t && t <= f)
        {
            Problem(path + ".validTo", $"the valid interval [validFrom, validTo) must not be empty: {InstantPattern.ExtendedIso.Format(t)} is not after {InstantPattern.ExtendedIso.Format(f)}");
            from = null;
        }

        bool retracted = false;
        if (e.TryGetProperty("retracted", out JsonElement r))
        {
            if (r.ValueKind != JsonValueKind.True)
            {
                Problem(path + ".retracted", "expected true (omit the property for a fact that states a value)");
            }
            else
            {
                retracted = true;
                foreach (JsonProperty property in e.EnumerateObject().Where(p => !FactProperties.Contains(p.Name)))
                {
                    Problem(path + "." + property.Name, "a retraction states no value: only id, validFrom, validTo and recordedAt are allowed");
                }
            }
        }

        return (from, to, recorded, retracted);
    }

    /// <summary>An optional text property: true when absent (value null) or valid; false (reported) when invalid.</summary>
    private bool OptionalText(JsonElement e, string name, string path, out string? value)
    {
        value = e.TryGetProperty(name, out _) ? Text(e, name, path, ConfigurationItemRecord.MaxTextLength) : null;
        return value is not null || !e.TryGetProperty(name, out _);
    }

    private Instant? InstantValue(JsonElement e, string name, string path) =>
        Value(e, name, path, InstantPattern.ExtendedIso, "an instant (expected ISO-8601 UTC such as 2026-04-01T09:00:00Z)");

    private T? Construct<T>(string path, Func<T> create, params (string Parameter, string Property)[] map)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            string property = map.FirstOrDefault(m => m.Parameter == e.ParamName).Property ?? string.Empty;
            Problem(property.Length == 0 ? path : path + "." + property, e.Message);
            return null;
        }
    }
}
