using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class SeverityScaleTests
{
    [Fact]
    public void Default_Scale_IsTheDomainBriefScale()
    {
        Assert.Equal(
            new[]
            {
                new SeverityLevel(0, "Non-incident"),
                new SeverityLevel(1, "Partial"),
                new SeverityLevel(2, "Normal"),
                new SeverityLevel(3, "Major"),
                new SeverityLevel(4, "Security"),
            },
            SeverityScale.Default.Levels);
    }

    [Fact]
    public void Create_Names_NumbersLevelsFromZero()
    {
        SeverityScale scale = SeverityScale.Create("Minor", "Serious", "Outage");

        Assert.Equal(new[] { 0, 1, 2 }, scale.Levels.Select(l => l.Level));
        Assert.Equal(new[] { "Minor", "Serious", "Outage" }, scale.Levels.Select(l => l.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void Create_TooFewOrTooManyNames_Throws(int count)
    {
        var ex = Assert.Throws<ArgumentException>(() => SeverityScale.Create(Names(count)));

        Assert.Equal("namesFromLeastSevere", ex.ParamName);
        Assert.Contains("2 to 10 levels", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void Create_CountAtTheLimits_Succeeds(int count)
    {
        Assert.Equal(count, SeverityScale.Create(Names(count)).Levels.Count);
    }

    [Fact]
    public void Create_DuplicateNameIgnoringCase_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeverityScale.Create("Minor", "Major", "major"));

        Assert.Equal("namesFromLeastSevere", ex.ParamName);
        Assert.Contains("'major' is given twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" Major")]
    [InlineData("Major ")]
    public void Create_BlankOrPaddedName_Throws(string bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => SeverityScale.Create("Minor", bad));

        Assert.Equal("namesFromLeastSevere[1]", ex.ParamName);
    }

    [Fact]
    public void Create_NullNames_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => SeverityScale.Create(null!));
        Assert.Throws<ArgumentNullException>(() => SeverityScale.Create("Minor", null!));
    }

    [Fact]
    public void Levels_CastToArrayOrList_CannotBeModified()
    {
        var list = Assert.IsAssignableFrom<IList<SeverityLevel>>(SeverityScale.Default.Levels);

        Assert.Throws<NotSupportedException>(() => list[0] = new SeverityLevel(0, "Changed"));
        Assert.Equal("Non-incident", SeverityScale.Default.Get(0).Name);
    }

    [Theory]
    [InlineData(0, "Non-incident")]
    [InlineData(3, "Major")]
    [InlineData(4, "Security")]
    public void Get_Level_ReturnsThatLevel(int level, string name)
    {
        Assert.Equal(new SeverityLevel(level, name), SeverityScale.Default.Get(level));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Get_LevelOffTheScale_Throws(int level)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SeverityScale.Default.Get(level));

        Assert.Equal("level", ex.ParamName);
        Assert.Contains("levels 0 to 4", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Major", 3)]
    [InlineData("security", 4)]
    [InlineData("NON-INCIDENT", 0)]
    public void Get_NameIgnoringCase_ReturnsCanonicalLevel(string name, int level)
    {
        Assert.Equal(SeverityScale.Default.Get(level), SeverityScale.Default.Get(name));
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => SeverityScale.Default.Get("Critical"));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("Non-incident, Partial, Normal, Major, Security", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => SeverityScale.Default.Get(null!));
    }

    [Fact]
    public void Contains_LevelsOfTheScale_True()
    {
        Assert.All(SeverityScale.Default.Levels, l => Assert.True(SeverityScale.Default.Contains(l)));
    }

    [Theory]
    [InlineData(-1, "Non-incident")]
    [InlineData(5, "Security")]
    [InlineData(3, "Security")]
    [InlineData(3, "major")]
    public void Contains_ForeignLevel_False(int level, string name)
    {
        Assert.False(SeverityScale.Default.Contains(new SeverityLevel(level, name)));
    }

    [Fact]
    public void Contains_DefaultLevel_False()
    {
        Assert.False(SeverityScale.Default.Contains(default));
    }

    [Fact]
    public void Equals_SameNames_EqualWithSameHash()
    {
        SeverityScale copy = SeverityScale.Create("Non-incident", "Partial", "Normal", "Major", "Security");

        Assert.True(copy.Equals(SeverityScale.Default));
        Assert.True(copy.Equals((object)SeverityScale.Default));
        Assert.Equal(SeverityScale.Default.GetHashCode(), copy.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentNamesOrLength_NotEqual()
    {
        Assert.False(SeverityScale.Default.Equals(SeverityScale.Create("Non-incident", "Partial", "Normal", "Major")));
        Assert.False(SeverityScale.Default.Equals(SeverityScale.Create("Non-incident", "Partial", "Normal", "Major", "Breach")));
        Assert.False(SeverityScale.Default.Equals(SeverityScale.Create("non-incident", "Partial", "Normal", "Major", "Security")));
        Assert.False(SeverityScale.Default.Equals((SeverityScale?)null));
        Assert.False(SeverityScale.Default.Equals((object)"Major"));
    }

    [Fact]
    public void ToString_Scale_ListsLevels()
    {
        Assert.Equal("0 (Minor), 1 (Major)", SeverityScale.Create("Minor", "Major").ToString());
    }

    private static string[] Names(int count) =>
        Enumerable.Range(0, count).Select(i => "S" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
}
