using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class PriorityMatrixBuilderTests
{
    private static readonly string[] Hml = { "High", "Medium", "Low" };

    // A 4-level scale where 4 is the most urgent, and a 4 x 3 matrix onto it.
    private static readonly PriorityScale FourIsMostUrgent =
        PriorityScale.Create(PriorityOrder.OneIsLeastUrgent, "Low", "Moderate", "High", "Critical");

    private static readonly string[] Impacts4 = { "Enterprise", "Department", "Team", "Individual" };
    private static readonly string[] Urgencies3 = { "Immediate", "Soon", "Whenever" };

    private static readonly int[][] Custom =
    {
        new[] { 4, 4, 3 },
        new[] { 4, 3, 2 },
        new[] { 3, 2, 1 },
        new[] { 2, 1, 1 },
    };

    [Fact]
    public void Build_CustomFourByThreeOntoOneIsLeastUrgent_LooksUpEveryCell()
    {
        PriorityMatrix matrix = Fill(PriorityMatrix.CreateBuilder(FourIsMostUrgent, Impacts4, Urgencies3), Impacts4, Urgencies3, Custom).Build();

        Assert.Equal(FourIsMostUrgent, matrix.Scale);
        Assert.Equal(Impacts4, matrix.Impacts);
        Assert.Equal(Urgencies3, matrix.Urgencies);
        for (int i = 0; i < Impacts4.Length; i++)
        {
            for (int u = 0; u < Urgencies3.Length; u++)
            {
                Assert.Equal(FourIsMostUrgent.Get(Custom[i][u]), matrix.PriorityFor(Impacts4[i], Urgencies3[u]));
            }
        }

        Assert.Equal(new Priority(4, "Critical"), matrix.PriorityFor("enterprise", "IMMEDIATE"));
        Assert.Equal(new Priority(1, "Low"), matrix.PriorityFor("Individual", "Whenever"));
    }

    [Fact]
    public void Build_CustomCellsByName_SameAsByNumber()
    {
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(FourIsMostUrgent, Impacts4, Urgencies3);
        for (int i = 0; i < Impacts4.Length; i++)
        {
            for (int u = 0; u < Urgencies3.Length; u++)
            {
                builder.Set(Impacts4[i].ToUpperInvariant(), Urgencies3[u].ToLowerInvariant(), FourIsMostUrgent.Get(Custom[i][u]).Name.ToLowerInvariant());
            }
        }

        PriorityMatrix byNumber = Fill(PriorityMatrix.CreateBuilder(FourIsMostUrgent, Impacts4, Urgencies3), Impacts4, Urgencies3, Custom).Build();

        Assert.Equal(byNumber, builder.Build());
    }

    [Fact]
    public void Build_CustomCellMoreUrgentThanMoreSevereImpact_RejectedUnderItsOrder()
    {
        int[][] broken = Custom.Select(r => r.ToArray()).ToArray();
        broken[3][0] = 4; // Individual/Immediate Critical, above Team/Immediate High

        var ex = Assert.Throws<ArgumentException>(() => Fill(PriorityMatrix.CreateBuilder(FourIsMostUrgent, Impacts4, Urgencies3), Impacts4, Urgencies3, broken).Build());

        Assert.Contains(
            "Impact Individual with urgency Immediate gives 4 (Critical), more urgent than the more severe impact Team (3 (High)).",
            ex.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CustomNumbersOnScaleWithOppositeOrder_Rejected()
    {
        // The same numbers are monotone only when the highest number is the most urgent.
        PriorityScale oneIsMostUrgent = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Low", "Moderate", "High", "Critical");

        var ex = Assert.Throws<ArgumentException>(() => Fill(PriorityMatrix.CreateBuilder(oneIsMostUrgent, Impacts4, Urgencies3), Impacts4, Urgencies3, Custom).Build());

        Assert.Contains("Impact Department with urgency Soon gives 3 (High), more urgent than the more severe impact Enterprise (4 (Critical))", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_OneByOne_Builds()
    {
        PriorityMatrix matrix = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["Any"], ["Any"]).Set("Any", "Any", "Medium").Build();

        Assert.Equal(new Priority(3, "Medium"), matrix.PriorityFor("any", "any"));
    }

    [Fact]
    public void Build_Twice_GivesEqualMatrices()
    {
        PriorityMatrixBuilder builder = Fill(PriorityMatrix.CreateBuilder(FourIsMostUrgent, Impacts4, Urgencies3), Impacts4, Urgencies3, Custom);

        Assert.Equal(builder.Build(), builder.Build());
    }

    [Fact]
    public void Build_MissingCell_Throws()
    {
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, Hml)
            .Set("High", "High", 1).Set("High", "Medium", 2).Set("High", "Low", 3)
            .Set("Medium", "High", 2).Set("Medium", "Medium", 3).Set("Medium", "Low", 4)
            .Set("Low", "High", 3).Set("Low", "Medium", 4);

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.StartsWith("The priority matrix is not valid: Cell (Low, Low) has no priority.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CellSetTwice_ThrowsWithCanonicalNames()
    {
        PriorityMatrixBuilder builder = DefaultFilled().Set("medium", "LOW", 4);

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains("Cell (Medium, Low): the cell is set twice.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_CellSetTwiceWithAnotherValidValue_Throws()
    {
        PriorityMatrixBuilder builder = DefaultFilled().Set("Low", "Low", 4);

        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void Build_UnknownImpactOrUrgency_ThrowsListingLevels()
    {
        PriorityMatrixBuilder builder = DefaultFilled().Set("Huge", "High", 1).Set("High", "Yesterday", 1).Set("Huge", "Yesterday", 1);

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains("Cell (Huge, High): 'Huge' is not an impact level (the levels are High, Medium, Low).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Cell (High, Yesterday): 'Yesterday' is not an urgency level (the levels are High, Medium, Low).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Cell (Huge, Yesterday): 'Huge' is not an impact level (the levels are High, Medium, Low); 'Yesterday' is not an urgency level", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void Build_UnknownPriorityLevel_Throws(int level)
    {
        PriorityMatrixBuilder builder = DefaultFilled(skip: ("Low", "Low")).Set("Low", "Low", level);

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"Cell (Low, Low): priority level {level} is not on the scale (1 to 5)."),
            ex.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("has no priority", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownPriorityName_ThrowsListingNames()
    {
        PriorityMatrixBuilder builder = DefaultFilled(skip: ("Low", "Low")).Set("Low", "Low", "Someday");

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains("Cell (Low, Low): no priority level is named 'Someday' (the scale has Critical, High, Medium, Low, Planning).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NonMonotoneCell_ReportsBothNeighbours()
    {
        PriorityMatrixBuilder builder = DefaultFilled(skip: ("Medium", "Medium")).Set("Medium", "Medium", 5);

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        Assert.Contains("Impact Low with urgency Medium gives 4 (Low), more urgent than the more severe impact Medium (5 (Planning)).", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Urgency Low with impact Medium gives 4 (Low), more urgent than the more urgent urgency Medium (5 (Planning)).", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Impact Medium", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EveryKindOfProblem_AllReportedAtOnce()
    {
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, Hml)
            .Set("High", "High", 1).Set("High", "Medium", 2).Set("High", "Low", 3)
            .Set("Medium", "High", 1) // as urgent as High/High: allowed
            .Set("Medium", "Medium", 1) // more urgent than High/Medium (2)
            .Set("Medium", "Low", 9) // unknown level
            .Set("Low", "High", "Urgent") // unknown name
            .Set("Low", "Medium", 4)
            .Set("Low", "Medium", 4) // set twice
            .Set("Huge", "Low", 5) // unknown impact
            .Set("Low", "Never", 5); // unknown urgency; Low/Low stays empty

        var ex = Assert.Throws<ArgumentException>(() => builder.Build());

        string[] expected =
        {
            "Cell (Medium, Low): priority level 9 is not on the scale (1 to 5).",
            "Cell (Low, High): no priority level is named 'Urgent'",
            "Cell (Low, Medium): the cell is set twice.",
            "Cell (Huge, Low): 'Huge' is not an impact level",
            "Cell (Low, Never): 'Never' is not an urgency level",
            "Cell (Low, Low) has no priority.",
            "Impact Medium with urgency Medium gives 1 (Critical), more urgent than the more severe impact High (2 (High)).",
        };
        Assert.All(expected, e => Assert.Contains(e, ex.Message, StringComparison.Ordinal));
        Assert.Null(ex.ParamName);
    }

    [Fact]
    public void Build_AfterFailure_StillFails()
    {
        PriorityMatrixBuilder builder = DefaultFilled().Set("Huge", "High", 1);

        Assert.Throws<ArgumentException>(() => builder.Build());
        Assert.Throws<ArgumentException>(() => builder.Build());
    }

    [Fact]
    public void Set_NullArgument_ThrowsArgumentNull()
    {
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, Hml);

        Assert.Equal("impact", Assert.Throws<ArgumentNullException>(() => builder.Set(null!, "High", 1)).ParamName);
        Assert.Equal("urgency", Assert.Throws<ArgumentNullException>(() => builder.Set("High", null!, 1)).ParamName);
        Assert.Equal("impact", Assert.Throws<ArgumentNullException>(() => builder.Set(null!, "High", "Critical")).ParamName);
        Assert.Equal("urgency", Assert.Throws<ArgumentNullException>(() => builder.Set("High", null!, "Critical")).ParamName);
        Assert.Equal("priorityName", Assert.Throws<ArgumentNullException>(() => builder.Set("High", "High", (string)null!)).ParamName);
    }

    [Fact]
    public void CreateBuilder_NullArguments_ThrowArgumentNull()
    {
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.CreateBuilder(null!, Hml, Hml)).ParamName);
        Assert.Equal("impactsMostSevereFirst", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, null!, Hml)).ParamName);
        Assert.Equal("urgenciesMostUrgentFirst", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, null!)).ParamName);
        Assert.Equal("impactsMostSevereFirst[1]", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", null!], Hml)).ParamName);
    }

    [Fact]
    public void CreateBuilder_NoLevelsOrTooMany_Throws()
    {
        string[] eleven = Enumerable.Range(1, 11).Select(i => "U" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        var none = Assert.Throws<ArgumentException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, [], Hml));
        var many = Assert.Throws<ArgumentException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, eleven));

        Assert.Equal("impactsMostSevereFirst", none.ParamName);
        Assert.Equal("urgenciesMostUrgentFirst", many.ParamName);
        Assert.Contains("1 to 10 levels; 11", many.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateBuilder_TenLevels_Accepted()
    {
        string[] ten = Enumerable.Range(1, PriorityMatrixBuilder.MaxLevels).Select(i => "U" + i.ToString(CultureInfo.InvariantCulture)).ToArray();

        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["All"], ten);
        foreach (string u in ten)
        {
            builder.Set("All", u, 3);
        }

        Assert.Equal(10, builder.Build().Urgencies.Count);
    }

    [Fact]
    public void CreateBuilder_DuplicateLevelIgnoringCase_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, ["High", "Low", "high"]));

        Assert.Equal("urgenciesMostUrgentFirst", ex.ParamName);
        Assert.Contains("'high' is given twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" Low")]
    [InlineData("Low ")]
    public void CreateBuilder_BlankOrPaddedLevel_Throws(string bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", bad], Hml));

        Assert.Equal("impactsMostSevereFirst[1]", ex.ParamName);
    }

    [Fact]
    public void CreateBuilder_CallerChangesListAfterwards_MatrixUnchanged()
    {
        string[] impacts = { "Wide", "Narrow" };
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, impacts, ["Now"]);
        impacts[0] = "Changed";

        PriorityMatrix matrix = builder.Set("Wide", "Now", 1).Set("Narrow", "Now", 2).Build();

        Assert.Equal(new[] { "Wide", "Narrow" }, matrix.Impacts);
    }

    [Fact]
    public void Build_MonotoneMatrix_AlwaysBuildsAndNeverRanksLessSevereAbove()
    {
        PropertyRunner.Run(MonotoneCases(), c =>
        {
            PriorityMatrix matrix = c.Builder().Build();

            for (int i = 0; i < c.Impacts; i++)
            {
                for (int u = 0; u < c.Urgencies; u++)
                {
                    Priority here = matrix.PriorityFor(ImpactName(i), UrgencyName(u));
                    Assert.Equal(c.Scale.Get(c.LevelAt(i, u)), here);

                    // Every more severe impact (same urgency) and every more urgent urgency (same impact) is at least as urgent.
                    for (int j = 0; j < i; j++)
                    {
                        Assert.True(matrix.Scale.CompareUrgency(matrix.PriorityFor(ImpactName(j), UrgencyName(u)), here) >= 0);
                    }

                    for (int v = 0; v < u; v++)
                    {
                        Assert.True(matrix.Scale.CompareUrgency(matrix.PriorityFor(ImpactName(i), UrgencyName(v)), here) >= 0);
                    }
                }
            }
        });
    }

    [Fact]
    public void Build_MonotoneMatrixWithOneCellBroken_AlwaysRejected()
    {
        Gen<(MatrixCase Case, int Impact, int Urgency, int Rank)> gen =
            from c in MonotoneCases()
            let breaks = BreakingChanges(c)
            where breaks.Count > 0
            from b in Gen.Elements(breaks.ToArray())
            select (c, b.Impact, b.Urgency, b.Rank);

        PropertyRunner.Run(gen, t =>
        {
            MatrixCase broken = t.Case.With(t.Impact, t.Urgency, t.Rank);

            var ex = Assert.Throws<ArgumentException>(() => broken.Builder().Build());

            Assert.Contains("more urgent than", ex.Message, StringComparison.Ordinal);
            Assert.Contains(ImpactName(t.Impact), ex.Message, StringComparison.Ordinal);
            Assert.Contains(UrgencyName(t.Urgency), ex.Message, StringComparison.Ordinal);
        });
    }

    private static PriorityMatrixBuilder DefaultFilled((string Impact, string Urgency)? skip = null)
    {
        int[][] levels = { new[] { 1, 2, 3 }, new[] { 2, 3, 4 }, new[] { 3, 4, 5 } };
        PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(PriorityScale.Default, Hml, Hml);
        for (int i = 0; i < 3; i++)
        {
            for (int u = 0; u < 3; u++)
            {
                if (skip != (Hml[i], Hml[u]))
                {
                    builder.Set(Hml[i], Hml[u], levels[i][u]);
                }
            }
        }

        return builder;
    }

    private static PriorityMatrixBuilder Fill(PriorityMatrixBuilder builder, string[] impacts, string[] urgencies, int[][] levels)
    {
        for (int i = 0; i < impacts.Length; i++)
        {
            for (int u = 0; u < urgencies.Length; u++)
            {
                builder.Set(impacts[i], urgencies[u], levels[i][u]);
            }
        }

        return builder;
    }

    private static string ImpactName(int i) => "I" + i.ToString(CultureInfo.InvariantCulture) + "x";

    private static string UrgencyName(int u) => "U" + u.ToString(CultureInfo.InvariantCulture) + "x";

    /// <summary>
    /// Random scales and matrices that are monotone by construction: ranks count from the most urgent level (0), the
    /// first cell gets any rank and every other cell the larger rank of its upper and left neighbours plus 0 to 2,
    /// clamped to the scale.
    /// </summary>
    private static Gen<MatrixCase> MonotoneCases() =>
        from size in Gen.Choose(2, PriorityScale.MaxLevels)
        from order in Gen.Elements(PriorityOrder.OneIsMostUrgent, PriorityOrder.OneIsLeastUrgent)
        from impacts in Gen.Choose(1, 6)
        from urgencies in Gen.Choose(1, 6)
        from first in Gen.Choose(0, size - 1)
        from steps in Gen.ArrayOf(Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Constant(2))), impacts * urgencies)
        select MatrixCase.Monotone(size, order, impacts, urgencies, first, steps);

    /// <summary>Every (cell, rank) such that giving that cell that rank breaks the order with some neighbour.</summary>
    private static List<(int Impact, int Urgency, int Rank)> BreakingChanges(MatrixCase c)
    {
        var result = new List<(int, int, int)>();
        for (int i = 0; i < c.Impacts; i++)
        {
            for (int u = 0; u < c.Urgencies; u++)
            {
                int low = Math.Max(i > 0 ? c.Ranks[i - 1][u] : 0, u > 0 ? c.Ranks[i][u - 1] : 0);
                int high = Math.Min(i + 1 < c.Impacts ? c.Ranks[i + 1][u] : c.Size - 1, u + 1 < c.Urgencies ? c.Ranks[i][u + 1] : c.Size - 1);
                for (int r = 0; r < c.Size; r++)
                {
                    if (r < low || r > high)
                    {
                        result.Add((i, u, r));
                    }
                }
            }
        }

        return result;
    }

    /// <summary>A generated matrix: <see cref="Ranks"/>[impact][urgency], 0 the most urgent level of the scale.</summary>
    private sealed record MatrixCase(int Size, PriorityOrder Order, int Impacts, int Urgencies, int[][] Ranks)
    {
        public PriorityScale Scale => PriorityScale.Create(Order, Enumerable.Range(1, Size).Select(l => "P" + l.ToString(CultureInfo.InvariantCulture)).ToArray());

        public static MatrixCase Monotone(int size, PriorityOrder order, int impacts, int urgencies, int first, int[] steps)
        {
            int[][] ranks = new int[impacts][];
            for (int i = 0; i < impacts; i++)
            {
                ranks[i] = new int[urgencies];
                for (int u = 0; u < urgencies; u++)
                {
                    int before = i == 0 && u == 0 ? first : Math.Max(i > 0 ? ranks[i - 1][u] : 0, u > 0 ? ranks[i][u - 1] : 0);
                    ranks[i][u] = Math.Min(size - 1, before + (i == 0 && u == 0 ? 0 : steps[(i * urgencies) + u]));
                }
            }

            return new MatrixCase(size, order, impacts, urgencies, ranks);
        }

        public int LevelAt(int impact, int urgency) =>
            Order == PriorityOrder.OneIsMostUrgent ? Ranks[impact][urgency] + 1 : Size - Ranks[impact][urgency];

        public MatrixCase With(int impact, int urgency, int rank)
        {
            int[][] copy = Ranks.Select(r => r.ToArray()).ToArray();
            copy[impact][urgency] = rank;
            return this with { Ranks = copy };
        }

        public PriorityMatrixBuilder Builder()
        {
            PriorityMatrixBuilder builder = PriorityMatrix.CreateBuilder(
                Scale,
                Enumerable.Range(0, Impacts).Select(ImpactName),
                Enumerable.Range(0, Urgencies).Select(UrgencyName));
            for (int i = 0; i < Impacts; i++)
            {
                for (int u = 0; u < Urgencies; u++)
                {
                    builder.Set(ImpactName(i), UrgencyName(u), LevelAt(i, u));
                }
            }

            return builder;
        }

        public override string ToString()
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Impacts} x {Urgencies} onto {Size} levels, {Order}; levels:");
            for (int i = 0; i < Impacts; i++)
            {
                text.Append(" [").Append(string.Join(' ', Enumerable.Range(0, Urgencies).Select(u => LevelAt(i, u).ToString(CultureInfo.InvariantCulture)))).Append(']');
            }

            return text.ToString();
        }
    }
}
