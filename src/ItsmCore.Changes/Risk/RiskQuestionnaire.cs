using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A weighted risk questionnaire: the score is the sum over the questions of <c>weight x score of the chosen answer</c>;
/// thresholds map a score to a risk level: the level of the highest threshold whose minimum score the score reaches,
/// the scale's lowest level below every threshold. Thresholds rise strictly in both score and level, so a higher
/// score never gives a lower risk. Immutable and thread-safe.
/// </summary>
public sealed class RiskQuestionnaire
{
    /// <summary>The refusal code for a question left unanswered.</summary>
    public const string UnansweredCode = "Change.Risk.Unanswered";

    /// <summary>The refusal code for an answer the question does not offer, or an answer to an unknown question.</summary>
    public const string UnknownAnswerCode = "Change.Risk.UnknownAnswer";

    private readonly RiskQuestion[] questions;
    private readonly KeyValuePair<int, RiskLevel>[] thresholds;

    /// <summary>Creates a questionnaire.</summary>
    /// <param name="scale">The risk scale.</param>
    /// <param name="questions">The questions (at least one, ids distinct).</param>
    /// <param name="thresholds">Minimum score and risk-level name pairs, rising strictly in both (at least one; scores positive).</param>
    /// <exception cref="ArgumentNullException">An argument or an item is null.</exception>
    /// <exception cref="ArgumentException">No questions, a question id given twice, no thresholds, an unknown level, or thresholds that do not rise strictly.</exception>
    public RiskQuestionnaire(RiskScale scale, IEnumerable<RiskQuestion> questions, IEnumerable<KeyValuePair<int, string>> thresholds)
    {
        Scale = scale ?? throw new ArgumentNullException(nameof(scale));
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(thresholds);
        this.questions = questions.ToArray();
        if (this.questions.Length == 0 || this.questions.Any(q => q is null))
        {
            throw new ArgumentException("A questionnaire needs at least one question and no null question.", nameof(questions));
        }

        if (this.questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != this.questions.Length)
        {
            throw new ArgumentException("A question id is given twice.", nameof(questions));
        }

        this.thresholds = thresholds.Select(t => new KeyValuePair<int, RiskLevel>(t.Key, scale.Get(t.Value))).ToArray();
        if (this.thresholds.Length == 0)
        {
            throw new ArgumentException("A questionnaire needs at least one threshold.", nameof(thresholds));
        }

        for (int i = 0; i < this.thresholds.Length; i++)
        {
            (int min, RiskLevel level) = this.thresholds[i];
            bool rises = i == 0 ? min > 0 && level > scale.Lowest : min > this.thresholds[i - 1].Key && level > this.thresholds[i - 1].Value;
            if (!rises)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Threshold {i} ({min} -> {level.Name}) must have a higher score (the first above 0) and a higher level than the one before (the first above {scale.Lowest.Name})."),
                    nameof(thresholds));
            }
        }
    }

    /// <summary>The risk scale.</summary>
    public RiskScale Scale { get; }

    /// <summary>The questions, in the order given.</summary>
    public IReadOnlyList<RiskQuestion> Questions => questions;

    /// <summary>The thresholds: minimum score and level, rising.</summary>
    public IReadOnlyList<KeyValuePair<int, RiskLevel>> Thresholds => thresholds;

    /// <summary>The risk level of a score.</summary>
    /// <param name="score">The weighted score.</param>
    /// <returns>The level of the highest threshold reached, or the lowest level.</returns>
    public RiskLevel LevelFor(long score)
    {
        RiskLevel level = Scale.Lowest;
        foreach ((int min, RiskLevel threshold) in thresholds)
        {
            if (score >= min)
            {
                level = threshold;
            }
        }

        return level;
    }

    /// <summary>Scores a set of answers: every question answered with one of its answers, else coded refusals (all at once).</summary>
    /// <param name="answers">Question id to answer id (ordinal).</param>
    /// <returns>The score and level, or refusals <see cref="UnansweredCode"/> / <see cref="UnknownAnswerCode"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    public Outcome<RiskScore> Score(IReadOnlyDictionary<string, string> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var refusals = new List<Refusal>();
        long total = 0;
        foreach (RiskQuestion question in questions)
        {
            if (!answers.TryGetValue(question.Id, out string? answer))
            {
                refusals.Add(new Refusal(UnansweredCode, $"The risk question '{question.Id}' is not answered.", [new("question", question.Id)]));
            }
            else if (question.ScoreOf(answer) is { } score)
            {
                total += (long)question.Weight * score;
            }
            else
            {
                refusals.Add(new Refusal(UnknownAnswerCode, $"The risk question '{question.Id}' has no answer '{answer}'.", [new("question", question.Id), new("answer", answer)]));
            }
        }

        foreach (string id in answers.Keys.Where(k => questions.All(q => q.Id != k)).Order(StringComparer.Ordinal))
        {
            refusals.Add(new Refusal(UnknownAnswerCode, $"The questionnaire has no question '{id}'.", [new("question", id)]));
        }

        return refusals.Count > 0 ? Outcome<RiskScore>.Refused(refusals) : Outcome<RiskScore>.Success(new RiskScore(total, LevelFor(total)));
    }
}
