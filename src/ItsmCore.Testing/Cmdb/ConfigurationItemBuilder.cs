using System;
using System.Collections.Generic;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// Builds a recorded <see cref="ConfigurationItem"/> through its commands:
/// <c>Build.ConfigurationItem().WithId("tape-1").WithContact("maintenance-contractor", "Tape Co.").Build()</c>.
/// Defaults: id <c>ci-1</c>, class <c>server</c> of <see cref="CmdbGraphBuilder.Classes"/>, status production, recorded by
/// <c>ops</c> at 2025-04-01T00:00Z. Mutable; not thread-safe.
/// </summary>
public sealed class ConfigurationItemBuilder
{
    private readonly List<Contact> contacts = new();
    private ConfigurationItemRecord record = new(new ConfigurationItemId("ci-1"), "ci-1", "server");
    private ConfigurationItemRules rules = ConfigurationItemRules.Create(new ConfigurationItemOptions { Classes = CmdbGraphBuilder.Classes });
    private Instant at = Instant.FromUtc(2025, 4, 1, 0, 0);

    /// <summary>Sets the id (and the name, unless set later).</summary>
    /// <param name="id">The id.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder WithId(string id)
    {
        record = new ConfigurationItemRecord(new ConfigurationItemId(id), id, record.Class) { Status = record.Status, Quorum = record.Quorum };
        return this;
    }

    /// <summary>Sets the class.</summary>
    /// <param name="className">The class name.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder OfClass(string className)
    {
        record = record with { Class = className };
        return this;
    }

    /// <summary>Declares the item a group with a quorum.</summary>
    /// <param name="quorum">The quorum.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder AsGroup(Quorum quorum)
    {
        record = record with { Quorum = quorum };
        return this;
    }

    /// <summary>Adds a contact, never verified.</summary>
    /// <param name="role">The role.</param>
    /// <param name="name">The name.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder WithContact(string role, string name)
    {
        contacts.Add(new Contact(role, name, null, null));
        return this;
    }

    /// <summary>Sets the rules.</summary>
    /// <param name="value">The rules.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder WithRules(ConfigurationItemRules value)
    {
        rules = value ?? throw new ArgumentNullException(nameof(value));
        return this;
    }

    /// <summary>Sets when the item is recorded.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>This builder.</returns>
    public ConfigurationItemBuilder RecordedAt(Instant instant)
    {
        at = instant;
        return this;
    }

    /// <summary>Records the item (and adds its contacts, one event each).</summary>
    /// <returns>The item, with its uncommitted events.</returns>
    public ConfigurationItem Build()
    {
        Actor ops = Actor.Of("ops");
        ConfigurationItem item = ConfigurationItem.Record(new RecordConfigurationItem(record), ops, at, rules);
        foreach (Contact contact in contacts)
        {
            item.AddContact(new AddConfigurationItemContact(contact), ops, at);
        }

        return item;
    }
}
