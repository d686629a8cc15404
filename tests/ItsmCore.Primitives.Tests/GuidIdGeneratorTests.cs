using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;

namespace ItsmCore.Primitives.Tests;

public sealed class GuidIdGeneratorTests
{
    [Fact]
    public void Instance_ReadTwice_IsTheSameInstance()
    {
        Assert.Same(GuidIdGenerator.Instance, GuidIdGenerator.Instance);
        Assert.IsAssignableFrom<IIdGenerator>(GuidIdGenerator.Instance);
    }

    [Fact]
    public void NewId_Prefix_IsPrefixDashThirtyTwoLowerHexDigits()
    {
        string id = GuidIdGenerator.Instance.NewId("INC");

        Assert.Matches(new Regex("^INC-[0-9a-f]{32}$"), id);
        Assert.True(RecordIdText.IsValid(id));
        Assert.Equal(id, new IncidentId(id).Value);
    }

    [Fact]
    public void NewId_TwentyCharacterPrefix_AcceptedAndValid()
    {
        string id = GuidIdGenerator.Instance.NewId("ABCDEFGHIJKLMNOPQRST");

        Assert.StartsWith("ABCDEFGHIJKLMNOPQRST-", id, StringComparison.Ordinal);
        Assert.True(RecordIdText.IsValid(id));
    }

    [Fact]
    public void NewId_ParallelCallers_NeverRepeat()
    {
        var ids = new ConcurrentBag<string>();

        Parallel.For(0, 10_000, _ => ids.Add(GuidIdGenerator.Instance.NewId("INC")));

        Assert.Equal(10_000, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NewId_Null_ThrowsArgumentNull()
    {
        Assert.Equal("prefix", Assert.Throws<ArgumentNullException>(() => GuidIdGenerator.Instance.NewId(null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" INC")]
    [InlineData("INC ")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    public void NewId_BlankPaddedOrTooLongPrefix_ThrowsArgument(string prefix)
    {
        Assert.Equal("prefix", Assert.Throws<ArgumentException>(() => GuidIdGenerator.Instance.NewId(prefix)).ParamName);
    }
}
