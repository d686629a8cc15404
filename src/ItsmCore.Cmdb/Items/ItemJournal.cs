using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime.Text;

namespace ItsmCore.Cmdb;

/// <summary>An item-state event: it states the whole item record after the step.</summary>
internal interface IItemStateEvent
{
    ConfigurationItemRecord Record { get; }
}

/// <summary>
/// Field changes between two item records, named after the <see cref="ConfigurationItemRecord"/> properties
/// (<c>Attributes.{name}</c>, <c>Contacts.{role}</c>, <c>Documents</c> once per document added or removed).
/// </summary>
internal static class ItemJournal
{
    public const string Relationships = "Relationships";

    public static FieldChange[] Changes(ConfigurationItemRecord? before, ConfigurationItemRecord after)
    {
        var changes = new List<FieldChange>();
        void Field(string name, string? from, string? to)
        {
            if (from != to)
            {
                changes.Add(new FieldChange(name, from, to));
            }
        }

        Field(nameof(ConfigurationItemRecord.Name), before?.Name, after.Name);
        Field(nameof(ConfigurationItemRecord.Class), before?.Class, after.Class);
        Field(nameof(ConfigurationItemRecord.Status), before?.Status.ToString(), after.Status.ToString());
        Field(nameof(ConfigurationItemRecord.Version), before?.Version, after.Version);
        Field(nameof(ConfigurationItemRecord.Location), before?.Location, after.Location);
        Field(nameof(ConfigurationItemRecord.Owner), before?.Owner, after.Owner);
        Field(nameof(ConfigurationItemRecord.Criticality), before?.Criticality.ToString(), after.Criticality.ToString());
        Field(nameof(ConfigurationItemRecord.SerialNumber), before?.SerialNumber, after.SerialNumber);
        Field(nameof(ConfigurationItemRecord.Supplier), before?.Supplier, after.Supplier);
        Field(nameof(ConfigurationItemRecord.AcquiredOn), Date(before?.AcquiredOn), Date(after.AcquiredOn));
        Field(nameof(ConfigurationItemRecord.Quorum), before?.Quorum?.ToString(), after.Quorum?.ToString());
        IReadOnlyDictionary<string, AttributeValue> old = before?.Attributes ?? new Dictionary<string, AttributeValue>();
        foreach (string name in old.Keys.Union(after.Attributes.Keys).Order(System.StringComparer.Ordinal))
        {
            Field("Attributes." + name, old.TryGetValue(name, out AttributeValue? a) ? a.ToString() : null, after.Attributes.TryGetValue(name, out AttributeValue? b) ? b.ToString() : null);
        }

        IReadOnlyList<Contact> oldContacts = before?.Contacts ?? [];
        foreach (string role in oldContacts.Select(c => c.Role).Union(after.Contacts.Select(c => c.Role)))
        {
            Field("Contacts." + role, Text(oldContacts.FirstOrDefault(c => c.Role == role)), Text(after.Contacts.FirstOrDefault(c => c.Role == role)));
        }

        IReadOnlyList<ItemDocument> oldDocuments = before?.Documents ?? [];
        changes.AddRange(oldDocuments.Except(after.Documents).Select(d => new FieldChange(nameof(ConfigurationItemRecord.Documents), Text(d), null)));
        changes.AddRange(after.Documents.Except(oldDocuments).Select(d => new FieldChange(nameof(ConfigurationItemRecord.Documents), null, Text(d))));
        return changes.ToArray();
    }

    public static string Text(Relationship relationship) => $"{relationship.Id.Value}: {relationship}";

    private static string? Date(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static string? Text(Contact? contact)
    {
        if (contact is null)
        {
            return null;
        }

        string text = contact.Reach is null ? contact.Name : $"{contact.Name} ({contact.Reach})";
        return contact.LastVerification is { } v
            ? $"{text}, verified {InstantPattern.ExtendedIso.Format(v.At)} by {v.By.Id}: {v.Outcome}"
            : text;
    }

    private static string Text(ItemDocument document)
    {
        string text = $"{document.Kind} {document.Name}";
        text = document.Reference is null ? text : $"{text} ({document.Reference})";
        return document.Expires is { } e ? $"{text}, expires {LocalDatePattern.Iso.Format(e)}" : text;
    }
}
