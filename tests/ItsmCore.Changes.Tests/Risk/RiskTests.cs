using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Primitives;

namespace ItsmCore.Changes.Tests.Risk;

public sealed class RiskTests
{
    private static readonly string[] Impacts = ["Major", "Moderate", "Minor"];
    private static readonly string[] Likelihoods = ["Likely", "Possible", "Unlikely"];

    private static RiskMatrix Matrix() =>
        RiskMatrix.CreateBuilder(RiskScale.Default, Impacts, Likelihoods)
            .Set("Major", "Likely", "Very high").Set("Major", "Possible", "High").Set("Major", "Unlikely", "Medium")
            .Set("Moderate", "Likely", "High").Set("Moderate", "Possible", "Medium").Set("Moderate", "Unlikely", "Low")
            .Set("Minor", "Likely", "Medium").Set("Minor", "Possible", "Low").Set("Minor", "Unlikely", "Low")
            .Build();

    private static RiskQuestionnaire Questionnaire() => new(
        RiskScale.Default,
        [
            new RiskQuestion("outage", "Does the change need an outage?", 3, [new("no", 0), new("short", 1), new("long", 3)]),
            new RiskQuestion("rollback", "Is the rollback tested?", 2, [new("tested", 0), new("untested", 2)]),
            new RiskQuestion("users", "How many users are affected?", 1, [new("few", 0), new("many", 2)]),
        ],
        [new(3, "Medium"), new(6, "High"), new(10, "Very high")]);

    [Fact]
    public void RiskFor_Cells_AreTheTable()
    {
        RiskMatrix matrix = Matrix();
        Assert.Equal(new RiskLevel(3, "Very high"), matrix.RiskFor("major", "LIKELY"));
        Assert.Equal(new RiskLevel(0, "Low"), matrix.RiskFor("Minor", "Unlikely"));
        Assert.Equal(new RiskLevel(1, "Medium"), matrix.RiskFor("Moderate", "Possible"));
        Assert.Throws<ArgumentException>(() => matrix.RiskFor("Huge", "Likely"));
        Assert.Equal(
            "| impact \\ likelihood | Likely | Possible | Unlikely |\n| --- | --- | --- | --- |\n| Major | Very high | High | Medium |\n| Moderate | High | Medium | Low |\n| Minor | Medium | Low | Low |\n",
            matrix.ToMarkdown());
    }

