using NodaTime;

namespace ItsmCore.Sla.Tests;

public sealed class NominalPeriodsTests
{
    [Fact]
    public void Periods_HaveTheirNominalLengths()
    {
        Assert.Equal(Duration.FromHours(8_760), NominalPeriods.Year365Days);
        Assert.Equal(Duration.FromHours(720), NominalPeriods.Month30Days);

        // 365.25 / 12 days = 30.4375 days = 730.5 h.
        Assert.Equal(Duration.FromDays(365) + Duration.FromHours(6), NominalPeriods.AverageMonth * 12);
        Assert.Equal(Duration.FromMinutes(43_830), NominalPeriods.AverageMonth);
    }
}
