using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Domain brief, case 1: a managed-cloud support desk's SLO/SLA catalogue.
/// Customer notification of a failure, measured from alert receipt, 24x7: service affected SLO 15 min, SLA 30 min;
/// service not affected SLO 60 min, no SLA. Interim report every 60 min while a service-affecting failure is open.
/// Requests on the second-line calendar (weekdays 10:00-19:00 Asia/Tokyo, JP holidays): minor service impact within
/// 1 business day, possible service impact within 5 business days; priority high/medium/low with medium = the
/// standard lead time.
/// </summary>
/// <remarks>
/// Choices made here (the brief does not fix them): a business-day lead time ends at the same time of day
/// (<see cref="BusinessDayEnd.SameTimeOfDay"/>: received Friday 15:00, one business day later is the next business
/// day at 15:00); the lead time is the agreement (SLA) tier; high = urgent requests, worked 24x7, so the same number
/// of days counted on the 24x7 calendar; low = twice the standard lead time on the second-line calendar.
/// </remarks>
public sealed class Case1ManagedCloudSupportDeskTests
{
    private static readonly SlaDefinition Notification = SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
        .WithName("Failure notification from alert receipt")
        .WithPriority("service-affected", SlaTarget.Within(M(15), "24x7"), SlaTarget.Within(M(30), "24x7"))
        .WithPriority("service-not-affected", SlaTarget.Within(M(60), "24x7"), null)
        .Build();

    private static readonly SlaDefinition InterimReport = SlaDefinition.CreateBuilder("interim-report", SlaMetric.RecurringUpdate)
        .WithPriority("service-affected", null, SlaTarget.Within(M(60), "24x7"))
        .Build();

    private static readonly SlaDefinition MinorImpactRequest = Request("minor-impact-request", 1);

    private static readonly SlaDefinition ServiceImpactingRequest = Request("service-impacting-request", 5);

    // The alert arrives on Saturday 2026-11-21 at 02:10 JST: the notification clock runs 24x7.
    private static readonly Instant Alert = Jst(2026, 11, 21, 2, 10);

    [Fact]
    public void Case1_ServiceAffected_EvaluatedAt14_20And31Minutes()
    {
        TieredSlaClock clock = TieredSlaClock.Start(Notification, "service-affected", Alert, ScenarioCalendars.Catalog);

        TieredSlaStatus at14 = clock.Evaluate(Alert + M(14));
        Assert.Equal(SlaClockState.Running, at14.Objective!.Value.State);
        Assert.Equal(M(1), at14.Objective.Value.Remaining);
        Assert.Equal(Jst(2026, 11, 21, 2, 25), at14.Objective.Value.DueAt);
        Assert.Equal(SlaClockState.Running, at14.Agreement!.Value.State);
        Assert.Equal(Jst(2026, 11, 21, 2, 40), at14.Agreement.Value.DueAt);

        TieredSlaStatus at20 = clock.Evaluate(Alert + M(20));
        Assert.Equal(SlaClockState.Breached, at20.Objective!.Value.State);
        Assert.Equal(Jst(2026, 11, 21, 2, 25) + Duration.Epsilon, at20.Objective.Value.BreachedAt);
        Assert.Equal(SlaClockState.Running, at20.Agreement!.Value.State);
        Assert.Equal(M(10), at20.Agreement.Value.Remaining);

        TieredSlaStatus at31 = clock.Evaluate(Alert + M(31));
        Assert.Equal(SlaClockState.Breached, at31.Objective!.Value.State);
        Assert.Equal(SlaClockState.Breached, at31.Agreement!.Value.State);
        Assert.Equal(Jst(2026, 11, 21, 2, 40) + Duration.Epsilon, at31.Agreement.Value.BreachedAt);
        Assert.Equal(-M(1), at31.Agreement.Value.Remaining);

        // A host's timer: the SLO breach first, then the SLA breach, then nothing.
        Assert.Equal(Jst(2026, 11, 21, 2, 25) + Duration.Epsilon, clock.NextChangeAt(Alert));
        Assert.Equal(Jst(2026, 11, 21, 2, 40) + Duration.Epsilon, clock.NextChangeAt(Alert + M(20)));
        Assert.Null(clock.NextChangeAt(Alert + M(31)));
    }

