using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Command: assign the request to a group and optionally a person (the first assignment, or a reassignment while it
/// is assigned, in fulfilment or on hold). Checked by <see cref="AssignServiceRequestValidator"/>.
/// </summary>
/// <param name="AssignmentGroup">The group's id (1 to 100 characters, no white space).</param>
public sealed record AssignServiceRequest(string AssignmentGroup)
{
    /// <summary>The person, or null for the group's queue.</summary>
    public Actor? Assignee { get; init; }
}
