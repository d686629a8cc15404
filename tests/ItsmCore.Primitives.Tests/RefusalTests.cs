using System;
using System.Linq;
using System.Collections.Generic;

namespace ItsmCore.Primitives.Tests;

public sealed class RefusalTests
{
    [Theory]
    [InlineData("Incident.Title.Empty")]
    [InlineData("Problem.Status.Final")]
    [InlineData("Change.Window.Freeze.Collides")]
    [InlineData("A1.B2.C3")]
    public void IsValid_RecordFieldReason_True(string code)
    {
        Assert.True(RefusalCode.IsValid(code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Incident.Title")]
    [InlineData("Incident..Empty")]
    [InlineData("Incident.Title.Empty.")]
    [InlineData("Incident.Title-x.Empty")]
    [InlineData("1ncident.Title.Empty")]
    [InlineData("Incident.Title. Empty")]
    [InlineData(null)]
    public void IsValid_Malformed_False(string? code)
    {
        Assert.False(RefusalCode.IsValid(code));
    }

    [Fact]
    public void Of_Parts_JoinsWithDots()
    {
        Assert.Equal("Problem.Assignee.Unchanged", RefusalCode.Of("Problem", "Assignee", "Unchanged"));
        Assert.Throws<ArgumentException>(() => RefusalCode.Of("Problem", "Assignee", "not changed"));
    }

    [Fact]
    public void Constructor_MalformedCode_ThrowsArgumentNamingTheShape()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Refusal("closed", "it is closed"));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains("{Record}.{Field or Rule}.{Reason}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_BlankReasonOrDuplicateDatum_ThrowsArgument()
    {
        Assert.Throws<ArgumentException>(() => new Refusal("A.B.C", " "));
        Assert.Throws<ArgumentException>(() => new Refusal("A.B.C", "r", [new("k", "1"), new("k", "2")]));
        Assert.Throws<ArgumentNullException>(() => new Refusal("A.B.C", null!));
    }

    [Fact]
    public void Data_GivenInAnyOrder_SortedAndEqual()
    {
        var a = new Refusal("Problem.Status.Final", "it is closed", [new("status", "Closed"), new("at", "2026-04-01")]);
        var b = new Refusal("Problem.Status.Final", "it is closed", [new("at", "2026-04-01"), new("status", "Closed")]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(["at", "status"], a.Data.Items.Select(d => d.Key));
        Assert.Equal("Closed", a["status"]);
        Assert.Null(a["missing"]);
    }

    [Fact]
    public void Equals_DifferentCodeReasonOrData_NotEqual()
    {
        var a = new Refusal("A.B.C", "r", [new("k", "1")]);

        Assert.NotEqual(a, new Refusal("A.B.D", "r", [new("k", "1")]));
        Assert.NotEqual(a, new Refusal("A.B.C", "s", [new("k", "1")]));
        Assert.NotEqual(a, new Refusal("A.B.C", "r", [new("k", "2")]));
        Assert.True(a != null);
    }

    [Fact]
    public void ToString_WithData_ShowsCodeReasonAndData()
    {
        var refusal = new Refusal("Problem.Status.Final", "the problem is closed", [new("status", "Closed")]);

        Assert.Equal("Problem.Status.Final: the problem is closed (status=Closed)", refusal.ToString());
    }
}