    [Theory]
    [InlineData(14, SlaClockState.Met, SlaClockState.Met)]
    [InlineData(15, SlaClockState.Met, SlaClockState.Met)]
    [InlineData(20, SlaClockState.Breached, SlaClockState.Met)]
    [InlineData(30, SlaClockState.Breached, SlaClockState.Met)]
    [InlineData(31, SlaClockState.Breached, SlaClockState.Breached)]
    public void Case1_ServiceAffected_CustomerNotifiedAfterMinutes_MetOrBreachedPerTier(int minutes, SlaClockState slo, SlaClockState sla)
    {
        TieredSlaStatus s = TieredSlaClock.Start(Notification, "service-affected", Alert, ScenarioCalendars.Catalog)
            .Stop(Alert + M(minutes))
            .Evaluate(Jst(2026, 11, 21, 12, 0));
        Assert.Equal(slo, s.Objective!.Value.State);
        Assert.Equal(sla, s.Agreement!.Value.State);
        Assert.Equal(M(minutes), s.Agreement.Value.Elapsed);
    }

    [Theory]
    [InlineData(14, SlaClockState.Met)]
    [InlineData(20, SlaClockState.Met)]
    [InlineData(31, SlaClockState.Met)]
    [InlineData(60, SlaClockState.Met)]
    [InlineData(61, SlaClockState.Breached)]
    public void Case1_ServiceNotAffected_OnlyTheSloIsMeasured(int minutes, SlaClockState slo)
    {
        TieredSlaClock clock = TieredSlaClock.Start(Notification, "service-not-affected", Alert, ScenarioCalendars.Catalog);
        Assert.Null(clock.Agreement);
        TieredSlaStatus s = clock.Stop(Alert + M(minutes)).Evaluate(Alert + M(minutes));
        Assert.Equal(slo, s.Objective!.Value.State);
        Assert.Null(s.Agreement);
    }

    [Fact]
    public void Case1_ImpactReassessedAsServiceAffected_SloKeepsItsStartAndTheSlaStartsAtTheChange()
    {
        // Classified "not affected" at 02:10; at 02:20 the service turns out to be affected. The SLO carries its
        // 10 minutes over (KeepStart, the definition's default); the SLA tier did not exist before, so it starts now.
        TieredSlaClock clock = TieredSlaClock.Start(Notification, "service-not-affected", Alert, ScenarioCalendars.Catalog)
            .ChangePriority(Alert + M(10), "service-affected", ScenarioCalendars.Catalog);
        TieredSlaStatus s = clock.Evaluate(Alert + M(10));
        Assert.Equal(M(10), s.Objective!.Value.Elapsed);
        Assert.Equal(Jst(2026, 11, 21, 2, 25), s.Objective.Value.DueAt);
        Assert.Equal(Duration.Zero, s.Agreement!.Value.Elapsed);
        Assert.Equal(Jst(2026, 11, 21, 2, 50), s.Agreement.Value.DueAt);
    }

    [Fact]
    public void Case1_InterimReportEvery60Minutes_EachReportOpensTheNextCycle()
    {
        // First notification 02:25; reports at 03:20 (55 min, met) and 04:25 (65 min after 03:20, breached at 04:20).
        Instant first = Jst(2026, 11, 21, 2, 25);
        TieredSlaClock clock = TieredSlaClock.Start(InterimReport, "service-affected", first, ScenarioCalendars.Catalog)
            .Stop(Jst(2026, 11, 21, 3, 20))
            .Reopen(Jst(2026, 11, 21, 3, 20), ScenarioCalendars.Catalog)
            .Stop(Jst(2026, 11, 21, 4, 25));
        SlaClock reports = clock.Agreement!;
        Assert.Equal(2, reports.Cycles.Count);
        Assert.Equal(SlaClockState.Met, reports.Cycles[0].Outcome);
        Assert.Equal(M(55), reports.Cycles[0].Elapsed);
        Assert.Equal(SlaClockState.Breached, reports.Cycles[1].Outcome);
        Assert.Equal(Jst(2026, 11, 21, 4, 20) + Duration.Epsilon, reports.Cycles[1].BreachedAt);
    }

