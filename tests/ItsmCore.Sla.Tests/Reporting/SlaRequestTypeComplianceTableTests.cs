using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>
/// Case 1 (managed-cloud support desk): requests with minor service impact are done within 1 business day, those that
/// may impact service within 5 business days, on the second-line engineers' calendar (weekdays 10:00-19:00 Asia/Tokyo);
/// the annual compliance table gives per request type the target, the breaches and a verdict.
/// </summary>
public sealed class SlaRequestTypeComplianceTableTests
{
    private static readonly SlaTarget OneDay = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-second-line");
    private static readonly SlaTarget FiveDays = SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, "jp-second-line");
    private static readonly Instant Now = Jst(2026, 12, 25, 12, 0);

    /// <summary>
    /// Request <paramref name="index"/> of a type starts on the first working instant at or after Wednesday
    /// 2026-01-07 11:00 JST plus 14 days per index plus <paramref name="offsetDays"/>, and is done after
    /// <paramref name="workHours"/> of working time (no pause), so its elapsed time is exactly that.
    /// </summary>
    private static SlaClock Request(SlaTarget target, int offsetDays, int index, double workHours)
    {
        Instant start = SecondLine.NextWorkingInstant(Jst(2026, 1, 7, 11, 0) + Duration.FromDays((14 * index) + offsetDays));
        return SlaClock.Start(target, SecondLine, start).Stop(SecondLine.Add(start, H(workHours)));
    }

    private static IEnumerable<SlaMeasurement> Requests(string type, string prefix, SlaTarget target, int offsetDays, params double[] workHours) =>
        workHours.SelectMany((hours, i) =>
            SlaMeasurement.FromClock($"{prefix}-{i + 1}", SlaMetric.Resolution, "medium", Request(target, offsetDays, i, hours), Now, type));

    private static List<SlaMeasurement> Year2026()
    {
        var list = new List<SlaMeasurement>();

        // Minor service impact: 1 business day = 9 working hours from a start in working hours.
        list.AddRange(Requests("account change", "ACC", OneDay, 0, 3, 4, 5, 6, 7, 8, 3, 4, 5, 6, 7, 8.5));
        list.AddRange(Requests("snapshot restore", "SNP", OneDay, 1, 2, 4, 6, 8, 10));
        list.AddRange(Requests("firewall rule", "FW", OneDay, 2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9.5, 2));

        // A snapshot restore on hold awaiting the customer over its deadline: Tue 11:00-15:00 + Thu 10:00-14:00 = 8 h, met.
        SlaClock onHold = SlaClock.Start(OneDay, SecondLine, Jst(2026, 3, 10, 11, 0))
            .Pause(Jst(2026, 3, 10, 15, 0), "awaiting customer")
            .Resume(Jst(2026, 3, 12, 10, 0))
            .Stop(Jst(2026, 3, 12, 14, 0));
        list.AddRange(SlaMeasurement.FromClock("SNP-6", SlaMetric.Resolution, "medium", onHold, Now, "snapshot restore"));

        // May impact service: 5 business days = 45 working hours.
        list.AddRange(Requests("OS patch", "OSP", FiveDays, 3, 10, 20, 30, 40, 45, 12, 24, 36));
        list.AddRange(Requests("instance type change", "INS", FiveDays, 4, 16, 30, 44));
        SlaClock withdrawn = SlaClock.Start(FiveDays, SecondLine, Jst(2026, 8, 4, 10, 0)).Cancel(Jst(2026, 8, 4, 15, 0), "withdrawn by the customer");
        list.AddRange(SlaMeasurement.FromClock("INS-4", SlaMetric.Resolution, "medium", withdrawn, Now, "instance type change"));
        list.AddRange(Requests("quota raise", "QUO", FiveDays, 5, 8, 16, 24, 40, 50));

        // Still open at Now: Mon 2026-12-21 10:00 to Fri 12:00 = 4 × 9 h + 2 h = 38 h of 45 h.
        SlaClock open = SlaClock.Start(FiveDays, SecondLine, Jst(2026, 12, 21, 10, 0));
        list.AddRange(SlaMeasurement.FromClock("QUO-6", SlaMetric.Resolution, "medium", open, Now, "quota raise"));

        // Not in the table: an incident (no request type), another metric, and a request finished in 2025.
        list.AddRange(SlaMeasurement.FromClock("INC-100", SlaMetric.Resolution, "high", SlaClock.Start(H(4), Office, Jst(2026, 5, 12, 10, 0)).Stop(Jst(2026, 5, 12, 13, 0)), Now));
        list.AddRange(SlaMeasurement.FromClock("ACC-1", SlaMetric.FirstResponse, "medium", SlaClock.Start(H(1), Office, Jst(2026, 1, 7, 11, 0)).Stop(Jst(2026, 1, 7, 13, 0)), Now, "account change"));
        list.AddRange(SlaMeasurement.FromClock("ACC-0", SlaMetric.Resolution, "medium", SlaClock.Start(OneDay, SecondLine, Jst(2025, 12, 22, 11, 0)).Stop(Jst(2025, 12, 23, 10, 0)), Now, "account change"));
        return list;
    }

    [Fact]
    public void Case1_Requests_AreMeasuredAgainstNineAndFortyFiveWorkingHours()
    {
        List<SlaMeasurement> year = Year2026();

        SlaMeasurement boundary = year.Single(m => m.TicketId == "FW-9");
        Assert.Equal(H(9), boundary.Budget);
        Assert.Equal(H(9), boundary.Elapsed);
        Assert.Equal(SlaClockState.Met, boundary.Outcome);
        SlaMeasurement late = year.Single(m => m.TicketId == "FW-19");
        Assert.Equal(SlaClockState.Breached, late.Outcome);
        Assert.Equal(H(9.5), late.Elapsed);
        SlaMeasurement onHold = year.Single(m => m.TicketId == "SNP-6");
        Assert.Equal((SlaClockState.Met, H(8), H(9)), (onHold.Outcome, onHold.Elapsed, onHold.Budget));
        SlaMeasurement exact = year.Single(m => m.TicketId == "OSP-5");
        Assert.Equal((SlaClockState.Met, H(45), H(45)), (exact.Outcome, exact.Elapsed, exact.Budget));
        SlaMeasurement open = year.Single(m => m.TicketId == "QUO-6");
        Assert.Equal((SlaClockState.Running, H(38), Now), (open.Outcome, open.Elapsed, open.MeasuredAt));
    }

    [Fact]
    public void Case1_AnnualTableWithNoBreachAllowed_IsTheExactTable()
    {
        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(
            Year2026(), SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.NoBreachAllowed);

        string expected = """
            Compliance of resolution by request type, 2026-01 to 2026-12, months in Asia/Tokyo by end (open measurements by evaluation instant); verdict: met when compliance >= 100 %

            | Request type | Target | Requests | Met | Breaches | Cancelled | Open | Compliance | Verdict |
            |---|---|--:|--:|--:|--:|--:|--:|---|
            | OS patch | 5 business days on jp-second-line | 8 | 8 | 0 | 0 | 0 | 100.00 % | met |
            | account change | 1 business day on jp-second-line | 12 | 12 | 0 | 0 | 0 | 100.00 % | met |
            | firewall rule | 1 business day on jp-second-line | 20 | 19 | 1 | 0 | 0 | 95.00 % | not met |
            | instance type change | 5 business days on jp-second-line | 4 | 3 | 0 | 1 | 0 | 100.00 % | met |
            | quota raise | 5 business days on jp-second-line | 6 | 4 | 1 | 0 | 1 | 80.00 % | not met |
            | snapshot restore | 1 business day on jp-second-line | 6 | 5 | 1 | 0 | 0 | 83.33 % | not met |

            1 measurement(s) of resolution without a request type are not shown.
            1 measurement(s) of resolution outside the period are not shown.

            """;
        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), table.ToMarkdown());
        Assert.Equal(1, table.WithoutRequestType);
        Assert.Equal(1, table.OutsidePeriod);
        Assert.Equal(6, table.Rows.Count);
    }

    [Fact]
    public void Case1_AnnualTableWith95PercentRequired_FirewallRuleIsMet()
    {
        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(
            Year2026(), SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.AtLeast(95m));

        Assert.Equal(
            new[]
            {
                ("OS patch", SlaComplianceVerdict.Met),
                ("account change", SlaComplianceVerdict.Met),
                ("firewall rule", SlaComplianceVerdict.Met),
                ("instance type change", SlaComplianceVerdict.Met),
                ("quota raise", SlaComplianceVerdict.NotMet),
                ("snapshot restore", SlaComplianceVerdict.NotMet),
            },
            table.Rows.Select(r => (r.RequestType, r.Verdict)).ToArray());

        SlaRequestTypeComplianceRow firewall = Assert.Single(table.RowsFor("firewall rule"));
        Assert.Equal(OneDay, firewall.Target);
        Assert.Equal(20, firewall.Figures.Count);
        Assert.Equal(1, firewall.Figures.Breached);
        Assert.Equal(95m, firewall.Figures.CompliancePercent);
        Assert.Equal(H(9.5), firewall.Figures.MaxElapsed);
        Assert.Equal(H(9), firewall.Figures.P95Elapsed);
        Assert.Contains("| firewall rule | 1 business day on jp-second-line | 20 | 19 | 1 | 0 | 0 | 95.00 % | met |", table.ToMarkdown(), StringComparison.Ordinal);
        Assert.Empty(table.RowsFor("disk change"));
    }

    [Fact]
    public void Create_OpenRequestAlreadyBreached_CountsAsABreach()
    {
        // A quota raise opened Mon 2026-12-14 10:00 used its 45 h by Fri 19:00: breached from Mon 2026-12-21 10:00, still open at Now.
        SlaClock late = SlaClock.Start(FiveDays, SecondLine, Jst(2026, 12, 14, 10, 0));
        var list = SlaMeasurement.FromClock("QUO-9", SlaMetric.Resolution, "medium", late, Now, "quota raise").ToList();

        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(list, SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.AtLeast(50m));

        SlaRequestTypeComplianceRow row = Assert.Single(table.Rows);
        Assert.Equal((1, 1, 1, 0), (row.Figures.Count, row.Figures.Breached, row.Figures.BreachedOpen, row.Figures.Open));
        Assert.Equal(SlaComplianceVerdict.NotMet, row.Verdict);
        Assert.Equal(Jst(2026, 12, 21, 10, 0) + Duration.Epsilon, list[0].BreachedAt);
    }

    [Fact]
    public void Create_TargetRevisedDuringTheYear_GivesOneRowPerTarget()
    {
        SlaTarget threeDays = SlaTarget.WithinBusinessDays(3, BusinessDayEnd.SameTimeOfDay, "jp-second-line");
        var list = Requests("quota raise", "QA", FiveDays, 0, 20, 50)
            .Concat(Requests("quota raise", "QB", threeDays, 182, 20, 10))
            .ToList();

        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(list, SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.NoBreachAllowed);

        Assert.Equal(new[] { threeDays, FiveDays }, table.Rows.Select(r => r.Target).ToArray());
        Assert.Equal(new[] { SlaComplianceVerdict.Met, SlaComplianceVerdict.NotMet }, table.Rows.Select(r => r.Verdict).ToArray());
        Assert.Equal(2, table.RowsFor("quota raise").Count);
    }

    [Fact]
    public void Create_NothingToTabulate_ShowsAPlaceholderRow()
    {
        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(
            Array.Empty<SlaMeasurement>(), SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.NoBreachAllowed);

        Assert.Empty(table.Rows);
        Assert.EndsWith("|---|---|--:|--:|--:|--:|--:|--:|---|\n| - | - | 0 | 0 | 0 | 0 | 0 | - | not measured |\n", table.ToMarkdown(), StringComparison.Ordinal);
        Assert.Equal("Compliance of resolution by request type, 2026-01 to 2026-12, months in Asia/Tokyo by end (open measurements by evaluation instant), compliance >= 100 %: 0 row(s)", table.ToString());
    }

    [Fact]
    public void Create_ShuffledInput_GivesTheSameTable()
    {
        List<SlaMeasurement> year = Year2026();
        SlaComplianceReportOptions options = SlaComplianceReportOptions.ForYear(2026, Tokyo);
        SlaRequestTypeComplianceTable forward = SlaRequestTypeComplianceTable.Create(year, SlaMetric.Resolution, options, SlaComplianceVerdictRule.NoBreachAllowed);
        SlaRequestTypeComplianceTable backward = SlaRequestTypeComplianceTable.Create(Enumerable.Reverse(year), SlaMetric.Resolution, options, SlaComplianceVerdictRule.NoBreachAllowed);

        Assert.Equal(forward.Rows, backward.Rows);
        Assert.Equal(forward.ToMarkdown(), backward.ToMarkdown());
    }

    [Fact]
    public void Create_BadInput_ThrowsNamingTheParameter()
    {
        SlaComplianceReportOptions options = SlaComplianceReportOptions.ForYear(2026, Tokyo);
        List<SlaMeasurement> year = Year2026();

        Throws<ArgumentNullException>("measurements", () => SlaRequestTypeComplianceTable.Create(null!, SlaMetric.Resolution, options, SlaComplianceVerdictRule.NoBreachAllowed));
        Throws<ArgumentNullException>("metric", () => SlaRequestTypeComplianceTable.Create(year, null!, options, SlaComplianceVerdictRule.NoBreachAllowed));
        Throws<ArgumentNullException>("options", () => SlaRequestTypeComplianceTable.Create(year, SlaMetric.Resolution, null!, SlaComplianceVerdictRule.NoBreachAllowed));
        Throws<ArgumentNullException>("rule", () => SlaRequestTypeComplianceTable.Create(year, SlaMetric.Resolution, options, null!));
        Throws<ArgumentException>("options", () => SlaRequestTypeComplianceTable.Create(year, SlaMetric.Resolution, options with { To = Ym(2025, 12) }, SlaComplianceVerdictRule.NoBreachAllowed));
        Throws<ArgumentException>("measurements", () => SlaRequestTypeComplianceTable.Create(year.Append(year[0]), SlaMetric.Resolution, options, SlaComplianceVerdictRule.NoBreachAllowed));
        Throws<ArgumentNullException>("requestType", () => SlaRequestTypeComplianceTable.Create(year, SlaMetric.Resolution, options, SlaComplianceVerdictRule.NoBreachAllowed).RowsFor(null!));
    }
}
