using System;
using ItsmCore.Classification;
using ItsmCore.Incidents;

namespace ItsmCore.Incidents.Tests.Classification;

public sealed class MajorIncidentPolicyTests
{
    [Fact]
    public void Default_Policy_IsSeverityThreeOn24x7()
    {
        Assert.Equal(3, MajorIncidentPolicy.Default.MinimumSeverity);
        Assert.Equal("24x7", MajorIncidentPolicy.Default.CalendarId);
    }

    [Theory]
    [InlineData(3, "severity 3 (Major) is at least 3")]
    [InlineData(4, "severity 4 (Security) is at least 3")]
    public void Assess_DefaultScaleMajorOrSecurity_ReturnsCriterion(int level, string criterion)
    {
        Assert.Equal(criterion, MajorIncidentPolicy.Default.Assess(SeverityScale.Default.Get(level)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Assess_DefaultScaleBelowMajor_ReturnsNull(int level)
    {
        Assert.Null(MajorIncidentPolicy.Default.Assess(SeverityScale.Default.Get(level)));
    }

    [Fact]
    public void Assess_CustomThreshold_UsesIt()
    {
        var policy = new MajorIncidentPolicy(2, "follow-the-sun");

        Assert.Null(policy.Assess(SeverityScale.Default.Get(1)));
        Assert.Equal("severity 2 (Normal) is at least 2", policy.Assess(SeverityScale.Default.Get(2)));
    }

    [Fact]
    public void Assess_MinimumZero_EveryLevelIsMajor()
    {
        var policy = new MajorIncidentPolicy(0, "24x7");

        Assert.All(SeverityScale.Default.Levels, l => Assert.NotNull(policy.Assess(l)));
    }

    [Fact]
    public void Constructor_NegativeMinimum_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new MajorIncidentPolicy(-1, "24x7"));

        Assert.Equal("minimumSeverity", ex.ParamName);
    }

    [Fact]
    public void Constructor_NullCalendar_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new MajorIncidentPolicy(3, null!));

        Assert.Equal("calendarId", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24 x 7")]
    [InlineData(" 24x7")]
    [InlineData("24x7\n")]
    public void Constructor_InvalidCalendarId_Throws(string calendarId)
    {
        var ex = Assert.Throws<ArgumentException>(() => new MajorIncidentPolicy(3, calendarId));

        Assert.Equal("calendarId", ex.ParamName);
    }

    [Fact]
    public void Constructor_CalendarIdOf101Characters_Throws()
    {
        Assert.Throws<ArgumentException>(() => new MajorIncidentPolicy(3, new string('c', 101)));
        Assert.Equal(100, new MajorIncidentPolicy(3, new string('c', 100)).CalendarId.Length);
    }

    [Fact]
    public void Equals_SameValues_EqualWithSameHash()
    {
        var policy = new MajorIncidentPolicy(3, "24x7");

        Assert.Equal(MajorIncidentPolicy.Default, policy);
        Assert.True(policy == MajorIncidentPolicy.Default);
        Assert.Equal(MajorIncidentPolicy.Default.GetHashCode(), policy.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentValues_NotEqual()
    {
        Assert.NotEqual(MajorIncidentPolicy.Default, new MajorIncidentPolicy(4, "24x7"));
        Assert.NotEqual(MajorIncidentPolicy.Default, new MajorIncidentPolicy(3, "business-hours"));
        Assert.True(MajorIncidentPolicy.Default != new MajorIncidentPolicy(3, "24X7"));
    }
}
