namespace ItsmCore.Changes;

/// <summary>
/// A change's risk: the level, and where it came from. When both the matrix and the questionnaire are used, the higher
/// level wins. Immutable; equal by value.
/// </summary>
/// <param name="Level">The risk level (the higher of the two when both are used).</param>
/// <param name="FromMatrix">The matrix's level, when the matrix was used.</param>
/// <param name="FromQuestionnaire">The questionnaire's score and level, when it was used.</param>
public sealed record RiskAssessment(RiskLevel Level, RiskLevel? FromMatrix, RiskScore? FromQuestionnaire);
