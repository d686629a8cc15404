using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The change-schedule format's error budgets (<c>errorBudgets</c>): a service's release freeze derived from its
/// objective, rolling window and policy threshold against the document's measured downtime (domain brief case 7),
/// combined with the explicit <c>releaseFreezes</c>; strict reading, writing back equal, and the derived decisions
/// against a brute-force count of the measured intervals.
/// </summary>
public sealed class ChangeScheduleJsonErrorBudgetTests
{
    private static readonly ConfigurationItemId Payment = new("svc-payment");
    private static readonly ConfigurationItemId Monitoring = new("svc-monitoring");

    // Case 7: SLO 99.9 % over a rolling 30 days (budget 43 min 12 s); feature releases freeze below 50 % remaining,
    // i.e. once more than 21 min 36 s are consumed. Outages of 15 min (Dec 1) and 10 min (Dec 5): 25 min from Dec 5.
    private static readonly Instant FirstOutage = Instant.FromUtc(2026, 12, 1, 10, 0);
    private static readonly Instant SecondOutage = Instant.FromUtc(2026, 12, 5, 10, 0);

    private const string Case7 = """
        { "format": "itsmcore-change-schedule/1", "cmdb": "../cmdb/case-cmdb.json",
          "errorBudgets": [ { "service": "svc-payment", "objective": 99.9, "window": "30:00:00:00" } ],
          "measuredDowntime": [
            { "service": "svc-payment", "start": "2026-12-01T10:00:00Z", "end": "2026-12-01T10:15:00Z", "downtime": "0:00:15:00" },
            { "service": "svc-payment", "start": "2026-12-05T10:00:00Z", "end": "2026-12-05T10:10:00Z", "downtime": "0:00:10:00" } ] }
        """;

    [Fact]
    public void Read_Sample_HoldsTheErrorBudget()
    {
        ServiceErrorBudget budget = ChangeScheduleJsonTests.Sample().ErrorBudgets.Single();

        Assert.Equal(Monitoring, budget.Service);
        Assert.Equal(AvailabilityTarget.FromPercent(99.9m), budget.Objective);
        Assert.Equal(Duration.FromDays(30), budget.Window);
        Assert.Equal(50m, budget.Policy.ThresholdPercent);
    }

    [Fact]
    public void Write_NonDefaultThreshold_ReadsBackEqualAndLeavesTheDefaultOut()
    {
        ChangeScheduleDocument doc = ChangeScheduleJson.Read(Case7.Replace("\"window\": \"30:00:00:00\"", "\"window\": \"30:00:00:00\", \"freezeBelowRemainingPercent\": 12.5", StringComparison.Ordinal), ChangeScheduleJsonTests.Resolve);
        ChangeScheduleDocument defaulted = ChangeScheduleJson.Read(Case7, ChangeScheduleJsonTests.Resolve);

        string written = ChangeScheduleJson.Write(doc);

        Assert.Contains("\"freezeBelowRemainingPercent\": 12.5", written, StringComparison.Ordinal);
        Assert.DoesNotContain("freezeBelowRemainingPercent", ChangeScheduleJson.Write(defaulted), StringComparison.Ordinal);
        Assert.Equal(doc, ChangeScheduleJson.Read(written, ChangeScheduleJsonTests.Resolve));
        Assert.Equal(defaulted, ChangeScheduleJson.Read(ChangeScheduleJson.Write(defaulted), ChangeScheduleJsonTests.Resolve));
        Assert.NotEqual(doc, defaulted);
    }

    [Fact]
    public void ToSchedule_Case7FeatureChangeWhileLessThanHalfTheBudgetRemains_IsAReleaseFreeze()
    {
        ChangeSchedule schedule = Case7Schedule();

        Assert.False(Frozen(schedule, "CHG-1", ChangeClass.Feature, "if-payment", SecondOutage - Duration.FromNanoseconds(1))); // 15 min: 65.27 % remain
        Assert.True(Frozen(schedule, "CHG-2", ChangeClass.Feature, "if-payment", SecondOutage)); // 25 min: 42.12 % remain
        Assert.True(Frozen(schedule, "CHG-3", ChangeClass.Feature, "if-payment", Instant.FromUtc(2026, 12, 20, 0, 0)));
    }

