namespace ItsmCore.Problems;

/// <summary>
/// Command: withdraw a problem that is not resolved (<see cref="Problem.Cancel"/>); its known error, if any, is retired.
/// Checked by its validator (<c>IValidator&lt;CancelProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Reason">Why (e.g. a duplicate of another problem); required, 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record CancelProblem(string Reason);
