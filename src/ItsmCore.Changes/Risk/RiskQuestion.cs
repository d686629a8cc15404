using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A question of a <see cref="RiskQuestionnaire"/>: an id, the text, a weight and the answers with their scores. The
/// question contributes <c>Weight x score of the chosen answer</c>. Immutable and thread-safe.
/// </summary>
public sealed class RiskQuestion : IEquatable<RiskQuestion>
{
    /// <summary>Creates a question.</summary>
    /// <param name="id">The question id (unique in its questionnaire, ordinal).</param>
    /// <param name="text">The question for people.</param>
    /// <param name="weight">0 to 1,000.</param>
    /// <param name="answers">Answer id and score (0 to 1,000) pairs, at least two, ids distinct (ordinal).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A blank, padded or too long id or text, fewer than two answers, or an answer id given twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight or score is out of range.</exception>
    public RiskQuestion(string id, string text, int weight, IEnumerable<KeyValuePair<string, int>> answers)
    {
        Id = TextGuard.Check(id, nameof(id), 100);
        Text = TextGuard.Check(text, nameof(text), 1000);
        Weight = weight is >= 0 and <= 1000 ? weight : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A weight is 0 to 1,000.");
        ArgumentNullException.ThrowIfNull(answers);
        var list = new List<KeyValuePair<string, int>>();
        foreach ((string answer, int score) in answers)
        {
            TextGuard.Check(answer, nameof(answers), 100);
            if (score is < 0 or > 1000)
            {
                throw new ArgumentOutOfRangeException(nameof(answers), score, $"The score of answer '{answer}' must be 0 to 1,000.");
            }

            if (list.Any(a => a.Key == answer))
            {
                throw new ArgumentException($"The answer '{answer}' is given twice.", nameof(answers));
            }

            list.Add(new(answer, score));
        }

        if (list.Count < 2)
        {
            throw new ArgumentException("A question needs at least two answers.", nameof(answers));
        }

        Answers = EquatableArray.From(list);
    }

    /// <summary>The question id.</summary>
    public string Id { get; }

    /// <summary>The question for people.</summary>
    public string Text { get; }

    /// <summary>The weight.</summary>
    public int Weight { get; }

    /// <summary>The answers and their scores, in the order given.</summary>
    public EquatableArray<KeyValuePair<string, int>> Answers { get; }

    /// <summary>The score of answer <paramref name="answer"/> (ordinal), or null when the question has no such answer.</summary>
    /// <param name="answer">The answer id.</param>
    /// <returns>The score or null.</returns>
    public int? ScoreOf(string answer)
    {
        foreach ((string id, int score) in Answers)
        {
            if (string.Equals(id, answer, StringComparison.Ordinal))
            {
                return score;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(RiskQuestion? other) => other is not null && Id == other.Id && Text == other.Text && Weight == other.Weight && Answers.Equals(other.Answers);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RiskQuestion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Weight, Answers);

    /// <summary>The id and the weight.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} (weight {Weight})";
}
