using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing.Tests.Ids;

public sealed class SequentialIdGeneratorTests
{
    [Fact]
    public void NewId_Defaults_CountsFromOneWithFourDigits()
    {
        var ids = new SequentialIdGenerator();

        Assert.Equal("INC-0001", ids.NewId("INC"));
        Assert.Equal("INC-0002", ids.NewId("INC"));
        Assert.Equal("INC-0003", ids.NewId("INC"));
        Assert.Equal(1, ids.Start);
        Assert.Equal(4, ids.Digits);
    }

    [Fact]
    public void NewId_SeveralPrefixes_SeparateCounters()
    {
        var ids = new SequentialIdGenerator();

        Assert.Equal("INC-0001", ids.NewId("INC"));
        Assert.Equal("PRB-0001", ids.NewId("PRB"));
        Assert.Equal("INC-0002", ids.NewId("INC"));
        Assert.Equal("inc-0001", ids.NewId("inc"));
        Assert.Equal("PRB-0002", ids.NewId("PRB"));
    }

    [Fact]
    public void NewId_CustomStartAndWidth_UsesThem()
    {
        var ids = new SequentialIdGenerator(start: 42, digits: 6);

        Assert.Equal("CHG-000042", ids.NewId("CHG"));
        Assert.Equal("CHG-000043", ids.NewId("CHG"));
    }

    [Fact]
    public void NewId_StartZero_StartsAtZero()
    {
        var ids = new SequentialIdGenerator(start: 0, digits: 1);

        Assert.Equal("X-0", ids.NewId("X"));
        Assert.Equal("X-1", ids.NewId("X"));
    }

    [Fact]
    public void NewId_NumberWiderThanDigits_UsesMoreDigits()
    {
        var ids = new SequentialIdGenerator(start: 99, digits: 2);

        Assert.Equal("INC-99", ids.NewId("INC"));
        Assert.Equal("INC-100", ids.NewId("INC"));
        Assert.Equal("INC-101", ids.NewId("INC"));
    }

    [Fact]
    public void NewId_MaxDigits_PadsLongMaxValueWidth()
    {
        var ids = new SequentialIdGenerator(digits: SequentialIdGenerator.MaxDigits);

        Assert.Equal("INC-0000000000000000001", ids.NewId("INC"));
    }

    [Fact]
    public void NewId_CounterExhausted_ThrowsInvalidOperation()
    {
        var ids = new SequentialIdGenerator(start: long.MaxValue);

        Assert.Equal("INC-9223372036854775807", ids.NewId("INC"));
        var ex = Assert.Throws<InvalidOperationException>(() => ids.NewId("INC"));

        Assert.Contains("'INC'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("PRB-9223372036854775807", ids.NewId("PRB"));
    }

    [Fact]
    public void NewId_Ids_AreValidRecordIds()
    {
        var ids = new SequentialIdGenerator();

        string id = ids.NewId("SR");

        Assert.True(RecordIdText.IsValid(id));
        Assert.Equal(id, new ServiceRequestId(id).Value);
    }

    [Fact]
    public void Reset_AfterIds_EveryPrefixStartsAgain()
    {
        var ids = new SequentialIdGenerator(start: 7);
        ids.NewId("INC");
        ids.NewId("INC");
        ids.NewId("PRB");

        ids.Reset();

        Assert.Equal("INC-0007", ids.NewId("INC"));
        Assert.Equal("PRB-0007", ids.NewId("PRB"));
    }

    [Fact]
    public void NewId_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new SequentialIdGenerator().NewId(null!));

        Assert.Equal("prefix", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" INC")]
    [InlineData("INC ")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTU")]
    [InlineData("IN C")]
    [InlineData("IN\tC")]
    [InlineData("IN\u0001C")]
    public void NewId_InvalidPrefix_ThrowsArgument(string prefix)
    {
        var ids = new SequentialIdGenerator();

        var ex = Assert.Throws<ArgumentException>(() => ids.NewId(prefix));

        Assert.Equal("prefix", ex.ParamName);
    }

    [Fact]
    public void NewId_InvalidPrefix_DoesNotAdvanceAnyCounter()
    {
        var ids = new SequentialIdGenerator();

        Assert.Throws<ArgumentException>(() => ids.NewId("IN C"));

        Assert.Equal("INC-0001", ids.NewId("INC"));
    }

    [Fact]
    public void NewId_TwentyCharacterPrefix_Accepted()
    {
        Assert.Equal("ABCDEFGHIJKLMNOPQRST-0001", new SequentialIdGenerator().NewId("ABCDEFGHIJKLMNOPQRST"));
    }

    [Theory]
    [InlineData(-1L, 4, "start")]
    [InlineData(1L, 0, "digits")]
    [InlineData(1L, 20, "digits")]
    public void Constructor_OutOfRange_ThrowsArgumentOutOfRange(long start, int digits, string paramName)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SequentialIdGenerator(start, digits));

        Assert.Equal(paramName, ex.ParamName);
    }

    [Fact]
    public void NewId_ParallelCallers_NeverGetTheSameIdAndUseEveryNumber()
    {
        var ids = new SequentialIdGenerator();
        var issued = new ConcurrentBag<string>();
        const int count = 10_000;

        Parallel.For(0, count, i => issued.Add(ids.NewId(i % 2 == 0 ? "INC" : "PRB")));

        Assert.Equal(count, issued.Distinct(StringComparer.Ordinal).Count());
        string[] expected = Enumerable.Range(1, count / 2).SelectMany(n => new[] { $"INC-{n:D4}", $"PRB-{n:D4}" }).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, issued.Order(StringComparer.Ordinal));
        Assert.Equal("INC-5001", ids.NewId("INC"));
    }
}
