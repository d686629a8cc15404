using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaComplianceReportTests
{
    private static readonly SlaMetric Fr = SlaMetric.FirstResponse;

    /// <summary>
    /// Resolution high: Oct met 2 h and breached 5 h of 4 h; Dec met 3 h and one cancelled. Resolution low: Nov met 6 h
    /// of 8 h and one open at 4 h; Dec met 3 h (started Nov 30 22:00Z, ended Dec 1 01:00Z); one ended in September.
    /// First response high: Oct met 10 min and breached 20 min of 15 min; Nov one open already breached (30 min).
    /// </summary>
    private static List<SlaMeasurement> Sample() => new()
    {
        Minutes("H1", 120, 240, Utc0(2026, 10, 5, 1)),
        Minutes("H2", 300, 240, Utc0(2026, 10, 20, 1)),
        Minutes("H3", 180, 240, Utc0(2026, 12, 1, 10)),
        Done("H4", Utc0(2026, 12, 2, 1), Utc0(2026, 12, 2, 2), H(1), H(4), cancelled: true),
        Minutes("L1", 360, 480, Utc0(2026, 11, 3, 1), "low"),
        OpenAt("L2", Utc0(2026, 11, 10, 1), Utc0(2026, 11, 12, 1), H(4), H(8), "low"),
        Minutes("L3", 60, 480, Utc0(2026, 9, 28, 1), "low"),
        Minutes("L4", 180, 480, Utc0(2026, 11, 30, 22), "low"),
        Minutes("F1", 10, 15, Utc0(2026, 10, 5, 1), metric: Fr),
        Minutes("F2", 20, 15, Utc0(2026, 10, 6, 1), metric: Fr),
        OpenAt("F3", Utc0(2026, 11, 7, 1), Utc0(2026, 11, 7, 1, 30), M(30), M(15), metric: Fr),
    };

    private static SlaComplianceReportOptions OctToDecUtc => Months(Ym(2026, 10), Ym(2026, 12), DateTimeZone.Utc);

    [Fact]
    public void Create_HandComputedSample_RowsPerMetricPriorityAndMonth()
    {
        SlaComplianceReport report = SlaComplianceReport.Create(Sample(), OctToDecUtc);

        Assert.Equal(9, report.Rows.Count);
        Assert.Equal(3, report.Totals.Count);
        Assert.Equal(1, report.OutsidePeriod);
        Assert.Equal(
            new[] { "first-response/high", "resolution/high", "resolution/low" },
            report.Totals.Select(r => r.Metric.Name + "/" + r.Priority).ToArray());
        Assert.Equal(
            new[] { Ym(2026, 10), Ym(2026, 11), Ym(2026, 12) },
            report.Rows.Take(3).Select(r => r.Month!.Value).ToArray());

        SlaComplianceFigures octHigh = report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 10))!.Figures;
        Assert.Equal((2, 1, 1, 0, 0), (octHigh.Count, octHigh.Met, octHigh.Breached, octHigh.Cancelled, octHigh.Open));
        Assert.Equal(50m, octHigh.CompliancePercent);
        Assert.Equal(H(3.5), octHigh.MeanElapsed);
        Assert.Equal(H(2), octHigh.P50Elapsed);
        Assert.Equal(H(5), octHigh.P95Elapsed);

        SlaComplianceFigures novHigh = report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures;
        Assert.Same(SlaComplianceFigures.Empty, novHigh);

        SlaComplianceRow total = report.FindTotal(SlaMetric.Resolution, "high")!;
        Assert.True(total.IsTotal);
        Assert.Equal((4, 2, 1, 1, 0), (total.Figures.Count, total.Figures.Met, total.Figures.Breached, total.Figures.Cancelled, total.Figures.Open));
        Assert.Equal(200m / 3m, total.Figures.CompliancePercent);
        Assert.Equal(M(200), total.Figures.MeanElapsed);
        Assert.Equal(H(3), total.Figures.P50Elapsed);
        Assert.Equal(H(5), total.Figures.P90Elapsed);

        SlaComplianceFigures novLow = report.FindRow(SlaMetric.Resolution, "low", Ym(2026, 11))!.Figures;
        Assert.Equal((2, 1, 0, 1), (novLow.Count, novLow.Met, novLow.Breached, novLow.Open));
        Assert.Equal(100m, novLow.CompliancePercent);

        SlaComplianceFigures novFr = report.FindRow(Fr, "high", Ym(2026, 11))!.Figures;
        Assert.Equal((1, 0, 1, 1), (novFr.Count, novFr.Met, novFr.Breached, novFr.BreachedOpen));
        Assert.Equal(0m, novFr.CompliancePercent);
        Assert.Null(novFr.MeanElapsed);

        Assert.Null(report.FindRow(Fr, "low", Ym(2026, 10)));
        Assert.Null(report.FindTotal(SlaMetric.Custom("availability"), "high"));
    }

    [Fact]
    public void ToMarkdown_HandComputedSample_IsTheExactTable()
    {
        string expected = """
            SLA compliance, 2026-10 to 2026-12, months in UTC by end (open measurements by evaluation instant)

            | Metric | Priority | Month | Count | Met | Breached | Cancelled | Open | Compliance | Mean | P50 | P90 | P95 |
            |---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|
            | first-response | high | 2026-10 | 2 | 1 | 1 | 0 | 0 | 50.00 % | 15 min | 10 min | 20 min | 20 min |
            | first-response | high | 2026-11 | 1 | 0 | 1 (1 open) | 0 | 0 | 0.00 % | - | - | - | - |
            | first-response | high | 2026-12 | 0 | 0 | 0 | 0 | 0 | - | - | - | - | - |
            | first-response | high | **total** | 3 | 1 | 2 (1 open) | 0 | 0 | 33.33 % | 15 min | 10 min | 20 min | 20 min |
            | resolution | high | 2026-10 | 2 | 1 | 1 | 0 | 0 | 50.00 % | 3 h 30 min | 2 h | 5 h | 5 h |
            | resolution | high | 2026-11 | 0 | 0 | 0 | 0 | 0 | - | - | - | - | - |
            | resolution | high | 2026-12 | 2 | 1 | 0 | 1 | 0 | 100.00 % | 3 h | 3 h | 3 h | 3 h |
            | resolution | high | **total** | 4 | 2 | 1 | 1 | 0 | 66.67 % | 3 h 20 min | 3 h | 5 h | 5 h |
            | resolution | low | 2026-10 | 0 | 0 | 0 | 0 | 0 | - | - | - | - | - |
            | resolution | low | 2026-11 | 2 | 1 | 0 | 0 | 1 | 100.00 % | 6 h | 6 h | 6 h | 6 h |
            | resolution | low | 2026-12 | 1 | 1 | 0 | 0 | 0 | 100.00 % | 3 h | 3 h | 3 h | 3 h |
            | resolution | low | **total** | 3 | 2 | 0 | 0 | 1 | 100.00 % | 4 h 30 min | 3 h | 6 h | 6 h |

            1 measurement(s) outside the period are not shown.

            """;

        Assert.Equal(expected.Replace("\r\n", "\n", StringComparison.Ordinal), SlaComplianceReport.Create(Sample(), OctToDecUtc).ToMarkdown());
    }

    [Fact]
    public void Create_TicketEndingNovember30At20Utc_IsDecemberInTokyoAndNovemberInUtc()
    {
        // X ends 2026-11-30T20:00Z = 2026-12-01 05:00 JST. W runs 23:00-01:00 JST across the boundary.
        // Y ends 23:50 JST Nov 30; Z starts 00:30 JST Dec 1.
        var list = new[]
        {
            Done("X", Utc0(2026, 11, 30, 18), Utc0(2026, 11, 30, 20), H(2), H(4)),
            Done("W", Utc0(2026, 11, 30, 14), Utc0(2026, 11, 30, 16), H(2), H(4)),
            Done("Y", Utc0(2026, 11, 30, 14, 30), Utc0(2026, 11, 30, 14, 50), M(20), H(4)),
            Done("Z", Utc0(2026, 11, 30, 15, 30), Utc0(2026, 11, 30, 16), M(30), H(4)),
        };

        Assert.Equal((4, 0), Counts(list, DateTimeZone.Utc, SlaMonthPlacement.ByEndedAt));
        Assert.Equal((1, 3), Counts(list, Tokyo, SlaMonthPlacement.ByEndedAt));
        Assert.Equal((4, 0), Counts(list, DateTimeZone.Utc, SlaMonthPlacement.ByStartedAt));
        Assert.Equal((2, 2), Counts(list, Tokyo, SlaMonthPlacement.ByStartedAt));

        SlaComplianceReportOptions tokyo = Months(Ym(2026, 11), Ym(2026, 12), Tokyo);
        Assert.Equal(Ym(2026, 12), tokyo.MonthOf(list[0]));
        Assert.Equal(Ym(2026, 11), (tokyo with { Zone = DateTimeZone.Utc }).MonthOf(list[0]));
        Assert.Equal(Ym(2026, 12), tokyo.MonthOf(list[1]));
        Assert.Equal(Ym(2026, 11), (tokyo with { Placement = SlaMonthPlacement.ByStartedAt }).MonthOf(list[1]));

        SlaComplianceReport report = SlaComplianceReport.Create(list, tokyo);
        Assert.Equal(1, report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures.Count);
        Assert.Equal(M(20), report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures.MeanElapsed);

        // December in Tokyo: 30 min, 2 h, 2 h: mean 90 min, median (rank 2) 2 h.
        Assert.Equal(M(90), report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures.MeanElapsed);
        Assert.Equal(H(2), report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures.P50Elapsed);
    }

    [Fact]
    public void Create_OpenMeasurement_IsPlacedByItsEvaluationInstantOrByItsStart()
    {
        // Started Nov 20, still open (paused) when evaluated on Dec 3; another open one already breached.
        var list = new[]
        {
            OpenAt("O1", Utc0(2026, 11, 20, 1), Utc0(2026, 12, 3, 1), H(2), H(8), paused: true),
            OpenAt("O2", Utc0(2026, 11, 25, 1), Utc0(2026, 12, 3, 1), H(9), H(8)),
        };

        SlaComplianceReport byEnd = SlaComplianceReport.Create(list, Months(Ym(2026, 11), Ym(2026, 12), DateTimeZone.Utc));
        SlaComplianceReport byStart = SlaComplianceReport.Create(list, Months(Ym(2026, 11), Ym(2026, 12), DateTimeZone.Utc, SlaMonthPlacement.ByStartedAt));

        SlaComplianceFigures dec = byEnd.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures;
        Assert.Equal((2, 1, 1, 1, 0), (dec.Count, dec.Open, dec.Breached, dec.BreachedOpen, dec.Met));
        Assert.Equal(0m, dec.CompliancePercent);
        Assert.Equal(0, dec.Stopped);
        Assert.Null(dec.MeanElapsed);
        Assert.Equal(0, byEnd.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures.Count);
        Assert.Equal(2, byStart.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures.Count);
        Assert.Equal(0, byStart.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures.Count);
    }

    [Fact]
    public void Create_MeasurementsFromOfficeClocks_ReportsWhatTheClocksMeasured()
    {
        Instant now = Jst(2026, 12, 3, 12, 0);
        SlaTarget fourHours = SlaTarget.Within(H(4), "jp-office");
        SlaTarget eightHours = SlaTarget.Within(H(8), "jp-office");
        var clocks = new (string Ticket, string Priority, SlaClock Clock)[]
        {
            // 16:30-17:00 + Thu 10:00-14:00 = 4:30 of 4 h: breached (November).
            ("INC-1", "high", SlaClock.Start(fourHours, Office, Jst(2026, 11, 18, 16, 30)).Pause(Jst(2026, 11, 18, 17, 0), "awaiting customer").Resume(Jst(2026, 11, 19, 10, 0)).Stop(Jst(2026, 11, 19, 14, 0))),
            // 2 h: met (November).
            ("INC-2", "high", SlaClock.Start(fourHours, Office, Jst(2026, 11, 16, 10, 0)).Stop(Jst(2026, 11, 16, 12, 0))),
            // Fri 17:00-18:00 + Mon 09:00-10:30 = 2:30: met (November).
            ("INC-3", "high", SlaClock.Start(fourHours, Office, Jst(2026, 11, 27, 17, 0)).Stop(Jst(2026, 11, 30, 10, 30))),
            // Mon Nov 30 17:00-18:00 + Tue 09:00-11:00 = 3 h: met, ended in December.
            ("INC-4", "high", SlaClock.Start(fourHours, Office, Jst(2026, 11, 30, 17, 0)).Stop(Jst(2026, 12, 1, 11, 0))),
            // Cycle 1: Tue 09:00-17:00 = 8 h, met. Reopened Wed 09:00: 9 h + Thu 3 h = 12 h at now, breached since Wed 17:00.
            ("INC-5", "medium", SlaClock.Start(eightHours, Office, Jst(2026, 12, 1, 9, 0)).Stop(Jst(2026, 12, 1, 17, 0)).Reopen(Jst(2026, 12, 2, 9, 0))),
            // Thu 10:00-12:00 = 2 h: open.
            ("INC-6", "medium", SlaClock.Start(eightHours, Office, Jst(2026, 12, 3, 10, 0))),
        };
        List<SlaMeasurement> measurements = clocks.SelectMany(c => SlaMeasurement.FromClock(c.Ticket, SlaMetric.Resolution, c.Priority, c.Clock, now)).ToList();
        Assert.Equal(7, measurements.Count);
        Assert.Equal(Jst(2026, 12, 2, 17, 0) + Duration.Epsilon, measurements[5].BreachedAt);

        SlaComplianceReport report = SlaComplianceReport.Create(measurements, Months(Ym(2026, 11), Ym(2026, 12), Tokyo));

        SlaComplianceFigures novHigh = report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures;
        Assert.Equal((3, 2, 1), (novHigh.Count, novHigh.Met, novHigh.Breached));
        Assert.Equal(200m / 3m, novHigh.CompliancePercent);
        Assert.Equal(H(3), novHigh.MeanElapsed);
        Assert.Equal(H(2.5), novHigh.P50Elapsed);
        Assert.Equal(H(4.5), novHigh.P90Elapsed);
        Assert.Equal(H(4.5), novHigh.P95Elapsed);

        SlaComplianceFigures decHigh = report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures;
        Assert.Equal((1, 1), (decHigh.Count, decHigh.Met));
        Assert.Equal(H(3), decHigh.MeanElapsed);

        SlaComplianceFigures decMedium = report.FindRow(SlaMetric.Resolution, "medium", Ym(2026, 12))!.Figures;
        Assert.Equal((3, 1, 1, 1, 1), (decMedium.Count, decMedium.Met, decMedium.Breached, decMedium.BreachedOpen, decMedium.Open));
        Assert.Equal(50m, decMedium.CompliancePercent);
        Assert.Equal(H(8), decMedium.MeanElapsed);
        Assert.Equal(0, report.FindRow(SlaMetric.Resolution, "medium", Ym(2026, 11))!.Figures.Count);

        SlaComplianceFigures totalHigh = report.FindTotal(SlaMetric.Resolution, "high")!.Figures;
        Assert.Equal((4, 3, 1), (totalHigh.Count, totalHigh.Met, totalHigh.Breached));
        Assert.Equal(75m, totalHigh.CompliancePercent);
        Assert.Equal(H(2.5), totalHigh.P50Elapsed);
    }

    [Fact]
    public void Create_NoMeasurements_HasNoRowsAndAPlaceholderTable()
    {
        SlaComplianceReport report = SlaComplianceReport.Create(Array.Empty<SlaMeasurement>(), OctToDecUtc);

        Assert.Empty(report.Rows);
        Assert.Empty(report.Totals);
        Assert.Equal(0, report.OutsidePeriod);
        Assert.EndsWith("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n| - | - | - | 0 | 0 | 0 | 0 | 0 | - | - | - | - | - |\n", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToMarkdown_LabelWithPipe_IsEscaped()
    {
        SlaComplianceReport report = SlaComplianceReport.Create(new[] { Minutes("T1", 10, 60, Utc0(2026, 10, 1, 0), "P1|urgent") }, Months(Ym(2026, 10), Ym(2026, 10), DateTimeZone.Utc));

        Assert.Contains("| resolution | P1\\|urgent | 2026-10 | 1 | 1 | 0 | 0 | 0 | 100.00 % | 10 min |", report.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadInput_ThrowsNamingTheParameter()
    {
        Throws<ArgumentNullException>("measurements", () => SlaComplianceReport.Create(null!, OctToDecUtc));
        Throws<ArgumentNullException>("options", () => SlaComplianceReport.Create(Sample(), null!));
        Throws<ArgumentNullException>("measurements", () => SlaComplianceReport.Create(new SlaMeasurement[] { null! }, OctToDecUtc));
        List<SlaMeasurement> twice = Sample();
        twice.Add(Minutes("H1", 60, 240, Utc0(2026, 11, 5, 1)));
        ArgumentException duplicate = Throws<ArgumentException>("measurements", () => SlaComplianceReport.Create(twice, OctToDecUtc));
        Assert.Contains("'H1'", duplicate.Message, StringComparison.Ordinal);

        ArgumentException options = Throws<ArgumentException>("options", () => SlaComplianceReport.Create(
            Sample(), new SlaComplianceReportOptions { From = Ym(2026, 12), To = Ym(2026, 10), Zone = null!, Placement = (SlaMonthPlacement)7 }));
        Assert.Contains("Zone must not be null.", options.Message, StringComparison.Ordinal);
        Assert.Contains("Placement 7 is not a known placement.", options.Message, StringComparison.Ordinal);
        Assert.Contains("From (2026-12) must not be after To (2026-10).", options.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindRow_MonthOutsideThePeriod_ThrowsNamingTheMonth()
    {
        SlaComplianceReport report = SlaComplianceReport.Create(Sample(), OctToDecUtc);

        Throws<ArgumentOutOfRangeException>("month", () => report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 9)));
        Throws<ArgumentOutOfRangeException>("month", () => report.FindRow(SlaMetric.Resolution, "high", Ym(2027, 1)));
        Throws<ArgumentNullException>("metric", () => report.FindRow(null!, "high", Ym(2026, 10)));
        Throws<ArgumentNullException>("priority", () => report.FindTotal(SlaMetric.Resolution, null!));
    }

    [Fact]
    public void Create_ShuffledInput_GivesTheSameReport()
    {
        List<SlaMeasurement> sample = Sample();
        SlaComplianceReport forward = SlaComplianceReport.Create(sample, OctToDecUtc);
        SlaComplianceReport shuffled = SlaComplianceReport.Create(sample.OrderBy(m => m.TicketId, StringComparer.Ordinal).Reverse(), OctToDecUtc);

        Assert.Equal(forward.Rows, shuffled.Rows);
        Assert.Equal(forward.Totals, shuffled.Totals);
        Assert.Equal(forward.ToMarkdown(), shuffled.ToMarkdown());
        Assert.Equal("SLA compliance report, 2026-10 to 2026-12, months in UTC by end (open measurements by evaluation instant): 3 metric/priority pair(s), 1 measurement(s) outside the period", forward.ToString());
    }

    private static (int November, int December) Counts(IEnumerable<SlaMeasurement> list, DateTimeZone zone, SlaMonthPlacement placement)
    {
        SlaComplianceReport report = SlaComplianceReport.Create(list, Months(Ym(2026, 11), Ym(2026, 12), zone, placement));
        return (report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 11))!.Figures.Count, report.FindRow(SlaMetric.Resolution, "high", Ym(2026, 12))!.Figures.Count);
    }
}
