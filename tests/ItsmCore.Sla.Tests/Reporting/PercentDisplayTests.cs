using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>
/// The display rule for percentages in compliance reports: half away from zero to two decimals, and only exactly
/// 100 % (0 %) shows as 100.00 % (0.00 %).
/// </summary>
public sealed class PercentDisplayTests
{
    [Theory]
    [InlineData("94.7368", "94.74 %")]
    [InlineData("94.735", "94.74 %")]
    [InlineData("94.7349999", "94.73 %")]
    [InlineData("66.6666666666666666666666666667", "66.67 %")]
    [InlineData("81.8181818181818181818181818182", "81.82 %")]
    [InlineData("12.345", "12.35 %")]
    [InlineData("99.994", "99.99 %")]
    [InlineData("99.995", "99.99 %")]
    [InlineData("99.999999", "99.99 %")]
    [InlineData("100", "100.00 %")]
    [InlineData("0.004", "0.01 %")]
    [InlineData("0.005", "0.01 %")]
    [InlineData("0.0149", "0.01 %")]
    [InlineData("0", "0.00 %")]
    public void FormatPercent_Value_RoundsHalfAwayFromZeroButNeverToTheEnds(string value, string expected)
    {
        Assert.Equal(expected, ReportText.FormatPercent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FormatPercent_Null_IsADash() => Assert.Equal("-", ReportText.FormatPercent(null));

    [Fact]
    public void ToMarkdown_EighteenOfNineteenMet_Shows94Point74Percent()
    {
        // 18 / 19 = 94.736842...%: shown as 94.74 %, in the report and in the figures' text.
        Instant t0 = Instant.FromUtc(2026, 6, 1, 0, 0);
        var list = new List<SlaMeasurement>();
        list.AddRange(Enumerable.Range(0, 18).Select(i => Done($"M{i}", t0, t0 + Duration.FromMinutes(30), Duration.FromMinutes(30), Duration.FromMinutes(60))));
        list.Add(Done("B", t0, t0 + Duration.FromMinutes(90), Duration.FromMinutes(90), Duration.FromMinutes(60)));
        SlaComplianceReport report = SlaComplianceReport.Create(list, Months(Ym(2026, 6), Ym(2026, 6), Utc));

        Assert.Equal(18m * 100m / 19m, report.Rows.Single(r => r.Month is not null).Figures.CompliancePercent);
        Assert.Contains("| 94.74 % |", report.ToMarkdown(), StringComparison.Ordinal);
        Assert.Contains("compliance 94.74 %", SlaComplianceFigures.From(list).ToString(), StringComparison.Ordinal);
    }
}
