using System;

namespace ItsmCore.Primitives.Tests;

public sealed class RecordIdTextTests
{
    [Theory]
    [InlineData("INC-0001")]
    [InlineData("x")]
    [InlineData("INC0012345")]
    [InlineData("障害-1")]
    [InlineData("a/b?c=d")]
    public void IsValid_ValidIds_True(string value)
    {
        Assert.True(RecordIdText.IsValid(value));
        Assert.Same(value, RecordIdText.Check(value, "id"));
    }

    [Fact]
    public void IsValid_MaxLength_TrueAndOneMoreFalse()
    {
        Assert.Equal(100, RecordIdText.MaxLength);
        Assert.True(RecordIdText.IsValid(new string('a', RecordIdText.MaxLength)));
        Assert.False(RecordIdText.IsValid(new string('a', RecordIdText.MaxLength + 1)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("INC 1")]
    [InlineData(" INC-1")]
    [InlineData("INC-1\n")]
    [InlineData("INC\t1")]
    [InlineData("INC\u00A01")]
    [InlineData("INC\u00071")]
    [InlineData("INC\u007F1")]
    public void IsValid_InvalidIds_False(string? value)
    {
        Assert.False(RecordIdText.IsValid(value));
    }

    [Fact]
    public void Check_Null_ThrowsArgumentNullNamingParameter()
    {
        Assert.Equal("incidentId", Assert.Throws<ArgumentNullException>(() => RecordIdText.Check(null!, "incidentId")).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("INC 1")]
    [InlineData("INC\u00071")]
    public void Check_Invalid_ThrowsArgumentNamingValueAndRule(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => RecordIdText.Check(value, "incidentId"));

        Assert.Equal("incidentId", ex.ParamName);
        Assert.Contains($"'{value}' is not a valid id", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1 to 100 characters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooLong_ThrowsArgument()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => RecordIdText.Check(new string('a', 101), "id")).ParamName);
    }
}
