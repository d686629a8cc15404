using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class CategoryPathTests
{
    [Fact]
    public void Parse_ThreeSegments_BroadestFirst()
    {
        CategoryPath path = CategoryPath.Parse("Network/VPN/Client");

        Assert.Equal(new[] { "Network", "VPN", "Client" }, path.Segments);
        Assert.Equal(3, path.Depth);
        Assert.False(path.IsEmpty);
    }

    [Fact]
    public void Of_Segments_EqualsParsedText()
    {
        Assert.Equal(CategoryPath.Parse("Network/VPN"), CategoryPath.Of("Network", "VPN"));
        Assert.Equal(new[] { "Hardware" }, CategoryPath.Of("Hardware").Segments);
    }

    [Theory]
    [InlineData("Network//VPN", "Segment 2")]
    [InlineData("", "Segment 1")]
    [InlineData("/Network", "Segment 1")]
    [InlineData("Network/", "Segment 2")]
    [InlineData("Network/ /VPN", "Segment 2")]
    public void Parse_BlankSegment_ThrowsNamingSegment(string text, string segment)
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Parse(text));

        Assert.Equal("path", ex.ParamName);
        Assert.Contains(segment, ex.Message, StringComparison.Ordinal);
        Assert.Contains("blank", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" Network/VPN")]
    [InlineData("Network /VPN")]
    [InlineData("Network/ VPN")]
    [InlineData("Network/VPN\t")]
    public void Parse_PaddedSegment_Throws(string text)
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Parse(text));

        Assert.Equal("path", ex.ParamName);
        Assert.Contains("white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NineSegments_ThrowsTooDeep()
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Parse("a/b/c/d/e/f/g/h/i"));

        Assert.Equal("path", ex.ParamName);
        Assert.Contains("1 to 8 segments; 9", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EightSegments_Succeeds()
    {
        Assert.Equal(CategoryPath.MaxDepth, CategoryPath.Parse("a/b/c/d/e/f/g/h").Depth);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CategoryPath.Parse(null!));
    }

    [Fact]
    public void Of_SegmentContainingSlash_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Of("Network", "VPN/Client"));

        Assert.Equal("segments", ex.ParamName);
        Assert.Contains("'/'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" VPN")]
    [InlineData("VPN ")]
    public void Of_BlankOrPaddedSegment_Throws(string bad)
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Of("Network", bad));

        Assert.Equal("segments", ex.ParamName);
        Assert.Contains("Segment 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NoSegmentOrTooMany_Throws()
    {
        Assert.Equal("segments", Assert.Throws<ArgumentException>(() => CategoryPath.Of()).ParamName);
        Assert.Equal("segments", Assert.Throws<ArgumentException>(() => CategoryPath.Of("a", "b", "c", "d", "e", "f", "g", "h", "i")).ParamName);
    }

    [Fact]
    public void Of_SegmentLongerThan100_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => CategoryPath.Of("Network", new string('v', 101)));

        Assert.Contains("101 characters", ex.Message, StringComparison.Ordinal);
        Assert.Equal(100, CategoryPath.Of("Network", new string('v', 100)).Segments[1].Length);
    }

    [Fact]
    public void Of_NullArrayOrSegment_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => CategoryPath.Of(null!));
        var ex = Assert.Throws<ArgumentNullException>(() => CategoryPath.Of("Network", null!));
        Assert.Equal("segments", ex.ParamName);
    }

    [Fact]
    public void Of_CallerChangesArrayAfterwards_PathUnchanged()
    {
        string[] segments = { "Network", "VPN" };
        CategoryPath path = CategoryPath.Of(segments);

        segments[1] = "Changed";

        Assert.Equal("Network/VPN", path.ToString());
    }

    [Fact]
    public void Segments_CastToArrayOrList_CannotBeModified()
    {
        CategoryPath path = CategoryPath.Parse("Network/VPN");
        var list = Assert.IsAssignableFrom<IList<string>>(path.Segments);

        Assert.Throws<NotSupportedException>(() => list[0] = "Changed");
        Assert.Equal("Network/VPN", path.ToString());
    }

    [Theory]
    [InlineData("Network/VPN/Client", 1, "Network")]
    [InlineData("Network/VPN/Client", 2, "Network/VPN")]
    [InlineData("Network/VPN/Client", 3, "Network/VPN/Client")]
    [InlineData("Network/VPN/Client", 8, "Network/VPN/Client")]
    public void Truncate_Depth_KeepsBroadestSegments(string text, int depth, string expected)
    {
        CategoryPath truncated = CategoryPath.Parse(text).Truncate(depth);

        Assert.Equal(expected, truncated.ToString());
        Assert.Equal(Math.Min(depth, 3), truncated.Depth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Truncate_LessThanOne_Throws(int depth)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => CategoryPath.Parse("Network/VPN").Truncate(depth));

        Assert.Equal("depth", ex.ParamName);
    }

    [Fact]
    public void Truncate_EmptyPath_StaysEmpty()
    {
        Assert.True(default(CategoryPath).Truncate(1).IsEmpty);
    }

    [Theory]
    [InlineData("Network/VPN/Client", "Network")]
    [InlineData("Network/VPN/Client", "Network/VPN")]
    [InlineData("Network/VPN/Client", "Network/VPN/Client")]
    [InlineData("Network/VPN/Client", "network/vpn")]
    [InlineData("NETWORK/VPN", "Network/vpn")]
    public void IsWithin_AncestorOrSelf_True(string path, string ancestor)
    {
        Assert.True(CategoryPath.Parse(path).IsWithin(CategoryPath.Parse(ancestor)));
    }

    [Theory]
    [InlineData("Network", "Network/VPN")]
    [InlineData("Network/VPN", "Network/Wifi")]
    [InlineData("Network/VPN", "Hardware")]
    [InlineData("Network/VPN", "VPN")]
    [InlineData("Net/VPN", "Network")]
    public void IsWithin_NotAnAncestor_False(string path, string ancestor)
    {
        Assert.False(CategoryPath.Parse(path).IsWithin(CategoryPath.Parse(ancestor)));
    }

    [Fact]
    public void IsWithin_EmptyAncestor_AlwaysTrue()
    {
        Assert.True(CategoryPath.Parse("Network/VPN").IsWithin(default));
        Assert.True(default(CategoryPath).IsWithin(default));
        Assert.False(default(CategoryPath).IsWithin(CategoryPath.Parse("Network")));
    }

    [Fact]
    public void Equals_IgnoresCase_WithSameHash()
    {
        CategoryPath a = CategoryPath.Parse("Network/VPN");
        CategoryPath b = CategoryPath.Parse("network/vpn");

        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<CategoryPath> { a, b, CategoryPath.Of("NETWORK", "Vpn") });
    }

    [Fact]
    public void Equals_DifferentSegments_NotEqual()
    {
        CategoryPath a = CategoryPath.Parse("Network/VPN");

        Assert.False(a.Equals(CategoryPath.Parse("Network")));
        Assert.False(a.Equals(CategoryPath.Parse("Network/VPN/Client")));
        Assert.False(a.Equals(CategoryPath.Parse("Network/Wifi")));
        Assert.False(a.Equals(default));
        Assert.False(a.Equals((object)"Network/VPN"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Operators_DifferentCase_CompareEqual()
    {
        Assert.True(CategoryPath.Parse("Network/VPN") == CategoryPath.Parse("NETWORK/vpn"));
        Assert.False(CategoryPath.Parse("Network/VPN") != CategoryPath.Parse("NETWORK/vpn"));
        Assert.True(CategoryPath.Parse("Network/VPN") != CategoryPath.Parse("Network"));
        Assert.False(CategoryPath.Parse("Network/VPN") == CategoryPath.Parse("Network"));
    }

    [Fact]
    public void Default_Uninitialised_IsEmpty()
    {
        CategoryPath empty = default;

        Assert.True(empty.IsEmpty);
        Assert.Equal(0, empty.Depth);
        Assert.Empty(empty.Segments);
        Assert.Equal(string.Empty, empty.ToString());
        Assert.Equal(new CategoryPath(), empty);
        Assert.Equal(new CategoryPath().GetHashCode(), empty.GetHashCode());
    }

    [Fact]
    public void ToString_AnyPath_KeepsSpellingAndRoundTrips()
    {
        CategoryPath path = CategoryPath.Of("Network", "VPN", "Client (macOS)");

        Assert.Equal("Network/VPN/Client (macOS)", path.ToString());
        Assert.Equal(path.Segments, CategoryPath.Parse(path.ToString()).Segments);
    }

    [Fact]
    public void ToString_AnyValidPath_ParsesBackToSameSegments()
    {
        Gen<string> segment =
            from length in Gen.Choose(1, 12)
            from chars in Gen.ArrayOf(Gen.Elements("abcXYZ09 -_.()é\u00a0".ToCharArray()), length)
            let text = new string(chars).Trim()
            where text.Length > 0
            select text;
        Gen<string[]> gen = Gen.Choose(1, CategoryPath.MaxDepth).SelectMany(n => Gen.ArrayOf(segment, n));

        PropertyRunner.Run(gen, segments =>
        {
            CategoryPath path = CategoryPath.Of(segments);
            CategoryPath parsed = CategoryPath.Parse(path.ToString());

            Assert.Equal(segments, parsed.Segments);
            Assert.Equal(path, parsed);
            Assert.True(parsed.IsWithin(path.Truncate(1)));
        });
    }
}
