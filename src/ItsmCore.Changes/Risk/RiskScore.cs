namespace ItsmCore.Changes;

/// <summary>A questionnaire's result: the weighted score and the level it gives. Immutable; equal by value.</summary>
/// <param name="Score">The sum of weight x answer score.</param>
/// <param name="Level">The level of the highest threshold reached.</param>
public sealed record RiskScore(long Score, RiskLevel Level);
