namespace ItsmCore.Problems;

/// <summary>
/// Command: reopen a resolved problem for more investigation (<see cref="Problem.Reopen"/>); the resolution is cleared.
/// Checked by its validator (<c>IValidator&lt;ReopenProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Reason">Why (e.g. the incidents recur); required, 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record ReopenProblem(string Reason);
