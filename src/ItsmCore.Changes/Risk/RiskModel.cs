using System;
using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// How a change's risk is assessed: an impact x likelihood <see cref="RiskMatrix"/>, a weighted
/// <see cref="RiskQuestionnaire"/>, or both on one <see cref="RiskScale"/>, in which case the higher level wins.
/// Immutable and thread-safe.
/// </summary>
public sealed class RiskModel
{
    /// <summary>The refusal code when the model's matrix is used and no impact or likelihood is given.</summary>
    public const string MatrixInputMissingCode = "Change.Risk.MatrixInputMissing";

    /// <summary>Creates a model; at least one of matrix and questionnaire, on the same scale.</summary>
    /// <param name="matrix">The matrix, or null.</param>
    /// <param name="questionnaire">The questionnaire, or null.</param>
    /// <exception cref="ArgumentException">Both are null, or their scales differ.</exception>
    public RiskModel(RiskMatrix? matrix, RiskQuestionnaire? questionnaire)
    {
        if (matrix is null && questionnaire is null)
        {
            throw new ArgumentException("A risk model needs a matrix, a questionnaire or both.", nameof(matrix));
        }

        if (matrix is not null && questionnaire is not null && !matrix.Scale.Equals(questionnaire.Scale))
        {
            throw new ArgumentException("The matrix and the questionnaire must use the same risk scale.", nameof(questionnaire));
        }

        Matrix = matrix;
        Questionnaire = questionnaire;
        Scale = matrix?.Scale ?? questionnaire!.Scale;
    }

    /// <summary>The matrix, or null.</summary>
    public RiskMatrix? Matrix { get; }

    /// <summary>The questionnaire, or null.</summary>
    public RiskQuestionnaire? Questionnaire { get; }

    /// <summary>The risk scale.</summary>
    public RiskScale Scale { get; }

    /// <summary>
    /// Assesses a change: the matrix's level for <paramref name="impact"/> and <paramref name="likelihood"/>, the
    /// questionnaire's level for <paramref name="answers"/>, and the higher of the two.
    /// </summary>
    /// <param name="impact">The impact, when the model has a matrix.</param>
    /// <param name="likelihood">The likelihood, when the model has a matrix.</param>
    /// <param name="answers">The answers, when the model has a questionnaire.</param>
    /// <returns>The assessment, or refusals (missing matrix input, questionnaire refusals), all at once.</returns>
    /// <exception cref="ArgumentException">An impact or likelihood the matrix does not have.</exception>
    public Outcome<RiskAssessment> Assess(string? impact, string? likelihood, IReadOnlyDictionary<string, string>? answers)
    {
        var refusals = new List<Refusal>();
        RiskLevel? fromMatrix = null;
        if (Matrix is not null)
        {
            if (impact is null || likelihood is null)
            {
                refusals.Add(new Refusal(MatrixInputMissingCode, "The risk matrix needs an impact and a likelihood."));
            }
            else
            {
                fromMatrix = Matrix.RiskFor(impact, likelihood);
            }
        }

        RiskScore? fromQuestionnaire = null;
        if (Questionnaire is not null)
        {
            Outcome<RiskScore> score = Questionnaire.Score(answers ?? new Dictionary<string, string>());
            if (score.IsRefused)
            {
                refusals.AddRange(score.Refusals);
            }
            else
            {
                fromQuestionnaire = score.Value;
            }
        }

        if (refusals.Count > 0)
        {
            return Outcome<RiskAssessment>.Refused(refusals);
        }

        RiskLevel level = fromMatrix is { } m && fromQuestionnaire is { } q ? RiskLevel.Max(m, q.Level) : fromMatrix ?? fromQuestionnaire!.Level;
        return Outcome<RiskAssessment>.Success(new RiskAssessment(level, fromMatrix, fromQuestionnaire));
    }
}
