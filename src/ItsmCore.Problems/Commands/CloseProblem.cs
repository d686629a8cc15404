namespace ItsmCore.Problems;

/// <summary>
/// Command: close a resolved problem (<see cref="Problem.Close"/>); its known error, if any, is retired. Checked by its validator (<c>IValidator&lt;CloseProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Reason">Why, or null; 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record CloseProblem(string? Reason = null);
