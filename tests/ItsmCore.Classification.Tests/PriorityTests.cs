using ItsmCore.Classification;

namespace ItsmCore.Classification.Tests;

public sealed class PriorityTests
{
    [Fact]
    public void ToString_Level_ShowsNumberAndName()
    {
        Assert.Equal("2 (High)", new Priority(2, "High").ToString());
    }

    [Fact]
    public void Equals_SameLevelAndExactName_AreEqual()
    {
        Assert.Equal(new Priority(2, "High"), new Priority(2, "High"));
        Assert.NotEqual(new Priority(2, "High"), new Priority(3, "High"));
        Assert.NotEqual(new Priority(2, "High"), new Priority(2, "high"));
    }
}
