using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// The recorded state of a configuration item at one point of its history: id, name, class, lifecycle status,
/// version, location, owner, criticality, serial number, supplier, acquisition date, typed attributes, contacts,
/// documents and licences, and (for a redundancy group) its quorum. Immutable: change it with <c>with</c>
/// expressions or the <c>With...</c> helpers; equality is by value, collections element by element.
/// </summary>
public sealed record ConfigurationItemRecord
{
    /// <summary>The longest name or free text (version, location, owner, serial number, supplier) accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Creates a record with the given id, name and class and everything else empty (status <see cref="ConfigurationItemStatus.Production"/>).</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="name">Its name; not blank, not padded, at most <see cref="MaxTextLength"/> characters.</param>
    /// <param name="className">Its class's name (see <see cref="ClassCatalogue"/>).</param>
    /// <exception cref="ArgumentException">The id is the default value, or a text is invalid.</exception>
    public ConfigurationItemRecord(ConfigurationItemId id, string name, string className)
    {
        Id = id.Value.Length == 0 ? throw new ArgumentException("An item id is required.", nameof(id)) : id;
        Name = name;
        Class = className;
    }

    /// <summary>The item's id.</summary>
    public ConfigurationItemId Id { get; }

    /// <summary>The item's name.</summary>
    public string Name { get; init => field = TextGuard.Check(value, nameof(Name), MaxTextLength); }

    /// <summary>The item's class's name.</summary>
    public string Class { get; init => field = RecordIdText.Check(value, nameof(Class)); }

    /// <summary>The lifecycle status. <value>The default value is <see cref="ConfigurationItemStatus.Production"/>.</value></summary>
    public ConfigurationItemStatus Status
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentException($"Unknown status {(int)value}.", nameof(Status));
    }

    = ConfigurationItemStatus.Production;

    /// <summary>The version, or null.</summary>
    public string? Version { get; init => field = Optional(value, nameof(Version)); }

    /// <summary>The location, or null.</summary>
    public string? Location { get; init => field = Optional(value, nameof(Location)); }

    /// <summary>The owner, or null.</summary>
    public string? Owner { get; init => field = Optional(value, nameof(Owner)); }

    /// <summary>The business criticality. <value>The default value is <see cref="BusinessCriticality.Unassigned"/>.</value></summary>
    public BusinessCriticality Criticality
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentException($"Unknown criticality {(int)value}.", nameof(Criticality));
    }

    /// <summary>The manufacturer's serial number, or null (the health report flags items sharing one).</summary>
    public string? SerialNumber { get; init => field = Optional(value, nameof(SerialNumber)); }

    /// <summary>The supplier (an external organisation), or null.</summary>
    public string? Supplier { get; init => field = Optional(value, nameof(Supplier)); }

    /// <summary>The acquisition date, or null.</summary>
    public LocalDate? AcquiredOn { get; init; }

    /// <summary>The quorum when the item is a redundancy group (a pool, a cluster, a tape library); null otherwise.</summary>
    public Quorum? Quorum { get; init; }

    /// <summary>Whether the item is declared as a redundancy group.</summary>
    public bool IsGroup => Quorum is not null;

    /// <summary>The typed attributes by name (ordinal order).</summary>
    public IReadOnlyDictionary<string, AttributeValue> Attributes
    {
        get => field ?? ImmutableSortedDictionary<string, AttributeValue>.Empty;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Attributes));
            var builder = ImmutableSortedDictionary.CreateBuilder<string, AttributeValue>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, AttributeValue> pair in value)
            {
                RecordIdText.Check(pair.Key, nameof(Attributes));
                builder.Add(pair.Key, pair.Value ?? throw new ArgumentNullException(nameof(Attributes)));
            }

            field = builder.ToImmutable();
        }
    }

    /// <summary>The recorded contacts.</summary>
    public IReadOnlyList<Contact> Contacts { get => field ?? Array.Empty<Contact>(); init => field = Sequences.Copy(value, nameof(Contacts)); }

    /// <summary>The documents and licences.</summary>
    public IReadOnlyList<ItemDocument> Documents { get => field ?? Array.Empty<ItemDocument>(); init => field = Sequences.Copy(value, nameof(Documents)); }

    /// <summary>This record with one attribute set (or replaced).</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new record.</returns>
    public ConfigurationItemRecord WithAttribute(string name, AttributeValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var map = new Dictionary<string, AttributeValue>(Attributes, StringComparer.Ordinal) { [RecordIdText.Check(name, nameof(name))] = value };
        return this with { Attributes = map };
    }

    /// <summary>This record without an attribute.</summary>
    /// <param name="name">The attribute name.</param>
    /// <returns>The new record (equal to this one when the attribute was absent).</returns>
    public ConfigurationItemRecord WithoutAttribute(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return this with { Attributes = Attributes.Where(p => p.Key != name).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) };
    }

    /// <summary>This record with a verification recorded on every contact of a role.</summary>
    /// <param name="role">The contact role.</param>
    /// <param name="verification">The verification.</param>
    /// <returns>The new record.</returns>
    /// <exception cref="ArgumentException">The item has no contact with that role.</exception>
    public ConfigurationItemRecord WithVerification(string role, ContactVerification verification)
    {
        ArgumentNullException.ThrowIfNull(role);
        ArgumentNullException.ThrowIfNull(verification);
        if (!Contacts.Any(c => c.Role == role))
        {
            throw new ArgumentException($"Item '{Id}' has no contact with role '{role}'.", nameof(role));
        }

        return this with
        {
            Contacts = Contacts.Select(c => c.Role == role ? new Contact(c.Role, c.Name, c.Reach, verification) : c).ToArray(),
        };
    }

    /// <inheritdoc />
    public bool Equals(ConfigurationItemRecord? other) =>
        other is not null
        && Id == other.Id && Name == other.Name && Class == other.Class && Status == other.Status
        && Version == other.Version && Location == other.Location && Owner == other.Owner
        && Criticality == other.Criticality && SerialNumber == other.SerialNumber && Supplier == other.Supplier
        && AcquiredOn == other.AcquiredOn && Equals(Quorum, other.Quorum)
        && Sequences.Equal(Attributes, other.Attributes)
        && Sequences.Equal(Contacts, other.Contacts)
        && Sequences.Equal(Documents, other.Documents);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Class, Status);

    private static string? Optional(string? value, string name) => value is null ? null : TextGuard.Check(value, name, MaxTextLength);
}
