namespace ItsmCore.Changes;

/// <summary>One criterion's verdict. Immutable; equal by value.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Measured">The measured value, or null when not measured.</param>
/// <param name="Verdict">Met, not met, or not measured.</param>
/// <param name="Explanation">For people, e.g. <c>Key fields missing: 0.55 % measured, at most 0.5 % required: not met</c>.</param>
public sealed record GateVerdict(GateCriterion Criterion, decimal? Measured, GateVerdictKind Verdict, string Explanation);
