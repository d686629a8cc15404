using System;
using System.Collections.Generic;
using NodaTime;
using static ItsmCore.Sla.Tests.Reporting.Rep;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Reporting;

public sealed class SlaMeasurementTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 16, 1, 0);

    /// <summary>Wed 2026-11-18 16:30 JST, 4 working hours on the office calendar, on hold 17:00 until Thu 10:00.</summary>
    private static SlaClock PausedOvernight() =>
        SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, Jst(2026, 11, 18, 16, 30))
            .Pause(Jst(2026, 11, 18, 17, 0), "awaiting customer")
            .Resume(Jst(2026, 11, 19, 10, 0));

    [Fact]
    public void FromClock_StoppedAfterThePause_GivesOneBreachedMeasurementOfTheCycle()
    {
        // 16:30-17:00 (30 min) + Thu 10:00-14:00 (4 h) = 4:30 of 4:00; the budget ran out at 13:30.
        SlaClock clock = PausedOvernight().Stop(Jst(2026, 11, 19, 14, 0));

        IReadOnlyList<SlaMeasurement> list = SlaMeasurement.FromClock("INC-7", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 20, 9, 0));

        SlaMeasurement m = Assert.Single(list);
        Assert.Equal("INC-7", m.TicketId);
        Assert.Equal(SlaMetric.Resolution, m.Metric);
        Assert.Equal("high", m.Priority);
        Assert.Null(m.RequestType);
        Assert.Equal(1, m.Cycle);
        Assert.Equal(SlaTarget.Within(H(4), "jp-office"), m.Target);
        Assert.Equal("jp-office", m.CalendarId);
        Assert.Equal(H(4), m.Budget);
        Assert.Equal(Jst(2026, 11, 18, 16, 30), m.StartedAt);
        Assert.Equal(Jst(2026, 11, 19, 14, 0), m.EndedAt);
        Assert.Equal(Jst(2026, 11, 19, 14, 0), m.MeasuredAt);
        Assert.Equal(SlaClockState.Breached, m.Outcome);
        Assert.Equal(H(4.5), m.Elapsed);
        Assert.Equal(Jst(2026, 11, 19, 13, 30) + Duration.Epsilon, m.BreachedAt);
        Assert.False(m.IsOpen);
        Assert.Equal(SlaMeasurement.FromCycle("INC-7", SlaMetric.Resolution, "high", clock.Cycles[0]), m);
    }

    [Fact]
    public void FromClock_ReopenedAndOpenAtNow_GivesTheFinishedCycleAndTheOpenOneEvaluatedAtNow()
    {
        // Cycle 1: 30 min + Thu 10:00-12:00 = 2:30, met. Cycle 2 from Fri 10:00: 5 h at 15:00, over 4 h since 14:00.
        SlaClock clock = PausedOvernight().Stop(Jst(2026, 11, 19, 12, 0)).Reopen(Jst(2026, 11, 20, 10, 0));

        IReadOnlyList<SlaMeasurement> list = SlaMeasurement.FromClock("REQ-1", SlaMetric.Resolution, "medium", clock, Jst(2026, 11, 20, 15, 0), "account change");

        Assert.Equal(2, list.Count);
        Assert.Equal(SlaClockState.Met, list[0].Outcome);
        Assert.Equal(H(2.5), list[0].Elapsed);
        Assert.Equal(Jst(2026, 11, 19, 12, 0), list[0].EndedAt);
        Assert.Equal("account change", list[0].RequestType);
        SlaMeasurement open = list[1];
        Assert.Equal(2, open.Cycle);
        Assert.True(open.IsOpen);
        Assert.Null(open.EndedAt);
        Assert.Equal(Jst(2026, 11, 20, 15, 0), open.MeasuredAt);
        Assert.Equal(Jst(2026, 11, 20, 10, 0), open.StartedAt);
        Assert.Equal(SlaClockState.Breached, open.Outcome);
        Assert.Equal(H(5), open.Elapsed);
        Assert.Equal(Jst(2026, 11, 20, 14, 0) + Duration.Epsilon, open.BreachedAt);
        Assert.Equal("account change", open.RequestType);

        SlaMeasurement earlier = SlaMeasurement.FromClock("REQ-1", SlaMetric.Resolution, "medium", clock, Jst(2026, 11, 20, 12, 0))[1];
        Assert.Equal(SlaClockState.Running, earlier.Outcome);
        Assert.Equal(H(2), earlier.Elapsed);
        Assert.Null(earlier.BreachedAt);
    }

    [Fact]
    public void FromClock_NowBeforeLaterEvents_MeasuresTheClockAsItStoodThen()
    {
        SlaClock clock = PausedOvernight().Stop(Jst(2026, 11, 19, 14, 0)).Reopen(Jst(2026, 11, 20, 10, 0));

        SlaMeasurement running = Assert.Single(SlaMeasurement.FromClock("INC-7", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 19, 12, 0)));
        Assert.Equal(SlaClockState.Running, running.Outcome);
        Assert.Equal(H(2.5), running.Elapsed);
        Assert.Null(running.EndedAt);
        Assert.Equal(Jst(2026, 11, 19, 12, 0), running.MeasuredAt);

        SlaMeasurement paused = Assert.Single(SlaMeasurement.FromClock("INC-7", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 18, 20, 0)));
        Assert.Equal(SlaClockState.Paused, paused.Outcome);
        Assert.Equal(M(30), paused.Elapsed);

        // At the stop instant the stop counts: the cycle is finished.
        SlaMeasurement stopped = Assert.Single(SlaMeasurement.FromClock("INC-7", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 19, 14, 0)));
        Assert.Equal(SlaClockState.Breached, stopped.Outcome);
        Assert.Equal(Jst(2026, 11, 19, 14, 0), stopped.EndedAt);
    }

    [Fact]
    public void FromClock_CancelledClock_GivesACancelledMeasurement()
    {
        SlaClock clock = SlaClock.Start(H(4), Office, Jst(2026, 11, 16, 10, 0)).Cancel(Jst(2026, 11, 16, 11, 0), "duplicate ticket");

        SlaMeasurement m = Assert.Single(SlaMeasurement.FromClock("INC-9", SlaMetric.FirstResponse, "low", clock, Jst(2026, 11, 17, 0, 0)));

        Assert.Equal(SlaClockState.Cancelled, m.Outcome);
        Assert.Equal(H(1), m.Elapsed);
        Assert.Equal(Jst(2026, 11, 16, 11, 0), m.EndedAt);
        Assert.Null(m.BreachedAt);
    }

    [Fact]
    public void FromCycle_BusinessDayTarget_KeepsTheTargetAndItsWorkingTimeBudget()
    {
        // Mon 11:00 + 1 business day (same time of day) = Tue 11:00: a 9 h budget on 09:00-18:00; stopped Tue 10:00 after 8 h.
        SlaTarget oneDay = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-office");
        SlaClock clock = SlaClock.Start(oneDay, Office, Jst(2026, 11, 16, 11, 0)).Stop(Jst(2026, 11, 17, 10, 0));

        SlaMeasurement m = SlaMeasurement.FromCycle("REQ-2", SlaMetric.Resolution, "medium", clock.Cycles[0], "firewall rule");

        Assert.Equal(oneDay, m.Target);
        Assert.Equal(H(9), m.Budget);
        Assert.Equal(H(8), m.Elapsed);
        Assert.Equal(SlaClockState.Met, m.Outcome);
        Assert.Equal("firewall rule", m.RequestType);
    }

    [Fact]
    public void FromCycle_OpenCycle_ThrowsNamingTheCycle()
    {
        SlaClock clock = SlaClock.Start(H(4), Office, Jst(2026, 11, 16, 10, 0));

        ArgumentException e = Throws<ArgumentException>("cycle", () => SlaMeasurement.FromCycle("INC-1", SlaMetric.Resolution, "high", clock.Cycles[0]));
        Assert.Contains("still open", e.Message, StringComparison.Ordinal);
        Throws<ArgumentNullException>("cycle", () => SlaMeasurement.FromCycle("INC-1", SlaMetric.Resolution, "high", null!));
    }

    [Fact]
    public void FromClock_BadArguments_ThrowNamingTheParameter()
    {
        SlaClock clock = SlaClock.Start(H(4), Office, Jst(2026, 11, 16, 10, 0));

        Throws<ArgumentOutOfRangeException>("now", () => SlaMeasurement.FromClock("INC-1", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 16, 9, 59)));
        Throws<ArgumentNullException>("clock", () => SlaMeasurement.FromClock("INC-1", SlaMetric.Resolution, "high", null!, Jst(2026, 11, 16, 11, 0)));
        Throws<ArgumentException>("ticketId", () => SlaMeasurement.FromClock("", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 16, 11, 0)));
        Throws<ArgumentNullException>("metric", () => SlaMeasurement.FromClock("INC-1", null!, "high", clock, Jst(2026, 11, 16, 11, 0)));
        Throws<ArgumentException>("requestType", () => SlaMeasurement.FromClock("INC-1", SlaMetric.Resolution, "high", clock, Jst(2026, 11, 16, 11, 0), " quota raise"));
    }

    [Fact]
    public void Constructor_ConsistentFigures_KeepsEveryField()
    {
        SlaMeasurement open = Make(open: true, measuredAt: T0 + H(5), outcome: SlaClockState.Breached, elapsed: H(5), breachedAt: T0 + H(4) + Duration.Epsilon);
        Assert.True(open.IsOpen);
        Assert.Equal(T0 + H(5), open.MeasuredAt);

        SlaMeasurement cancelledAfterBreach = Make(ended: T0 + H(6), measuredAt: T0 + H(6), outcome: SlaClockState.Cancelled, elapsed: H(6), breachedAt: T0 + H(4) + Duration.Epsilon);
        Assert.Equal(SlaClockState.Cancelled, cancelledAfterBreach.Outcome);

        // A deadline with no working time before it has a zero budget: met only with nothing elapsed.
        SlaTarget nextDay = SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office");
        SlaMeasurement zero = Make(target: nextDay, budget: Duration.Zero, elapsed: Duration.Zero);
        Assert.Equal(Duration.Zero, zero.Budget);

        Assert.Equal(Make(), Make());
        Assert.NotEqual(Make(), Make(cycle: 2));
        Assert.Equal("INC-1/resolution#1 high: Met, elapsed 2 h of 4 h, 2026-11-16T01:00:00Z - 2026-11-16T03:00:00Z", Make().ToString());
    }

    [Fact]
    public void Constructor_BadLabels_ThrowNamingTheParameter()
    {
        Throws<ArgumentNullException>("ticketId", () => Make(ticketId: null!));
        Throws<ArgumentException>("ticketId", () => Make(ticketId: ""));
        Throws<ArgumentException>("ticketId", () => Make(ticketId: " INC-1"));
        Throws<ArgumentException>("ticketId", () => Make(ticketId: "INC\n1"));
        Throws<ArgumentException>("ticketId", () => Make(ticketId: new string('x', 201)));
        Assert.Equal(200, Make(ticketId: new string('x', 200)).TicketId.Length);
        Throws<ArgumentException>("priority", () => Make(priority: ""));
        Throws<ArgumentException>("priority", () => Make(priority: "high "));
        Throws<ArgumentException>("requestType", () => Make(requestType: ""));
        Throws<ArgumentNullException>("metric", () => new SlaMeasurement("INC-1", null!, "high", null, 1, SlaTarget.Within(H(4), "24x7"), H(4), T0, T0, T0, SlaClockState.Met, Duration.Zero, null));
        Throws<ArgumentNullException>("target", () => new SlaMeasurement("INC-1", SlaMetric.Resolution, "high", null, 1, null!, H(4), T0, T0, T0, SlaClockState.Met, Duration.Zero, null));
    }

    [Fact]
    public void Constructor_OutOfRangeNumbersAndInstants_ThrowNamingTheParameter()
    {
        Throws<ArgumentOutOfRangeException>("cycle", () => Make(cycle: 0));
        Throws<ArgumentOutOfRangeException>("budget", () => Make(budget: -Duration.Epsilon));
        Throws<ArgumentOutOfRangeException>("budget", () => Make(budget: Duration.FromDays(367)));
        Throws<ArgumentException>("budget", () => Make(budget: H(3)));
        Throws<ArgumentOutOfRangeException>("elapsed", () => Make(elapsed: -Duration.Epsilon));
        Throws<ArgumentOutOfRangeException>("startedAt", () => Make(started: Instant.FromUtc(1899, 12, 31, 0, 0)));
        Throws<ArgumentOutOfRangeException>("endedAt", () => Make(ended: T0 - Duration.Epsilon, measuredAt: T0 - Duration.Epsilon));
        Throws<ArgumentException>("measuredAt", () => Make(measuredAt: T0 + H(3)));
        Throws<ArgumentOutOfRangeException>("measuredAt", () => Make(open: true, measuredAt: T0 - Duration.Epsilon, outcome: SlaClockState.Running, elapsed: Duration.Zero));
        Throws<ArgumentOutOfRangeException>("breachedAt", () => Make(outcome: SlaClockState.Breached, elapsed: H(5), ended: T0 + H(5), measuredAt: T0 + H(5), breachedAt: T0 + H(5) + Duration.Epsilon));
        Throws<ArgumentOutOfRangeException>("breachedAt", () => Make(outcome: SlaClockState.Breached, elapsed: H(5), ended: T0 + H(5), measuredAt: T0 + H(5), breachedAt: T0 - Duration.Epsilon));
        Throws<ArgumentOutOfRangeException>("outcome", () => Make(outcome: (SlaClockState)42));
    }

    [Fact]
    public void Constructor_OutcomeContradictingTheFigures_ThrowsNamingTheOutcome()
    {
        Throws<ArgumentException>("outcome", () => Make(elapsed: H(4) + Duration.Epsilon));
        Throws<ArgumentException>("outcome", () => Make(breachedAt: T0 + H(1)));
        Throws<ArgumentException>("outcome", () => Make(open: true, measuredAt: T0 + H(2)));
        Throws<ArgumentException>("outcome", () => Make(outcome: SlaClockState.Breached));
        Throws<ArgumentException>("outcome", () => Make(outcome: SlaClockState.Breached, elapsed: H(4), breachedAt: T0 + H(1)));
        Throws<ArgumentException>("outcome", () => Make(outcome: SlaClockState.Running));
        Throws<ArgumentException>("outcome", () => Make(outcome: SlaClockState.Paused, open: true, measuredAt: T0 + H(5), elapsed: H(5)));
        Throws<ArgumentException>("outcome", () => Make(outcome: SlaClockState.Cancelled, open: true, measuredAt: T0 + H(2)));
    }

    /// <summary>A valid measurement by default: 2 h of a 4 h working-time budget, met, 2026-11-16 01:00Z to 03:00Z.</summary>
    private static SlaMeasurement Make(
        string ticketId = "INC-1",
        SlaMetric? metric = null,
        string priority = "high",
        string? requestType = null,
        int cycle = 1,
        SlaTarget? target = null,
        Duration? budget = null,
        Instant? started = null,
        Instant? ended = null,
        bool open = false,
        Instant? measuredAt = null,
        SlaClockState outcome = SlaClockState.Met,
        Duration? elapsed = null,
        Instant? breachedAt = null)
    {
        Instant? end = open ? null : ended ?? T0 + H(2);
        return new SlaMeasurement(
            ticketId,
            metric ?? SlaMetric.Resolution,
            priority,
            requestType,
            cycle,
            target ?? SlaTarget.Within(H(4), "24x7"),
            budget ?? H(4),
            started ?? T0,
            end,
            measuredAt ?? end ?? T0 + H(2),
            outcome,
            elapsed ?? H(2),
            breachedAt);
    }

    [Fact]
    public void Tier_SameTicketMetricAndCycle_BothTiersFitInOneReportButATierTwiceIsRefused()
    {
        // Issue 17, item 9: the tier is part of the identity, so the SLO and SLA measurements of one ticket share a list.
        SlaMeasurement slo = Done("INC-1", Utc0(2026, 11, 2, 1), Utc0(2026, 11, 2, 2), H(1), H(2)) with { Tier = SlaTier.Objective };
        SlaMeasurement sla = Done("INC-1", Utc0(2026, 11, 2, 1), Utc0(2026, 11, 2, 2), H(1), H(4)) with { Tier = SlaTier.Agreement };

        SlaComplianceReport report = SlaComplianceReport.Create([slo, sla], Months(Ym(2026, 11), Ym(2026, 11), Utc));

        Assert.NotNull(report);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => SlaComplianceReport.Create([slo, sla with { Tier = SlaTier.Objective }], Months(Ym(2026, 11), Ym(2026, 11), Utc)));
        Assert.Contains("two measurements of resolution (Objective), cycle 1", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("INC-1/resolution/SLO#1", slo.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromTieredClock_BothTiers_EachMeasurementCarriesItsTier()
    {
        SlaDefinition d = SlaDefinition.CreateBuilder("notify", SlaMetric.CustomerNotification)
            .WithPriority("affected", SlaTarget.Within(M(15), "24x7"), SlaTarget.Within(M(30), "24x7")).Build();
        TieredSlaClock clock = TieredSlaClock.Start(d, "affected", Jst(2026, 11, 21, 2, 10), Catalog).Stop(Jst(2026, 11, 21, 2, 30));

        IReadOnlyList<SlaMeasurement> measured = SlaMeasurement.FromTieredClock("INC-1", clock, Jst(2026, 11, 21, 3, 0));

        Assert.Equal(2, measured.Count);
        Assert.Equal((SlaTier.Objective, SlaClockState.Breached), (measured[0].Tier!.Value, measured[0].Outcome));
        Assert.Equal((SlaTier.Agreement, SlaClockState.Met), (measured[1].Tier!.Value, measured[1].Outcome));
        Assert.All(measured, m => Assert.Equal(("INC-1", SlaMetric.CustomerNotification, "affected"), (m.TicketId, m.Metric, m.Priority)));
        Assert.Equal(SlaMeasurement.FromClock("INC-1", SlaMetric.CustomerNotification, "affected", clock.Agreement!, Jst(2026, 11, 21, 3, 0))[0] with { Tier = SlaTier.Agreement }, measured[1]);
    }
}