    [Fact]
    public void ToSchedule_Case7StabilityOrFixChangeDuringTheFreeze_GoesOn()
    {
        ChangeSchedule schedule = Case7Schedule();
        Instant during = Instant.FromUtc(2026, 12, 10, 0, 0);

        Assert.False(Frozen(schedule, "CHG-4", ChangeClass.Stability, "db-2", during));
        Assert.False(Frozen(schedule, "CHG-5", ChangeClass.Fix, "if-payment", during));
        Assert.True(Frozen(schedule, "CHG-6", ChangeClass.Feature, "db-2", during));
    }

    [Fact]
    public void ToSchedule_Case7BudgetRecovers_LiftsTheFreezeWhenTheFirstOutageLeavesTheWindow()
    {
        ChangeSchedule schedule = Case7Schedule();
        Instant lifts = FirstOutage + Duration.FromMinutes(15) + Duration.FromDays(30); // its period's end plus the window

        Assert.Equal(Instant.FromUtc(2026, 12, 31, 10, 15), lifts);
        Assert.True(Frozen(schedule, "CHG-7", ChangeClass.Feature, "if-payment", lifts - Duration.FromNanoseconds(1)));
        Assert.False(Frozen(schedule, "CHG-8", ChangeClass.Feature, "if-payment", lifts)); // 10 min: 76.85 % remain
    }

