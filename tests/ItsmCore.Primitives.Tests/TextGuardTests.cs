using System;

namespace ItsmCore.Primitives.Tests;

public sealed class TextGuardTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("Printer on floor 3 is down")]
    [InlineData("12345")]
    public void Check_ValidText_ReturnsIt(string value)
    {
        Assert.Same(value, TextGuard.Check(value, "title", 100));
    }

    [Fact]
    public void Check_ExactlyMaxLength_Accepted()
    {
        string value = new('x', 10);

        Assert.Same(value, TextGuard.Check(value, "title", 10));
    }

    [Fact]
    public void Check_LongerThanMax_ThrowsArgumentStatingBothLengths()
    {
        var ex = Assert.Throws<ArgumentException>(() => TextGuard.Check(new string('x', 11), "title", 10));

        Assert.Equal("title", ex.ParamName);
        Assert.Contains("11 characters", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most 10", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Null_ThrowsArgumentNullNamingParameter()
    {
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => TextGuard.Check(null!, "title", 10)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    [InlineData("\u00A0")]
    public void Check_EmptyOrWhiteSpace_ThrowsArgument(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => TextGuard.Check(value, "title", 10));

        Assert.Equal("title", ex.ParamName);
        Assert.Contains("empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" a")]
    [InlineData("a ")]
    [InlineData("\ta")]
    [InlineData("a\n")]
    [InlineData("a\u00A0")]
    public void Check_Padded_ThrowsArgument(string value)
    {
        var ex = Assert.Throws<ArgumentException>(() => TextGuard.Check(value, "title", 10));

        Assert.Equal("title", ex.ParamName);
        Assert.Contains("start or end with white space", ex.Message, StringComparison.Ordinal);
    }
}
