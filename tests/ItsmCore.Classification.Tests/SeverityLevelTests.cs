using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class SeverityLevelTests
{
    [Fact]
    public void ToString_Level_ShowsNumberAndName()
    {
        Assert.Equal("3 (Major)", new SeverityLevel(3, "Major").ToString());
    }

    [Fact]
    public void Equals_SameLevelAndExactName_AreEqual()
    {
        Assert.Equal(new SeverityLevel(3, "Major"), new SeverityLevel(3, "Major"));
        Assert.NotEqual(new SeverityLevel(3, "Major"), new SeverityLevel(4, "Major"));
        Assert.NotEqual(new SeverityLevel(3, "Major"), new SeverityLevel(3, "major"));
    }
}
