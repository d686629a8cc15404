using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaComplianceReportOptionsTests
{
    [Fact]
    public void ForYear_2026InTokyo_IsJanuaryToDecemberByEnd()
    {
        SlaComplianceReportOptions options = SlaComplianceReportOptions.ForYear(2026, Tokyo);

        Assert.Equal(Ym(2026, 1), options.From);
        Assert.Equal(Ym(2026, 12), options.To);
        Assert.Same(Tokyo, options.Zone);
        Assert.Equal(SlaMonthPlacement.ByEndedAt, options.Placement);
        Assert.Equal(12, options.MonthCount);
    }

    [Fact]
    public void Defaults_ZoneAndPlacement_AreUtcAndByEnd()
    {
        var options = new SlaComplianceReportOptions { From = Ym(2026, 4), To = Ym(2027, 3) };

        Assert.Equal(DateTimeZone.Utc, options.Zone);
        Assert.Equal(SlaMonthPlacement.ByEndedAt, options.Placement);
        Assert.Equal(12, options.MonthCount);
    }

    [Fact]
    public void ForYear_BadArguments_ThrowNamingTheParameter()
    {
        Throws<ArgumentOutOfRangeException>("year", () => SlaComplianceReportOptions.ForYear(0, Tokyo));
        Throws<ArgumentOutOfRangeException>("year", () => SlaComplianceReportOptions.ForYear(10000, Tokyo));
        Throws<ArgumentNullException>("zone", () => SlaComplianceReportOptions.ForYear(2026, null!));
    }

    [Fact]
    public void MonthOf_OutsideThePeriod_IsNull()
    {
        SlaComplianceReportOptions options = Months(Ym(2026, 11), Ym(2026, 11), Tokyo);
        SlaMeasurement lastMinute = Done("T1", Jst(2026, 11, 30, 23, 0), Jst(2026, 11, 30, 23, 59), M(59), H(4));
        SlaMeasurement nextMonth = Done("T2", Jst(2026, 11, 30, 23, 0), Jst(2026, 12, 1, 0, 0), H(1), H(4));

        Assert.Equal(Ym(2026, 11), options.MonthOf(lastMinute));
        Assert.Null(options.MonthOf(nextMonth));
        Assert.Equal(Ym(2026, 11), (options with { Placement = SlaMonthPlacement.ByStartedAt }).MonthOf(nextMonth));
        Throws<ArgumentNullException>("measurement", () => options.MonthOf(null!));
    }

    [Fact]
    public void MonthOf_InvalidOptions_ThrowsListingEveryProblem()
    {
        var options = new SlaComplianceReportOptions { From = new YearMonth(2026, 1, CalendarSystem.Julian), To = Ym(2026, 1) };

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => options.MonthOf(Done("T1", Utc0(2026, 1, 5, 0), Utc0(2026, 1, 5, 1), H(1), H(4))));
        Assert.Equal("Invalid compliance report options: From must be in the ISO calendar, not Julian.", e.Message);
    }

    [Fact]
    public void Validate_PeriodOverAHundredYears_IsRefused()
    {
        var longest = new SlaComplianceReportOptions { From = Ym(2000, 1), To = Ym(2099, 12) };
        Assert.Equal(SlaComplianceReportOptions.MaxMonths, longest.MonthCount);
        Assert.Empty(SlaComplianceReport.Create(Array.Empty<SlaMeasurement>(), longest).Rows);

        ArgumentException e = Throws<ArgumentException>("options", () => SlaComplianceReport.Create(Array.Empty<SlaMeasurement>(), longest with { To = Ym(2100, 1) }));
        Assert.Contains("has 1201 months; at most 1200 are allowed", e.Message, StringComparison.Ordinal);
    }
}
