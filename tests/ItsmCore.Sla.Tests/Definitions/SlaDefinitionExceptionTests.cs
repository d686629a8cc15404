using System;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaDefinitionExceptionTests
{
    [Fact]
    public void Constructor_ListsEveryProblemOnItsOwnLine()
    {
        var e = new SlaDefinitionException("d", new[] { "one", "two" });
        Assert.Equal("SLA definition 'd' has 2 problems:" + Environment.NewLine + "- one" + Environment.NewLine + "- two", e.Message);
        Assert.Equal(new[] { "one", "two" }, e.Problems);
    }

    [Fact]
    public void Constructor_ProblemsAreCopied()
    {
        string[] problems = { "one" };
        var e = new SlaDefinitionException("d", problems);
        problems[0] = "changed";
        Assert.Equal("one", Assert.Single(e.Problems));
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Equal("problems", Assert.Throws<ArgumentException>(() => new SlaDefinitionException("d", Array.Empty<string>())).ParamName);
        Assert.Equal("problems", Assert.Throws<ArgumentNullException>(() => new SlaDefinitionException("d", null!)).ParamName);
        Assert.Equal("definitionId", Assert.Throws<ArgumentNullException>(() => new SlaDefinitionException(null!, new[] { "x" })).ParamName);
    }
}