    [Fact]
    public void Case1_MinorImpactRequest_MediumIsOneBusinessDayAcrossTheWeekendAndLabourThanksgivingDay()
    {
        // Friday 2026-11-20 15:00; Saturday, Sunday and Monday 2026-11-23 (Labour Thanksgiving Day) are not business
        // days: due Tuesday 2026-11-24 15:00, a budget of 9 working hours (Fri 15-19, Tue 10-15).
        Instant received = Jst(2026, 11, 20, 15, 0);
        SlaStatus s = Agreement(MinorImpactRequest, "medium", received);
        Assert.Equal(Jst(2026, 11, 24, 15, 0), s.DueAt);
        Assert.Equal(H(9), s.Target);

        // Received after second-line hours (Friday 20:00): the count starts Tuesday 10:00 and names Wednesday 10:00, an
        // opening, so it is due at the end of Tuesday's hours, 19:00.
        Assert.Equal(Jst(2026, 11, 24, 19, 0), Agreement(MinorImpactRequest, "medium", Jst(2026, 11, 20, 20, 0)).DueAt);

        // Awaiting the customer Tuesday 11:00-14:00 pushes the deadline by the 3 working hours: Tuesday 18:00.
        TieredSlaClock held = TieredSlaClock.Start(MinorImpactRequest, "medium", received, ScenarioCalendars.Catalog)
            .Pause(Jst(2026, 11, 24, 11, 0), "awaiting customer")
            .Resume(Jst(2026, 11, 24, 14, 0));
        Assert.Equal(Jst(2026, 11, 24, 18, 0), held.Evaluate(Jst(2026, 11, 24, 14, 0)).Agreement!.Value.DueAt);
        Assert.Equal(SlaClockState.Met, held.Stop(Jst(2026, 11, 24, 17, 59)).Evaluate(Jst(2026, 11, 24, 18, 0)).Agreement!.Value.State);
    }

    [Fact]
    public void Case1_ServiceImpactingRequest_MediumIsFiveBusinessDays()
    {
        // Friday 2026-11-20 15:00 + 5 business days (Tue 24, Wed 25, Thu 26, Fri 27, Mon 30) = Monday 2026-11-30 15:00.
        Assert.Equal(Jst(2026, 11, 30, 15, 0), Agreement(ServiceImpactingRequest, "medium", Jst(2026, 11, 20, 15, 0)).DueAt);

        // The year-end (29-31 December) is not a national holiday; 1 January is: Monday 2026-12-28 15:00 + 5 business
        // days (Tue 29, Wed 30, Thu 31, Mon 4, Tue 5) = Tuesday 2027-01-05 15:00.
        Assert.Equal(Jst(2027, 1, 5, 15, 0), Agreement(ServiceImpactingRequest, "medium", Jst(2026, 12, 28, 15, 0)).DueAt);
        Assert.Equal(Jst(2027, 1, 4, 15, 0), Agreement(MinorImpactRequest, "medium", Jst(2026, 12, 31, 15, 0)).DueAt);
    }

    [Fact]
    public void Case1_Requests_HighAndLowAroundTheStandardLeadTime()
    {
        Instant received = Jst(2026, 11, 20, 15, 0);

        // High (urgent, 24x7): the days count on the 24x7 calendar.
        Assert.Equal(Jst(2026, 11, 21, 15, 0), Agreement(MinorImpactRequest, "high", received).DueAt);
        Assert.Equal(Jst(2026, 11, 25, 15, 0), Agreement(ServiceImpactingRequest, "high", received).DueAt);

        // Low: twice the lead time on the second-line calendar (2 and 10 business days).
        Assert.Equal(Jst(2026, 11, 25, 15, 0), Agreement(MinorImpactRequest, "low", received).DueAt);
        Assert.Equal(Jst(2026, 12, 7, 15, 0), Agreement(ServiceImpactingRequest, "low", received).DueAt);
    }

    private static SlaStatus Agreement(SlaDefinition definition, string priority, Instant received) =>
        TieredSlaClock.Start(definition, priority, received, ScenarioCalendars.Catalog).Evaluate(received).Agreement!.Value;

    private static SlaDefinition Request(string id, int days) =>
        SlaDefinition.CreateBuilder(id, SlaMetric.Resolution)
            .WithPriority("high", null, SlaTarget.WithinBusinessDays(days, BusinessDayEnd.SameTimeOfDay, "24x7"))
            .WithPriority("medium", null, SlaTarget.WithinBusinessDays(days, BusinessDayEnd.SameTimeOfDay, "jp-second-line"))
            .WithPriority("low", null, SlaTarget.WithinBusinessDays(2 * days, BusinessDayEnd.SameTimeOfDay, "jp-second-line"))
            .Build();
}
