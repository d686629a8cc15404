namespace ItsmCore.Incidents;

/// <summary>
/// Command: reprioritise. Give a new impact and/or urgency (the matrix decides the priority), or override the
/// priority by name with a reason (journaled). Checked by <see cref="ChangeIncidentPriorityValidator"/>.
/// </summary>
public sealed record ChangeIncidentPriority
{
    /// <summary>The new impact level, or null to keep it.</summary>
    public string? Impact { get; init; }

    /// <summary>The new urgency level, or null to keep it.</summary>
    public string? Urgency { get; init; }

    /// <summary>A priority name that overrides the matrix, or null to use the matrix.</summary>
    public string? OverridePriority { get; init; }

    /// <summary>Why; required for an override (1 to 1,000 characters).</summary>
    public string? Reason { get; init; }
}
