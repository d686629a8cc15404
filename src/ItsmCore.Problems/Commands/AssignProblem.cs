using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: set who works on a problem (<see cref="Problem.Assign"/>); both values replace the current ones, null
/// clears. Checked by its validator (<c>IValidator&lt;AssignProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="AssignmentGroup">The group (team) responsible, or null for none; 1 to <see cref="Problem.MaxNameLength"/> characters, not padded.</param>
/// <param name="Assignee">The person responsible, or null for none.</param>
public sealed record AssignProblem(string? AssignmentGroup, Actor? Assignee = null);
