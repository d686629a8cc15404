using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FsCheck.Fluent;

namespace ItsmCore.Primitives.Tests;

public sealed class EquatableArrayTests
{
    [Fact]
    public void Equals_SameItemsDifferentInstances_AreEqualWithEqualHashCodes()
    {
        EquatableArray<string> a = ["x", "y"];
        EquatableArray<string> b = EquatableArray.From(new List<string> { "x", "y" });

        Assert.True(a == b);
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentOrderOrLength_AreNotEqual()
    {
        EquatableArray<int> a = [1, 2];

        Assert.True(a != [2, 1]);
        Assert.NotEqual(a, [1, 2, 3]);
        Assert.NotEqual(a, EquatableArray<int>.Empty);
    }

    [Fact]
    public void Default_Uninitialised_IsEmptyAndEqualToEmpty()
    {
        EquatableArray<int> value = default;

        Assert.True(value.IsEmpty);
        Assert.Empty(value);
        Assert.Equal(EquatableArray<int>.Empty, value);
        Assert.False(value.Items.IsDefault);
    }

    [Fact]
    public void Equals_RecordsHoldingArrays_CompareByItems()
    {
        var a = new Holder("h", ["a", "b"]);
        var b = new Holder("h", ["a", "b"]);

        Assert.Equal(a, b);
        Assert.NotEqual(a, b with { Items = ["a"] });
    }

    [Fact]
    public void From_SourceChangedAfterwards_ArrayKeepsItsItems()
    {
        var source = new List<int> { 1, 2 };
        EquatableArray<int> array = EquatableArray.From(source);

        source.Add(3);

        Assert.Equal([1, 2], array.ToArray());
    }

    [Fact]
    public void ToString_TwoItems_ListsThemInBrackets()
    {
        Assert.Equal("[1, 2]", EquatableArray.Create<int>([1, 2]).ToString());
    }

    [Fact]
    public void Equals_RandomLists_AgreesWithSequenceEqual()
    {
        PropertyRunner.Run(
            Gen.Zip(Gen.Choose(0, 3).ArrayOf(), Gen.Choose(0, 3).ArrayOf()),
            pair =>
            {
                (int[] x, int[] y) = pair;
                EquatableArray<int> a = new(ImmutableArray.Create(x));
                EquatableArray<int> b = new(ImmutableArray.Create(y));
                Assert.Equal(x.SequenceEqual(y), a.Equals(b));
                if (a.Equals(b))
                {
                    Assert.Equal(a.GetHashCode(), b.GetHashCode());
                }
            });
    }

    private sealed record Holder(string Name, EquatableArray<string> Items);
}
