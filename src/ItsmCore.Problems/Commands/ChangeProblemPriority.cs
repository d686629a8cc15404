namespace ItsmCore.Problems;

/// <summary>
/// Command: reassess a problem's priority (<see cref="Problem.ChangePriority"/>). The impact and urgency are always
/// restated; the priority is the matrix's cell for them unless <paramref name="OverridePriority"/> names a level of the
/// matrix's scale, which then applies instead and needs a <paramref name="Reason"/>. A reassessment without an
/// override ends an earlier override. Checked by its validator (<c>IValidator&lt;ChangeProblemPriority&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Impact">An impact level of the priority matrix (ignoring case).</param>
/// <param name="Urgency">An urgency level of the priority matrix (ignoring case).</param>
/// <param name="OverridePriority">The name of a priority level to use instead of the matrix's cell; null for the matrix's cell.</param>
/// <param name="Reason">Why; required with an override (1 to <see cref="Problem.MaxReasonLength"/> characters, not padded), optional otherwise.</param>
public sealed record ChangeProblemPriority(string Impact, string Urgency, string? OverridePriority = null, string? Reason = null);
