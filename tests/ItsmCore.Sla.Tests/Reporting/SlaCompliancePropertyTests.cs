using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ItsmCore.Sla.Tests.Reporting;

/// <summary>
/// Property tests of the compliance figures, report and request-type table over random sets of measurements (all
/// outcomes, open and finished, nanosecond elapsed times) and random periods, zones and placements.
/// </summary>
/// <remarks>
/// The seeds are fixed (one per property) so a run is reproducible; set ITSMCORE_PROPERTY_SEED to a number (or
/// "random") to explore other cases or replay a failure, and ITSMCORE_PROPERTY_SCALE to multiply the number of cases.
/// </remarks>
public sealed class SlaCompliancePropertyTests
{
    private static readonly SlaMetric[] Metrics = { SlaMetric.Resolution, SlaMetric.FirstResponse };
    private static readonly string[] Priorities = { "high", "medium", "low" };
    private static readonly string?[] RequestTypes = { null, "account change", "quota raise" };
    private static readonly DateTimeZone[] Zones =
    {
        DateTimeZone.Utc, DateTimeZoneProviders.Tzdb["Asia/Tokyo"], DateTimeZoneProviders.Tzdb["America/New_York"],
    };

    private static readonly Instant Base = Instant.FromUtc(2026, 9, 1, 0, 0);

    [Fact]
    public void Report_EveryRow_CountsAddUpAndStatisticsAreOrdered()
    {
        Run(300, s =>
        {
            SlaComplianceReport report = SlaComplianceReport.Create(s.Measurements, s.Options);
            foreach (SlaComplianceRow row in report.Rows.Concat(report.Totals))
            {
                CheckFigures(row.Figures, s, row.ToString());
            }
        });
    }

    [Fact]
    public void Report_Totals_AreTheSumOfTheMonthsAndOfTheMeasurementsPlaced()
    {
        Run(300, s =>
        {
            SlaComplianceReport report = SlaComplianceReport.Create(s.Measurements, s.Options);
            int months = s.Options.MonthCount;
            Check(report.Rows.Count == report.Totals.Count * months, s, $"{report.Rows.Count} rows for {report.Totals.Count} pairs of {months} months");
            Check(report.Totals.Sum(t => t.Figures.Count) + report.OutsidePeriod == s.Measurements.Length, s, "totals + outside != all");
            for (int k = 0; k < report.Totals.Count; k++)
            {
                SlaComplianceRow total = report.Totals[k];
                SlaComplianceRow[] monthly = report.Rows.Skip(k * months).Take(months).ToArray();
                Check(monthly.All(r => r.Metric == total.Metric && r.Priority == total.Priority), s, "monthly rows out of order");
                Check(monthly.Select(r => r.Month!.Value).SequenceEqual(Enumerable.Range(0, months).Select(i => s.Options.From.PlusMonths(i))), s, "months out of order");
                Check(monthly.Sum(r => r.Figures.Count) == total.Figures.Count, s, $"count {total}");
                Check(monthly.Sum(r => r.Figures.Met) == total.Figures.Met, s, $"met {total}");
                Check(monthly.Sum(r => r.Figures.Breached) == total.Figures.Breached, s, $"breached {total}");
                Check(monthly.Sum(r => r.Figures.Cancelled) == total.Figures.Cancelled, s, $"cancelled {total}");
                Check(monthly.Sum(r => r.Figures.Open) == total.Figures.Open, s, $"open {total}");
                Check(total.Figures.Count > 0, s, "a pair without measurements has rows");

                // Independently: the total is the figures of the measurements of the pair that fall in the period.
                SlaComplianceFigures expected = SlaComplianceFigures.From(s.Measurements.Where(m =>
                    m.Metric == total.Metric && m.Priority == total.Priority && s.Options.MonthOf(m) is not null));
                Check(expected.Equals(total.Figures), s, $"total {total} != {expected}");
                foreach (SlaComplianceRow row in monthly)
                {
                    SlaComplianceFigures inMonth = SlaComplianceFigures.From(s.Measurements.Where(m =>
                        m.Metric == row.Metric && m.Priority == row.Priority && s.Options.MonthOf(m) == row.Month));
                    Check(inMonth.Equals(row.Figures), s, $"row {row} != {inMonth}");
                }
            }
        });
    }

    [Fact]
    public void ReportAndTable_ShuffledInput_AreEqual()
    {
        Run(200, s =>
        {
            SlaComplianceReport a = SlaComplianceReport.Create(s.Measurements, s.Options);
            SlaComplianceReport b = SlaComplianceReport.Create(s.Shuffled, s.Options);
            Check(a.Rows.SequenceEqual(b.Rows) && a.Totals.SequenceEqual(b.Totals) && a.OutsidePeriod == b.OutsidePeriod, s, "report rows differ");
            Check(a.ToMarkdown() == b.ToMarkdown(), s, "report markdown differs");
            foreach (SlaMetric metric in Metrics)
            {
                SlaRequestTypeComplianceTable t = SlaRequestTypeComplianceTable.Create(s.Measurements, metric, s.Options, s.Rule);
                SlaRequestTypeComplianceTable u = SlaRequestTypeComplianceTable.Create(s.Shuffled, metric, s.Options, s.Rule);
                Check(t.Rows.SequenceEqual(u.Rows) && t.ToMarkdown() == u.ToMarkdown(), s, $"table of {metric} differs");
            }
        });
    }

