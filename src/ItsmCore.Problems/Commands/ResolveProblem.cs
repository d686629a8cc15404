using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: record that the problem's cause was removed (<see cref="Problem.Resolve"/>). Checked by its validator (<c>IValidator&lt;ResolveProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="ResolutionCode">The resolution code (the host's vocabulary); 1 to <see cref="Problem.MaxCodeLength"/> characters, not padded.</param>
/// <param name="Notes">What was done; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
/// <param name="Change">The change that removed the cause, or null; not the empty id.</param>
public sealed record ResolveProblem(string ResolutionCode, string Notes, ChangeId? Change = null);
