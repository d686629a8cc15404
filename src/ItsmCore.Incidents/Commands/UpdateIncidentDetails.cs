using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>Command: change descriptive fields; null leaves a field as it is, at least one must be given. Checked by <see cref="UpdateIncidentDetailsValidator"/>.</summary>
public sealed record UpdateIncidentDetails
{
    /// <summary>The new title (1 to 200 characters), or null.</summary>
    public string? Title { get; init; }

    /// <summary>The new description (up to 10,000 characters), or null.</summary>
    public string? Description { get; init; }

    /// <summary>The new affected service, or null.</summary>
    public ServiceId? Service { get; init; }

    /// <summary>The new list of affected configuration items (replaces the old one), or null.</summary>
    public IReadOnlyList<ConfigurationItemId>? ConfigurationItems { get; init; }

    /// <summary>The new classification, or null.</summary>
    public CategoryPath? Category { get; init; }
}