    [Fact]
    public void Table_CountsAndVerdicts_AgreeWithTheFigures()
    {
        Run(300, s =>
        {
            foreach (SlaMetric metric in Metrics)
            {
                SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(s.Measurements, metric, s.Options, s.Rule);
                int ofMetric = s.Measurements.Count(m => m.Metric == metric);
                Check(table.Rows.Sum(r => r.Figures.Count) + table.WithoutRequestType + table.OutsidePeriod == ofMetric, s, $"{metric}: rows + excluded != {ofMetric}");
                Check(table.WithoutRequestType == s.Measurements.Count(m => m.Metric == metric && m.RequestType is null), s, "without request type");
                foreach (SlaRequestTypeComplianceRow row in table.Rows)
                {
                    SlaComplianceFigures f = row.Figures;
                    CheckFigures(f, s, row.ToString());
                    decimal required = s.Rule.RequiredPercent;
                    SlaComplianceVerdict expected = f.Met + f.Breached == 0 ? SlaComplianceVerdict.NotMeasured
                        : f.Met * 100m >= required * (f.Met + f.Breached) ? SlaComplianceVerdict.Met
                        : SlaComplianceVerdict.NotMet;
                    Check(row.Verdict == expected, s, $"{row}: verdict {row.Verdict}, expected {expected} for {s.Rule}");
                    Check(f.CompliancePercent is not { } c || (c >= required) == (row.Verdict == SlaComplianceVerdict.Met) || Math.Abs(c - required) < 0.000001m, s, $"{row}: compliance and verdict disagree");
                }
            }
        });
    }

    [Fact]
    public void ElapsedPercentile_AnyPercent_IsTheNearestRank()
    {
        Run(300, s =>
        {
            SlaComplianceFigures f = SlaComplianceFigures.From(s.Measurements);
            long[] sample = s.Measurements.Where(m => m.Outcome is SlaClockState.Met || (m.Outcome == SlaClockState.Breached && !m.IsOpen))
                .Select(m => m.Elapsed.ToInt64Nanoseconds()).ToArray();
            Check(f.Stopped == sample.Length, s, "stopped");
            decimal p = s.PercentThousandths / 1000m;
            Duration? value = f.ElapsedPercentile(p);
            if (sample.Length == 0)
            {
                Check(value is null, s, "a percentile of nothing");
                return;
            }

            // Nearest rank: the smallest sample value v with at least p % of the values <= v.
            long v = value!.Value.ToInt64Nanoseconds();
            int atMost = sample.Count(x => x <= v);
            int below = sample.Count(x => x < v);
            Check(sample.Contains(v), s, $"p{p} = {value} is not a measured value");
            Check(atMost * 100m >= p * sample.Length, s, $"p{p} = {value}: only {atMost} of {sample.Length} values are <= it");
            Check(below * 100m < p * sample.Length, s, $"p{p} = {value}: {below} of {sample.Length} values are below it, a smaller value qualifies");
            long mean = (long)(sample.Aggregate((Int128)0, (acc, x) => acc + x) / sample.Length);
            Check(f.MeanElapsed == Duration.FromNanoseconds(mean), s, $"mean {f.MeanElapsed}, expected {mean} ns");
        });
    }

    private static void CheckFigures(SlaComplianceFigures f, Scenario s, string what)
    {
        Check(f.Met + f.Breached + f.Cancelled + f.Open == f.Count, s, $"{what}: met + breached + cancelled + open != count");
        Check(f.BreachedOpen >= 0 && f.BreachedOpen <= f.Breached, s, $"{what}: breached open");
        Check(f.Stopped == f.Met + f.Breached - f.BreachedOpen, s, $"{what}: stopped");
        if (f.Met + f.Breached == 0)
        {
            Check(f.CompliancePercent is null, s, $"{what}: compliance without decided measurements");
        }
        else
        {
            decimal c = f.CompliancePercent!.Value;
            Check(c >= 0m && c <= 100m, s, $"{what}: compliance {c} out of [0, 100]");
            Check(c == f.Met * 100m / (f.Met + f.Breached), s, $"{what}: compliance {c}");
        }

        if (f.Stopped == 0)
        {
            Check(f.MeanElapsed is null && f.MinElapsed is null && f.MaxElapsed is null && f.P50Elapsed is null && f.P90Elapsed is null && f.P95Elapsed is null, s, $"{what}: statistics without a sample");
            return;
        }

        Duration min = f.MinElapsed!.Value, max = f.MaxElapsed!.Value, mean = f.MeanElapsed!.Value;
        Duration p50 = f.P50Elapsed!.Value, p90 = f.P90Elapsed!.Value, p95 = f.P95Elapsed!.Value;
        Check(min <= p50 && p50 <= p90 && p90 <= p95 && p95 <= max, s, $"{what}: percentiles out of order");
        Check(min <= mean && mean <= max, s, $"{what}: mean {mean} outside [{min}, {max}]");
    }

