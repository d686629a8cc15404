namespace ItsmCore.Problems;

/// <summary>
/// Command: start investigating a new problem (<see cref="Problem.StartInvestigation"/>). Checked by its validator (<c>IValidator&lt;InvestigateProblem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Reason">Why, or null; 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record InvestigateProblem(string? Reason = null);