    [Fact]
    public void DecideAt_Case7DuringTheFreeze_GivesTheFreezeCodeAndTheRemainingShare()
    {
        ChangeScheduleDocument doc = ChangeScheduleJson.Read(Case7, ChangeScheduleJsonTests.Resolve);

        ReleaseDecision decision = doc.ErrorBudgets.Single().DecideAt(Instant.FromUtc(2026, 12, 10, 0, 0), doc.MeasuredDowntime);

        Assert.Equal(ReleaseDecision.FreezeCode, decision.Code);
        Assert.Equal(1092m / 2592m * 100m, decision.RemainingPercent, 20); // (2,592 s - 1,500 s) / 2,592 s
        Assert.StartsWith("42.12 % of the error budget remains", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void IsFrozen_ExplicitFreezeAndErrorBudget_EitherFreezes()
    {
        string json = Case7.Replace(
            "\"errorBudgets\"",
            "\"releaseFreezes\": [ { \"service\": \"svc-payment\", \"start\": \"2026-11-20T00:00:00Z\", \"end\": \"2026-11-21T00:00:00Z\" } ], \"errorBudgets\"",
            StringComparison.Ordinal);
        IErrorBudgetDecisions decisions = ChangeScheduleJson.Read(json, ChangeScheduleJsonTests.Resolve).EffectiveSettings.ErrorBudget!;

        Assert.True(decisions.IsFrozen(Payment, Instant.FromUtc(2026, 11, 20, 12, 0)));  // the explicit freeze; the budget is whole
        Assert.True(decisions.IsFrozen(Payment, Instant.FromUtc(2026, 12, 10, 0, 0)));   // the budget's freeze
        Assert.False(decisions.IsFrozen(Payment, Instant.FromUtc(2026, 11, 21, 0, 0)));  // neither
        Assert.False(decisions.IsFrozen(Monitoring, Instant.FromUtc(2026, 12, 10, 0, 0))); // no budget, no freeze
    }

    [Fact]
    public void Read_ErrorBudgetProblems_ReportsEveryOneWithItsPath()
    {
        string json = """
            { "format": "itsmcore-change-schedule/1", "cmdb": "../cmdb/case-cmdb.json",
              "errorBudgets": [
                { "service": "svc-payment", "objective": 99.9, "window": "30:00:00:00" },
                { "service": "svc-nowhere", "objective": 99.9, "window": "30:00:00:00" },
                { "service": "svc-sales", "objective": 99.9, "window": "0:00:00:00" },
                { "service": "svc-monitoring", "objective": 99.9, "window": "0:00:00:00.000000999" },
                { "service": "db-1", "objective": 99.9, "window": "30:00:00:00", "freezeBelowRemainingPercent": 100.5, "extra": 1 },
                { "service": "db-2", "objective": "99.9" },
                { "service": "svc-payment", "objective": 99, "window": "7:00:00:00" },
                { "service": "web-1", "objective": 100, "window": "30:00:00:00" },
                3 ] }
            """;

        ChangeScheduleFormatException e = Assert.Throws<ChangeScheduleFormatException>(() => ChangeScheduleJson.Read(json, ChangeScheduleJsonTests.Resolve));

        Assert.Equal(
            new[]
            {
                "$.errorBudgets[1].service",
                "$.errorBudgets[2].window",
                "$.errorBudgets[3].window",
                "$.errorBudgets[4].extra",
                "$.errorBudgets[4].freezeBelowRemainingPercent",
                "$.errorBudgets[5].objective",
                "$.errorBudgets[5].window",
                "$.errorBudgets[6].service",
                "$.errorBudgets[7].objective",
                "$.errorBudgets[8]",
            },
            e.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains(e.Problems, p => p.Path == "$.errorBudgets[7].objective" && p.Reason.Contains("leaves no error budget", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Path == "$.errorBudgets[2].window" && p.Reason.Contains("must be positive", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Path == "$.errorBudgets[3].window" && p.Reason.Contains("too short", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Path == "$.errorBudgets[6].service" && p.Reason.Contains("already has its error budget at $.errorBudgets[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_NoBudgetLeft_Throws()
    {
        AvailabilityTarget slo = AvailabilityTarget.FromPercent(99.9m);

        Assert.Throws<ArgumentException>(() => new ServiceErrorBudget(Payment, AvailabilityTarget.FromPercent(100m), Duration.FromDays(30), ErrorBudgetPolicy.Default));
        Assert.Throws<ArgumentException>(() => new ServiceErrorBudget(Payment, slo, Duration.Zero, ErrorBudgetPolicy.Default));
        Assert.Throws<ArgumentException>(() => new ServiceErrorBudget(Payment, slo, Duration.FromNanoseconds(999), ErrorBudgetPolicy.Default)); // 0.999 ns truncates to none
        Assert.Throws<ArgumentException>(() => new ServiceErrorBudget(new ConfigurationItemId(string.Empty), slo, Duration.FromDays(30), ErrorBudgetPolicy.Default));
        Assert.Equal(Duration.FromNanoseconds(1000), new ServiceErrorBudget(Payment, slo, Duration.FromNanoseconds(1000), ErrorBudgetPolicy.Default).Window); // allows 1 ns
    }

    [Fact]
    public void Constructor_DocumentWithTwoBudgetsForOneService_Throws()
    {
        ChangeScheduleDocument sample = ChangeScheduleJsonTests.Sample();
        var budget = new ServiceErrorBudget(Payment, AvailabilityTarget.FromPercent(99.9m), Duration.FromDays(30), ErrorBudgetPolicy.Default);

        ArgumentException e = Assert.Throws<ArgumentException>(() => new ChangeScheduleDocument(
            sample.CmdbReference, sample.Cmdb, sample.Calendars, sample.Boards, sample.EmergencyBoard, [], [], sample.Settings, [], [], [budget, budget with { }]));

        Assert.Contains("'svc-payment' is given twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DecideAt_RandomOutages_MatchBruteForce() =>
        PropertyRunner.Run(Worlds(), w =>
        {
            var budget = new ServiceErrorBudget(Payment, AvailabilityTarget.FromPercent(w.Objective), Duration.FromHours(w.WindowHours), ErrorBudgetPolicy.FreezeBelowRemainingPercent(w.Threshold));
            ChangeScheduleDocument sample = ChangeScheduleJsonTests.Sample();
            var doc = new ChangeScheduleDocument(
                sample.CmdbReference, sample.Cmdb, sample.Calendars, sample.Boards, sample.EmergencyBoard, [], [], sample.Settings, [], w.Measured, [budget]);
            IErrorBudgetDecisions decisions = doc.EffectiveSettings.ErrorBudget!;
            foreach (int minute in w.Asked)
            {
                Instant at = Origin + Duration.FromMinutes(minute);
                Assert.Equal(Oracle(w, minute), decisions.IsFrozen(Payment, at));
                Assert.Equal(Oracle(w, minute), budget.DecideAt(at, w.Measured).FreezeFeatureReleases);
            }
        }, maxTest: 300);

    private static readonly Instant Origin = Instant.FromUtc(2026, 3, 1, 0, 0);

    /// <summary>
    /// Brute force: a measurement counts at minute t when one of its minutes [m, m + 1) meets the window (t - window, t]; the
    /// budget is floor(window x (100 - objective) / 100) in nanoseconds; frozen when 100 x remaining &lt; threshold x budget.
    /// </summary>
    private static bool Oracle(World w, int t)
    {
        int window = w.WindowHours * 60;
        BigInteger consumed = 0;
        foreach ((DowntimeMeasurement m, int start, int length) in w.Outages)
        {
            bool touches = Enumerable.Range(start, length).Any(minute => minute + 1 > t - window && minute <= t); // [minute, minute + 1) meets (t - window, t]
            if (touches && m.Service == Payment)
            {
                consumed += m.Downtime.ToBigIntegerNanoseconds();
            }
        }

        BigInteger windowNs = new BigInteger(window) * 60 * 1_000_000_000;
        BigInteger thousandths = new BigInteger(w.Objective * 1000m);
        BigInteger allowed = windowNs * (100_000 - thousandths) / 100_000;
        return 100 * (allowed - consumed) < w.Threshold * allowed;
    }

    private static Gen<World> Worlds() =>
        from objective in Gen.Elements(90m, 99m, 99.5m, 99.9m)
        from windowHours in Gen.Elements(24, 72, 168)
        from threshold in Gen.Elements(0, 25, 50, 100)
        from outages in Gen.ListOf(
            from start in Gen.Choose(0, 400 * 60)
            from length in Gen.Choose(1, 180)
            from downtime in Gen.Choose(0, length)
            from other in Gen.Elements(false, false, false, true)
            select (start, length, downtime, other))
        from asked in Gen.ListOf(Gen.Choose(-60, 600 * 60)).Select(l => l.Take(20).ToArray())
        select new World(
            objective,
            windowHours,
            threshold,
            outages.Take(12).Select(o => (new DowntimeMeasurement(
                o.other ? Monitoring : Payment,
                Origin + Duration.FromMinutes(o.start),
                Origin + Duration.FromMinutes(o.start + o.length),
                Duration.FromMinutes(o.downtime)), o.start, o.length)).ToArray(),
            asked.Concat(outages.Take(12).SelectMany(o => new[] { o.start, o.start + o.length + windowHours * 60, o.start + o.length + windowHours * 60 - 1 })).ToArray());

    private static ChangeSchedule Case7Schedule() => ChangeScheduleJson.Read(Case7, ChangeScheduleJsonTests.Resolve).ToSchedule(Instant.FromUtc(2026, 12, 1, 0, 0));

    private static bool Frozen(ChangeSchedule schedule, string id, ChangeClass changeClass, string item, Instant start)
    {
        var proposed = new ScheduledChange(new ChangeId(id), changeClass, new[] { new ConfigurationItemId(item) }, start, start + Duration.FromHours(1), Duration.Zero, Array.Empty<string>());
        return schedule.CheckConflicts(proposed).Any(c => c.Code == ScheduleConflictCode.ReleaseFreeze && c.OtherParty == "svc-payment");
    }

    internal sealed record World(decimal Objective, int WindowHours, int Threshold, (DowntimeMeasurement Measurement, int Start, int Length)[] Outages, int[] Asked)
    {
        public DowntimeMeasurement[] Measured => Outages.Select(o => o.Measurement).ToArray();
    }
}