    private static void Check(bool condition, Scenario s, string message)
    {
        if (!condition)
        {
            throw new PropertyFailure(message + Environment.NewLine + s);
        }
    }

    private static void Run(int maxTest, Action<Scenario> property, [CallerMemberName] string name = "") =>
        PropertyRunner.Run(Arb.From(AnyScenario()), property, maxTest, name);

    private static Gen<Scenario> AnyScenario() =>
        from count in Gen.Frequency((1, Gen.Choose(0, 3)), (4, Gen.Choose(4, 40)))
        from specs in Gen.ArrayOf(AnySpec(), count)
        let measurements = specs.Select((spec, i) => spec.Build(i)).ToArray()
        from shuffled in Gen.Shuffle(measurements)
        from zone in Gen.Elements(Zones)
        from placement in Gen.Elements(SlaMonthPlacement.ByEndedAt, SlaMonthPlacement.ByStartedAt)
        from fromOffset in Gen.Choose(0, 5)
        from length in Gen.Choose(0, 6)
        from required in Gen.Frequency((1, Gen.Constant(100_000)), (1, Gen.Elements(95_000, 50_000, 80_000)), (2, Gen.Choose(1, 100_000)))
        from percent in Gen.Frequency((1, Gen.Elements(50_000, 90_000, 95_000, 100_000, 1)), (3, Gen.Choose(1, 100_000)))
        let first = new YearMonth(2026, 8).PlusMonths(fromOffset)
        select new Scenario(
            measurements,
            shuffled,
            new SlaComplianceReportOptions { From = first, To = first.PlusMonths(length), Zone = zone, Placement = placement },
            SlaComplianceVerdictRule.AtLeast(required / 1000m),
            percent);

    private static Gen<Spec> AnySpec() =>
        from metric in Gen.Choose(0, Metrics.Length - 1)
        from priority in Gen.Choose(0, Priorities.Length - 1)
        from type in Gen.Choose(0, RequestTypes.Length - 1)
        from kind in Gen.Choose(0, 5)
        from budget in Gen.Frequency((4, Gen.Choose(1, 600)), (1, Gen.Elements(60, 240, 480)))
        from start in Gen.Choose(0, 150 * 1440)
        from elapsed in Gen.Frequency((3, Gen.Choose(0, 900)), (1, Gen.Elements(0, 60, 240, 480)))
        from nanos in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 999_999_999)))
        from extra in Gen.Choose(0, 3 * 1440)
        from cycle in Gen.Frequency((4, Gen.Constant(1)), (1, Gen.Constant(2)))
        select new Spec(metric, priority, type, kind, budget, start, elapsed, nanos, extra, cycle);

    private sealed record Scenario(SlaMeasurement[] Measurements, SlaMeasurement[] Shuffled, SlaComplianceReportOptions Options, SlaComplianceVerdictRule Rule, int PercentThousandths)
    {
        public override string ToString() =>
            $"options {Options.From}..{Options.To} {Options.Zone.Id} {Options.Placement}, {Rule}, p {PercentThousandths / 1000m}{Environment.NewLine}" +
            string.Join(Environment.NewLine, Measurements.Select(m => "  " + m));
    }

    /// <summary>The random choices of one measurement; <see cref="Build"/> makes a consistent measurement of them.</summary>
    private sealed record Spec(int Metric, int Priority, int Type, int Kind, int BudgetMinutes, int StartMinute, int ElapsedMinutes, int Nanos, int ExtraMinutes, int Cycle)
    {
        public SlaMeasurement Build(int index)
        {
            Duration budget = Duration.FromMinutes(BudgetMinutes);
            long raw = (ElapsedMinutes * 60_000_000_000L) + Nanos;
            SlaClockState outcome = Kind switch
            {
                0 => SlaClockState.Met,
                1 or 2 => SlaClockState.Breached,
                3 => SlaClockState.Cancelled,
                4 => SlaClockState.Running,
                _ => SlaClockState.Paused,
            };
            bool open = Kind is 2 or 4 or 5;
            Duration elapsed = outcome switch
            {
                SlaClockState.Breached => budget + Duration.Epsilon + Duration.FromNanoseconds(raw),
                SlaClockState.Cancelled => Duration.FromNanoseconds(raw),
                _ => Duration.FromNanoseconds(raw % (budget.ToInt64Nanoseconds() + 1)),
            };
            Instant started = Base + Duration.FromMinutes(StartMinute);
            Instant end = started + elapsed + Duration.FromMinutes(ExtraMinutes);
            Instant? breachedAt = elapsed > budget ? started + budget + Duration.Epsilon : null;
            return new SlaMeasurement(
                $"T{index}",
                Metrics[Metric],
                Priorities[Priority],
                RequestTypes[Type],
                Cycle,
                SlaTarget.Within(budget, "24x7"),
                budget,
                started,
                open ? null : end,
                end,
                outcome,
                elapsed,
                breachedAt);
        }
    }

    private sealed class PropertyFailure : Exception
    {
        public PropertyFailure(string message)
            : base(message)
        {
        }
    }
}
