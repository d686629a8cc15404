using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>
/// What every configuration item command may say besides its own fields: why (<see cref="Cause"/>, e.g. the change
/// request id, journaled as the reason) and the valid interval of the facts it states (<see cref="ValidFrom"/>, default
/// the command's instant; <see cref="ValidTo"/>, default open). Immutable.
/// </summary>
public abstract record ConfigurationItemCommand
{
    /// <summary>Creates the common part; only this package derives.</summary>
    private protected ConfigurationItemCommand()
    {
    }

    /// <summary>Why (e.g. a change request id); null when none.</summary>
    public string? Cause { get; init; }

    /// <summary>Start of the valid interval; null means the command's instant.</summary>
    public Instant? ValidFrom { get; init; }

    /// <summary>End (exclusive) of the valid interval; null means open.</summary>
    public Instant? ValidTo { get; init; }
}

/// <summary>Records a new configuration item with the whole record (status as given: an import may record an item already in production).</summary>
/// <param name="Record">The record.</param>
public sealed record RecordConfigurationItem(ConfigurationItemRecord Record) : ConfigurationItemCommand;

/// <summary>Renames the item.</summary>
/// <param name="Name">The new name.</param>
public sealed record RenameConfigurationItem(string Name) : ConfigurationItemCommand;

/// <summary>Sets and removes typed attributes and changes descriptive fields (a null field keeps its value).</summary>
/// <param name="Set">Attributes to set (name to value), or null.</param>
/// <param name="Remove">Attribute names to remove, or null.</param>
public sealed record UpdateConfigurationItemAttributes(IReadOnlyDictionary<string, AttributeValue>? Set, IReadOnlyList<string>? Remove = null) : ConfigurationItemCommand
{
    /// <summary>The new version, or null to keep.</summary>
    public string? Version { get; init; }

    /// <summary>The new location, or null to keep.</summary>
    public string? Location { get; init; }

    /// <summary>The new owner, or null to keep.</summary>
    public string? Owner { get; init; }

    /// <summary>The new business criticality, or null to keep.</summary>
    public BusinessCriticality? Criticality { get; init; }

    /// <summary>The new serial number, or null to keep.</summary>
    public string? SerialNumber { get; init; }

    /// <summary>The new supplier, or null to keep.</summary>
    public string? Supplier { get; init; }

    /// <summary>The new acquisition date, or null to keep.</summary>
    public LocalDate? AcquiredOn { get; init; }
}

/// <summary>Changes the item's class (checked against the class catalogue).</summary>
/// <param name="Class">The new class name.</param>
public sealed record ChangeConfigurationItemClass(string Class) : ConfigurationItemCommand;

/// <summary>Declares the item a redundancy group with a quorum, or changes its quorum.</summary>
/// <param name="Quorum">The quorum.</param>
public sealed record DeclareConfigurationItemGroup(Quorum Quorum) : ConfigurationItemCommand;

/// <summary>Ends the item's redundancy group declaration.</summary>
public sealed record UndeclareConfigurationItemGroup : ConfigurationItemCommand;

/// <summary>Moves the item in its lifecycle.</summary>
/// <param name="Trigger">The trigger to fire.</param>
public sealed record ChangeConfigurationItemStatus(ConfigurationItemTrigger Trigger) : ConfigurationItemCommand;

/// <summary>Adds a relationship from this item (its source).</summary>
/// <param name="Id">The relationship's own id.</param>
/// <param name="Type">The relationship type's name.</param>
/// <param name="Target">The target item.</param>
public sealed record AddConfigurationItemRelationship(RelationshipId Id, string Type, ConfigurationItemId Target) : ConfigurationItemCommand;

/// <summary>Removes a relationship from this item.</summary>
/// <param name="Id">The relationship's id.</param>
public sealed record RemoveConfigurationItemRelationship(RelationshipId Id) : ConfigurationItemCommand;

/// <summary>Adds a contact (one per role).</summary>
/// <param name="Contact">The contact.</param>
public sealed record AddConfigurationItemContact(Contact Contact) : ConfigurationItemCommand;

/// <summary>Records a verification of the contact with a role; with <see cref="VerificationOutcome.Corrected"/>, the corrected name and reach (null keeps).</summary>
/// <param name="Role">The contact's role.</param>
/// <param name="Outcome">Reachable, unreachable or corrected.</param>
/// <param name="CorrectedName">The corrected name, or null.</param>
/// <param name="CorrectedReach">The corrected reach, or null.</param>
public sealed record VerifyConfigurationItemContact(string Role, VerificationOutcome Outcome, string? CorrectedName = null, string? CorrectedReach = null) : ConfigurationItemCommand;

/// <summary>Adds a document or licence; an equal one already held changes nothing.</summary>
/// <param name="Document">The document.</param>
public sealed record AddConfigurationItemDocument(ItemDocument Document) : ConfigurationItemCommand;
