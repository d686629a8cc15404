using System;
using System.Collections.Generic;
using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class PriorityMatrixTests
{
    [Theory]
    [InlineData("High", "High", 1, "Critical")]
    [InlineData("High", "Medium", 2, "High")]
    [InlineData("High", "Low", 3, "Medium")]
    [InlineData("Medium", "High", 2, "High")]
    [InlineData("Medium", "Medium", 3, "Medium")]
    [InlineData("Medium", "Low", 4, "Low")]
    [InlineData("Low", "High", 3, "Medium")]
    [InlineData("Low", "Medium", 4, "Low")]
    [InlineData("Low", "Low", 5, "Planning")]
    public void Default_Cell_IsTheCommonTable(string impact, string urgency, int level, string name)
    {
        Assert.Equal(new Priority(level, name), PriorityMatrix.Default.PriorityFor(impact, urgency));
    }

    [Fact]
    public void Default_Matrix_HasTheDocumentedAxesAndScale()
    {
        Assert.Equal(PriorityScale.Default, PriorityMatrix.Default.Scale);
        Assert.Equal(new[] { "High", "Medium", "Low" }, PriorityMatrix.Default.Impacts);
        Assert.Equal(new[] { "High", "Medium", "Low" }, PriorityMatrix.Default.Urgencies);
    }

    [Theory]
    [InlineData("high", "HIGH", 1)]
    [InlineData("MEDIUM", "low", 4)]
    [InlineData("lOw", "mEdIuM", 4)]
    public void PriorityFor_LevelsInAnyCase_GivesTheSameCell(string impact, string urgency, int level)
    {
        Assert.Equal(PriorityScale.Default.Get(level), PriorityMatrix.Default.PriorityFor(impact, urgency));
    }

    [Theory]
    [InlineData("high", "High")]
    [InlineData("MEDIUM", "Medium")]
    [InlineData("Low", "Low")]
    public void CanonicalImpactAndUrgency_AnyCase_ReturnMatrixSpelling(string given, string canonical)
    {
        Assert.Equal(canonical, PriorityMatrix.Default.CanonicalImpact(given));
        Assert.Equal(canonical, PriorityMatrix.Default.CanonicalUrgency(given));
    }

    [Fact]
    public void PriorityFor_UnknownImpact_ThrowsListingLevels()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityMatrix.Default.PriorityFor("Huge", "High"));

        Assert.Equal("impact", ex.ParamName);
        Assert.Contains("'Huge' is not an impact level", ex.Message, StringComparison.Ordinal);
        Assert.Contains("High, Medium, Low", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityFor_UnknownUrgency_ThrowsListingLevels()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityMatrix.Default.PriorityFor("High", "Yesterday"));

        Assert.Equal("urgency", ex.ParamName);
        Assert.Contains("'Yesterday' is not an urgency level", ex.Message, StringComparison.Ordinal);
        Assert.Contains("High, Medium, Low", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PriorityFor_Null_ThrowsArgumentNullNamingParameter()
    {
        Assert.Equal("impact", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.Default.PriorityFor(null!, "High")).ParamName);
        Assert.Equal("urgency", Assert.Throws<ArgumentNullException>(() => PriorityMatrix.Default.PriorityFor("High", null!)).ParamName);
    }

    [Fact]
    public void CanonicalImpactAndUrgency_Unknown_ThrowNamingParameter()
    {
        Assert.Equal("impact", Assert.Throws<ArgumentException>(() => PriorityMatrix.Default.CanonicalImpact("Huge")).ParamName);
        Assert.Equal("urgency", Assert.Throws<ArgumentException>(() => PriorityMatrix.Default.CanonicalUrgency("Now")).ParamName);
        Assert.Throws<ArgumentNullException>(() => PriorityMatrix.Default.CanonicalImpact(null!));
        Assert.Throws<ArgumentNullException>(() => PriorityMatrix.Default.CanonicalUrgency(null!));
    }

    [Fact]
    public void HasImpactAndHasUrgency_AnyCaseOrNull_AnswerWithoutThrowing()
    {
        Assert.True(PriorityMatrix.Default.HasImpact("medium"));
        Assert.True(PriorityMatrix.Default.HasUrgency("LOW"));
        Assert.False(PriorityMatrix.Default.HasImpact("Huge"));
        Assert.False(PriorityMatrix.Default.HasUrgency("Now"));
        Assert.False(PriorityMatrix.Default.HasImpact(null));
        Assert.False(PriorityMatrix.Default.HasUrgency(null));
    }

    [Fact]
    public void ImpactsAndUrgencies_CastToArrayOrList_CannotBeModified()
    {
        var impacts = Assert.IsAssignableFrom<IList<string>>(PriorityMatrix.Default.Impacts);
        var urgencies = Assert.IsAssignableFrom<IList<string>>(PriorityMatrix.Default.Urgencies);

        Assert.Throws<NotSupportedException>(() => impacts[0] = "Changed");
        Assert.Throws<NotSupportedException>(() => urgencies[0] = "Changed");
        Assert.Equal("High", PriorityMatrix.Default.CanonicalImpact("high"));
    }

    [Fact]
    public void ToMarkdown_Default_MatchesApprovedTable()
    {
        Snapshot.Verify(PriorityMatrix.Default.ToMarkdown(), "PriorityMatrixTests.ToMarkdown_Default_MatchesApprovedTable");
    }

    [Fact]
    public void ToMarkdown_PipeInName_IsEscaped()
    {
        PriorityScale scale = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "P1|urgent", "P2");
        PriorityMatrix matrix = PriorityMatrix.CreateBuilder(scale, ["Users|all"], ["Now"]).Set("Users|all", "Now", 1).Build();

        Assert.Equal("| impact \\ urgency | Now |\n| --- | --- |\n| Users\\|all | 1 P1\\|urgent |\n", matrix.ToMarkdown());
    }

    [Fact]
    public void Equals_SameTable_EqualWithSameHash()
    {
        PriorityMatrix copy = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", "Medium", "Low"], ["High", "Medium", "Low"])
            .Set("Low", "Low", "Planning").Set("Low", "Medium", "Low").Set("Low", "High", "Medium")
            .Set("Medium", "Low", 4).Set("Medium", "Medium", 3).Set("Medium", "High", 2)
            .Set("High", "Low", 3).Set("High", "Medium", 2).Set("High", "High", 1)
            .Build();

        Assert.True(copy.Equals(PriorityMatrix.Default));
        Assert.True(copy.Equals((object)PriorityMatrix.Default));
        Assert.Equal(PriorityMatrix.Default.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equals_OneCellDifferent_NotEqual()
    {
        PriorityMatrix other = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", "Medium", "Low"], ["High", "Medium", "Low"])
            .Set("High", "High", 1).Set("High", "Medium", 2).Set("High", "Low", 3)
            .Set("Medium", "High", 2).Set("Medium", "Medium", 3).Set("Medium", "Low", 4)
            .Set("Low", "High", 3).Set("Low", "Medium", 4).Set("Low", "Low", 4)
            .Build();

        Assert.False(other.Equals(PriorityMatrix.Default));
        Assert.False(PriorityMatrix.Default.Equals((PriorityMatrix?)null));
        Assert.False(PriorityMatrix.Default.Equals((object)PriorityScale.Default));
    }

    [Fact]
    public void Equals_DifferentAxisNames_NotEqual()
    {
        PriorityMatrix other = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["Wide", "Medium", "Low"], ["High", "Medium", "Low"])
            .Set("Wide", "High", 1).Set("Wide", "Medium", 2).Set("Wide", "Low", 3)
            .Set("Medium", "High", 2).Set("Medium", "Medium", 3).Set("Medium", "Low", 4)
            .Set("Low", "High", 3).Set("Low", "Medium", 4).Set("Low", "Low", 5)
            .Build();

        Assert.False(other.Equals(PriorityMatrix.Default));
    }

    [Fact]
    public void ToString_Matrix_DescribesShapeAndScale()
    {
        Assert.Equal(
            "3 x 3 priority matrix onto 1 (Critical), 2 (High), 3 (Medium), 4 (Low), 5 (Planning) (OneIsMostUrgent)",
            PriorityMatrix.Default.ToString());
    }
}
