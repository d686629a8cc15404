using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck.Fluent;
using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class PriorityScaleTests
{
    private static readonly PriorityScale FiveIsMostUrgent =
        PriorityScale.Create(PriorityOrder.OneIsLeastUrgent, "Planning", "Low", "Medium", "High", "Critical");

    [Fact]
    public void Default_Scale_HasFiveLevelsWithOneMostUrgent()
    {
        PriorityScale scale = PriorityScale.Default;

        Assert.Equal(PriorityOrder.OneIsMostUrgent, scale.Order);
        Assert.Equal(
            new[] { new Priority(1, "Critical"), new Priority(2, "High"), new Priority(3, "Medium"), new Priority(4, "Low"), new Priority(5, "Planning") },
            scale.Levels);
        Assert.Equal(new Priority(1, "Critical"), scale.MostUrgent);
        Assert.Equal(new Priority(5, "Planning"), scale.LeastUrgent);
    }

    [Fact]
    public void Create_Names_NumbersLevelsFromOneInOrder()
    {
        PriorityScale scale = PriorityScale.Create(PriorityOrder.OneIsLeastUrgent, "A", "B", "C");

        Assert.Equal(PriorityOrder.OneIsLeastUrgent, scale.Order);
        Assert.Equal(new[] { 1, 2, 3 }, scale.Levels.Select(l => l.Level));
        Assert.Equal(new[] { "A", "B", "C" }, scale.Levels.Select(l => l.Name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(11)]
    public void Create_TooFewOrTooManyNames_Throws(int count)
    {
        string[] names = Enumerable.Range(1, count).Select(i => "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var ex = Assert.Throws<ArgumentException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, names));

        Assert.Equal("names", ex.ParamName);
        Assert.Contains("2 to 10 levels", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(10)]
    public void Create_CountAtTheLimits_Succeeds(int count)
    {
        string[] names = Enumerable.Range(1, count).Select(i => "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        PriorityScale scale = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, names);

        Assert.Equal(count, scale.Levels.Count);
    }

    [Fact]
    public void Create_DuplicateNameIgnoringCase_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "High", "Low", "HIGH"));

        Assert.Equal("names", ex.ParamName);
        Assert.Contains("'HIGH' is given twice", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" High")]
    [InlineData("High ")]
    [InlineData("\tHigh")]
    public void Create_BlankOrPaddedName_Throws(string bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Low", bad));

        Assert.Equal("names[1]", ex.ParamName);
    }

    [Fact]
    public void Create_NameLongerThan100_Throws()
    {
        Assert.Throws<ArgumentException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Low", new string('x', 101)));
        Assert.Equal(100, PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Low", new string('x', 100)).Get(2).Name.Length);
    }

    [Fact]
    public void Create_NullNames_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, null!));
        var ex = Assert.Throws<ArgumentNullException>(() => PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Low", null!));
        Assert.Equal("names", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    [InlineData(99)]
    public void Create_UndefinedOrder_Throws(int order)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PriorityScale.Create((PriorityOrder)order, "High", "Low"));

        Assert.Equal("order", ex.ParamName);
    }

    [Fact]
    public void Create_CallerChangesArrayAfterwards_ScaleUnchanged()
    {
        string[] names = { "High", "Low" };
        PriorityScale scale = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, names);

        names[0] = "Changed";

        Assert.Equal("High", scale.Get(1).Name);
    }

    [Fact]
    public void Levels_CastToArrayOrList_CannotBeModified()
    {
        var list = Assert.IsAssignableFrom<IList<Priority>>(PriorityScale.Default.Levels);

        Assert.True(list.IsReadOnly);
        Assert.Throws<NotSupportedException>(() => list[0] = new Priority(1, "Changed"));
        Assert.Equal("Critical", PriorityScale.Default.Get(1).Name);
    }

    [Theory]
    [InlineData(1, "Critical")]
    [InlineData(3, "Medium")]
    [InlineData(5, "Planning")]
    public void Get_Level_ReturnsThatLevel(int level, string name)
    {
        Assert.Equal(new Priority(level, name), PriorityScale.Default.Get(level));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Get_LevelOffTheScale_Throws(int level)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PriorityScale.Default.Get(level));

        Assert.Equal("level", ex.ParamName);
        Assert.Contains("levels 1 to 5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("High", 2)]
    [InlineData("high", 2)]
    [InlineData("PLANNING", 5)]
    [InlineData("cRITICAL", 1)]
    public void Get_NameIgnoringCase_ReturnsCanonicalLevel(string name, int level)
    {
        Priority p = PriorityScale.Default.Get(name);

        Assert.Equal(PriorityScale.Default.Get(level), p);
    }

    [Fact]
    public void Get_UnknownName_ThrowsListingNames()
    {
        var ex = Assert.Throws<ArgumentException>(() => PriorityScale.Default.Get("Urgent"));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("'Urgent'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Critical, High, Medium, Low, Planning", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_NullName_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => PriorityScale.Default.Get(null!));
    }

    [Fact]
    public void Contains_LevelsOfTheScale_True()
    {
        Assert.All(PriorityScale.Default.Levels, p => Assert.True(PriorityScale.Default.Contains(p)));
    }

    [Theory]
    [InlineData(0, "Critical")]
    [InlineData(6, "Planning")]
    [InlineData(2, "Critical")]
    [InlineData(2, "Urgent")]
    [InlineData(2, "high")]
    public void Contains_ForeignPriority_False(int level, string name)
    {
        Assert.False(PriorityScale.Default.Contains(new Priority(level, name)));
    }

    [Fact]
    public void Contains_DefaultPriority_False()
    {
        Assert.False(PriorityScale.Default.Contains(default));
    }

    [Fact]
    public void CompareUrgency_OneIsMostUrgent_LowerNumberIsMoreUrgent()
    {
        PriorityScale scale = PriorityScale.Default;

        Assert.True(scale.CompareUrgency(scale.Get(1), scale.Get(2)) > 0);
        Assert.True(scale.CompareUrgency(scale.Get(5), scale.Get(1)) < 0);
        Assert.Equal(0, scale.CompareUrgency(scale.Get(3), scale.Get(3)));
        Assert.True(scale.IsMoreUrgent(scale.Get("Critical"), scale.Get("Planning")));
        Assert.False(scale.IsMoreUrgent(scale.Get("Planning"), scale.Get("Critical")));
        Assert.False(scale.IsMoreUrgent(scale.Get(2), scale.Get(2)));
    }

    [Fact]
    public void CompareUrgency_OneIsLeastUrgent_FiveRanksAboveOne()
    {
        PriorityScale scale = FiveIsMostUrgent;

        Assert.True(scale.CompareUrgency(scale.Get(5), scale.Get(1)) > 0);
        Assert.True(scale.CompareUrgency(scale.Get(1), scale.Get(5)) < 0);
        Assert.True(scale.IsMoreUrgent(scale.Get(5), scale.Get(1)));
        Assert.True(scale.IsMoreUrgent(scale.Get("Critical"), scale.Get("High")));
        Assert.False(scale.IsMoreUrgent(scale.Get(1), scale.Get(5)));
        Assert.Equal(0, scale.CompareUrgency(scale.Get(4), scale.Get(4)));
    }

    [Fact]
    public void CompareUrgency_PriorityOfAnotherScale_ThrowsNamingParameter()
    {
        Priority foreign = FiveIsMostUrgent.Get(1); // 1 (Planning): level 1 of the default scale is Critical

        var exA = Assert.Throws<ArgumentException>(() => PriorityScale.Default.CompareUrgency(foreign, PriorityScale.Default.Get(1)));
        var exB = Assert.Throws<ArgumentException>(() => PriorityScale.Default.IsMoreUrgent(PriorityScale.Default.Get(1), foreign));

        Assert.Equal("a", exA.ParamName);
        Assert.Equal("b", exB.ParamName);
        Assert.Contains("1 (Planning)", exA.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareUrgency_AnyScale_IsAntisymmetricAndConsistentWithMostAndLeastUrgent()
    {
        var gen =
            from size in Gen.Choose(2, PriorityScale.MaxLevels)
            from order in Gen.Elements(PriorityOrder.OneIsMostUrgent, PriorityOrder.OneIsLeastUrgent)
            from a in Gen.Choose(1, size)
            from b in Gen.Choose(1, size)
            select (size, order, a, b);

        PropertyRunner.Run(gen, c =>
        {
            PriorityScale scale = PriorityScale.Create(c.order, Enumerable.Range(1, c.size).Select(i => "L" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray());
            Priority a = scale.Get(c.a);
            Priority b = scale.Get(c.b);
            int expected = c.order == PriorityOrder.OneIsMostUrgent ? c.b.CompareTo(c.a) : c.a.CompareTo(c.b);

            Assert.Equal(Math.Sign(expected), Math.Sign(scale.CompareUrgency(a, b)));
            Assert.Equal(-Math.Sign(scale.CompareUrgency(b, a)), Math.Sign(scale.CompareUrgency(a, b)));
            Assert.False(scale.IsMoreUrgent(a, scale.MostUrgent));
            Assert.False(scale.IsMoreUrgent(scale.LeastUrgent, a));
        });
    }

    [Fact]
    public void MostUrgentAndLeastUrgent_OneIsLeastUrgent_AreTheHighestAndLowestNumbers()
    {
        Assert.Equal(new Priority(5, "Critical"), FiveIsMostUrgent.MostUrgent);
        Assert.Equal(new Priority(1, "Planning"), FiveIsMostUrgent.LeastUrgent);
    }

    [Fact]
    public void Equals_SameOrderAndNames_EqualWithSameHash()
    {
        PriorityScale a = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Critical", "High", "Medium", "Low", "Planning");

        Assert.True(a.Equals(PriorityScale.Default));
        Assert.True(a.Equals((object)PriorityScale.Default));
        Assert.Equal(PriorityScale.Default.GetHashCode(), a.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrNames_NotEqual()
    {
        PriorityScale reversedOrder = PriorityScale.Create(PriorityOrder.OneIsLeastUrgent, "Critical", "High", "Medium", "Low", "Planning");
        PriorityScale otherName = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Critical", "High", "Medium", "Low", "Someday");
        PriorityScale otherCase = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "critical", "High", "Medium", "Low", "Planning");
        PriorityScale shorter = PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "Critical", "High", "Medium", "Low");

        Assert.False(PriorityScale.Default.Equals(reversedOrder));
        Assert.False(PriorityScale.Default.Equals(otherName));
        Assert.False(PriorityScale.Default.Equals(otherCase));
        Assert.False(PriorityScale.Default.Equals(shorter));
        Assert.False(PriorityScale.Default.Equals((PriorityScale?)null));
        Assert.False(PriorityScale.Default.Equals("Critical"));
    }

    [Fact]
    public void ToString_Scale_ListsLevelsAndOrder()
    {
        Assert.Equal("1 (High), 2 (Low) (OneIsMostUrgent)", PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "High", "Low").ToString());
    }
}
