using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

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