    [Fact]
    public void Build_LowerRiskForAMoreSevereImpactAndAnEmptyCell_ListsEveryProblem()
    {
        RiskMatrixBuilder builder = Matrix().ToBuilder().Set("Major", "Unlikely", "Low").Set("Minor", "Unlikely", "Medium");
        ArgumentException e = Assert.Throws<ArgumentException>(builder.Build);
        Assert.Contains("Impact Minor with likelihood Unlikely gives Medium, higher than the more severe impact Moderate (Low).", e.Message, StringComparison.Ordinal);
        Assert.Contains("Likelihood Unlikely with impact Minor gives Medium, higher than the more likely Possible (Low).", e.Message, StringComparison.Ordinal);

        ArgumentException empty = Assert.Throws<ArgumentException>(RiskMatrix.CreateBuilder(RiskScale.Default, ["A"], ["x", "y"]).Set("A", "x", "Low").Build);
        Assert.Contains("Cell (A, y) has no risk level.", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToBuilder_Edit_GivesANewMatrixAndLeavesTheOldOne()
    {
        RiskMatrix old = Matrix();
        RiskMatrix edited = old.ToBuilder().Set("Minor", "Unlikely", "Low").Set("Major", "Unlikely", "High").Build();
        Assert.Equal("Medium", old.RiskFor("Major", "Unlikely").Name);
        Assert.Equal("High", edited.RiskFor("Major", "Unlikely").Name);
        Assert.NotEqual(old, edited);
        Assert.Equal(old, old.ToBuilder().Build());
    }

    [Fact]
    public void Score_WeightedAnswers_PickTheHighestThresholdReached()
    {
        RiskQuestionnaire q = Questionnaire();
        Assert.Equal(new RiskScore(0, RiskScale.Default.Get("Low")), q.Score(Answers("no", "tested", "few")).Value);
        Assert.Equal(new RiskScore(3, RiskScale.Default.Get("Medium")), q.Score(Answers("short", "tested", "few")).Value);
        Assert.Equal(new RiskScore(5, RiskScale.Default.Get("Medium")), q.Score(Answers("short", "tested", "many")).Value);
        Assert.Equal(new RiskScore(7, RiskScale.Default.Get("High")), q.Score(Answers("short", "untested", "few")).Value);
        Assert.Equal(new RiskScore(9, RiskScale.Default.Get("High")), q.Score(Answers("long", "tested", "few")).Value);
        Assert.Equal(new RiskScore(15, RiskScale.Default.Get("Very high")), q.Score(Answers("long", "untested", "many")).Value);
    }

    [Fact]
    public void Score_MissingAndUnknownAnswers_AreRefusedAllAtOnce()
    {
        Outcome<RiskScore> outcome = Questionnaire().Score(new Dictionary<string, string> { ["outage"] = "forever", ["colour"] = "red" });
        Assert.Equal(
            ["Change.Risk.UnknownAnswer", "Change.Risk.Unanswered", "Change.Risk.Unanswered", "Change.Risk.UnknownAnswer"],
            outcome.Refusals.Select(r => r.Code));
        Assert.Equal("colour", outcome.Refusals[3]["question"]);
    }

    [Fact]
    public void Questionnaire_ThresholdsNotRising_AreRejected()
    {
        RiskQuestion[] questions = [new("a", "A?", 1, [new("no", 0), new("yes", 1)])];
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire(RiskScale.Default, questions, [new(5, "High"), new(3, "Very high")]));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire(RiskScale.Default, questions, [new(3, "High"), new(5, "High")]));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire(RiskScale.Default, questions, [new(0, "High")]));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire(RiskScale.Default, questions, [new(1, "Low")]));
        Assert.Throws<ArgumentException>(() => new RiskQuestionnaire(RiskScale.Default, questions, []));
    }

    [Fact]
    public void Assess_Both_TheHigherWins()
    {
        var model = new RiskModel(Matrix(), Questionnaire());
        RiskAssessment low = model.Assess("Minor", "Unlikely", Answers("long", "tested", "few")).Value;
        Assert.Equal("High", low.Level.Name);
        Assert.Equal("Low", low.FromMatrix!.Value.Name);
        RiskAssessment high = model.Assess("Major", "Likely", Answers("no", "tested", "few")).Value;
        Assert.Equal("Very high", high.Level.Name);
        Assert.True(model.Assess(null, "Likely", Answers("no", "tested", "few")).HasRefusal(RiskModel.MatrixInputMissingCode));
        Assert.Throws<ArgumentException>(() => new RiskModel(Matrix(), new RiskQuestionnaire(RiskScale.Create("L", "H"), Questionnaire().Questions, [new(1, "H")])));
    }

    [Fact]
    public void Build_RandomTables_AcceptedExactlyWhenMonotoneOverEveryPair() => PropertyRunner.Run(
        from rows in Gen.Choose(1, 4)
        from cols in Gen.Choose(1, 4)
        from cells in Gen.ArrayOf(Gen.Frequency((1, Gen.Choose(0, 3)), (3, Gen.Constant(-1))), rows * cols)
        select (rows, cols, Monotone(rows, cols, cells)),
        t =>
        {
            (int rows, int cols, int[] cells) = t;
            string[] impacts = [.. Enumerable.Range(0, rows).Select(i => $"I{i}")];
            string[] likelihoods = [.. Enumerable.Range(0, cols).Select(i => $"L{i}")];
            RiskMatrixBuilder builder = RiskMatrix.CreateBuilder(RiskScale.Default, impacts, likelihoods);
            for (int i = 0; i < rows; i++)
            {
                for (int l = 0; l < cols; l++)
                {
                    builder.Set(impacts[i], likelihoods[l], RiskScale.Default.Levels[cells[(i * cols) + l]].Name);
                }
            }

            // Oracle: every pair along each row and column, not just neighbours.
            bool monotone = true;
            for (int i = 0; i < rows; i++)
            {
                for (int l = 0; l < cols; l++)
                {
                    for (int j = i + 1; j < rows; j++)
                    {
                        monotone &= cells[(j * cols) + l] <= cells[(i * cols) + l];
                    }

                    for (int k = l + 1; k < cols; k++)
                    {
                        monotone &= cells[(i * cols) + k] <= cells[(i * cols) + l];
                    }
                }
            }

            if (monotone)
            {
                RiskMatrix matrix = builder.Build();
                Assert.All(Enumerable.Range(0, rows * cols), c => Assert.Equal(cells[c], matrix.RiskFor(impacts[c / cols], likelihoods[c % cols]).Rank));
            }
            else
            {
                Assert.Throws<ArgumentException>(builder.Build);
            }
        });

    [Fact]
    public void Score_HigherAnswersNeverLowerTheRisk_AndTheLevelMatchesALinearScan() => PropertyRunner.Run(
        from count in Gen.Choose(1, 5)
        from weights in Gen.ArrayOf(Gen.Choose(0, 10), count)
        from low in Gen.ArrayOf(Gen.Choose(0, 2), count)
        from bump in Gen.ArrayOf(Gen.Choose(0, 2), count)
        from t1 in Gen.Choose(1, 20)
        from t2 in Gen.Choose(1, 20)
        select (weights, low, bump, t1, t2),
        c =>
        {
            RiskQuestion[] questions = [.. c.weights.Select((w, i) => new RiskQuestion($"q{i}", "Q?", w, [new("s0", 0), new("s1", 1), new("s2", 2), new("s4", 4)]))];
            var questionnaire = new RiskQuestionnaire(RiskScale.Default, questions, [new(c.t1, "Medium"), new(c.t1 + c.t2, "High")]);
            int[] score = [0, 1, 2, 4];
            Dictionary<string, string> lower = questions.Select((q, i) => (q.Id, c.low[i])).ToDictionary(p => p.Id, p => $"s{score[p.Item2]}");
            Dictionary<string, string> higher = questions.Select((q, i) => (q.Id, Math.Min(3, c.low[i] + c.bump[i]))).ToDictionary(p => p.Id, p => $"s{score[p.Item2]}");

            RiskScore a = questionnaire.Score(lower).Value;
            RiskScore b = questionnaire.Score(higher).Value;
            Assert.True(b.Level >= a.Level, $"{a} then {b}");
            long expectedScore = c.weights.Select((w, i) => (long)w * score[c.low[i]]).Sum();
            Assert.Equal(expectedScore, a.Score);
            string expectedLevel = expectedScore >= c.t1 + c.t2 ? "High" : expectedScore >= c.t1 ? "Medium" : "Low";
            Assert.Equal(expectedLevel, a.Level.Name);
        });

    [Fact]
    public void Assess_RandomInputs_IsTheMaximumOfEachMethodAlone() => PropertyRunner.Run(
        from impact in Gen.Elements(Impacts)
        from likelihood in Gen.Elements(Likelihoods)
        from outage in Gen.Elements("no", "short", "long")
        from rollback in Gen.Elements("tested", "untested")
        from users in Gen.Elements("few", "many")
        select (impact, likelihood, Answers(outage, rollback, users)),
        c =>
        {
            RiskLevel matrixOnly = new RiskModel(Matrix(), null).Assess(c.impact, c.likelihood, null).Value.Level;
            RiskLevel questionnaireOnly = new RiskModel(null, Questionnaire()).Assess(null, null, c.Item3).Value.Level;
            RiskAssessment both = new RiskModel(Matrix(), Questionnaire()).Assess(c.impact, c.likelihood, c.Item3).Value;
            Assert.Equal(matrixOnly.Rank >= questionnaireOnly.Rank ? matrixOnly : questionnaireOnly, both.Level);
            Assert.True(both.Level >= matrixOnly && both.Level >= questionnaireOnly);
        });

    private static Dictionary<string, string> Answers(string outage, string rollback, string users) =>
        new() { ["outage"] = outage, ["rollback"] = rollback, ["users"] = users };

    /// <summary>Fills the -1 cells so the table is monotone (max of the cells above and to the left), keeping the given ones; the result may still break the order where given cells disagree.</summary>
    private static int[] Monotone(int rows, int cols, int[] cells)
    {
        int[] result = [.. cells];
        for (int i = rows - 1; i >= 0; i--)
        {
            for (int l = cols - 1; l >= 0; l--)
            {
                if (result[(i * cols) + l] < 0)
                {
                    int below = i + 1 < rows ? result[((i + 1) * cols) + l] : 0;
                    int right = l + 1 < cols ? result[(i * cols) + l + 1] : 0;
                    result[(i * cols) + l] = Math.Max(below, right);
                }
            }
        }

        return result;
    }
}
