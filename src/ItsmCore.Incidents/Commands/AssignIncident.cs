using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>Command: assign to a group and optionally a person. Checked by <see cref="AssignIncidentValidator"/>.</summary>
/// <param name="AssignmentGroup">The group's id (1 to 100 characters, no white space).</param>
public sealed record AssignIncident(string AssignmentGroup)
{
    /// <summary>The person, or null for the group's queue.</summary>
    public Actor? Assignee { get; init; }
}
