using System.Linq;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Domain brief, case 3: service-level design for an internal sales service. Service hours Monday-Saturday
/// 07:00-23:00; the first Saturday of each month 18:00-23:00 is planned downtime, excluded from service time.
/// Initial response to failures: major 4 h, moderate 24 h, minor 48 h. Service desk: mean first response &lt;= 15 min,
/// mean resolution &lt;= 2 h.
/// </summary>
/// <remarks>
/// Choices made here: the calendar is Asia/Tokyo without holidays (the brief names none); the response targets are
/// the agreement tier; major runs on the 24x7 calendar (a major incident is worked outside service hours, case 4),
/// moderate and minor on service hours. The service desk means are objectives over all tickets: each ticket gets a
/// clock against the mean's value, and the objective is judged on the mean of the clocks' elapsed times.
/// </remarks>
public sealed class Case3SalesServiceLevelDesignTests
{
    private static readonly SlaDefinition InitialResponse = SlaDefinition.CreateBuilder("failure-initial-response", SlaMetric.FirstResponse)
        .WithPriority("major", null, SlaTarget.Within(H(4), "24x7"))
        .WithPriority("moderate", null, SlaTarget.Within(H(24), "sales-service"))
        .WithPriority("minor", null, SlaTarget.Within(H(48), "sales-service"))
        .Build();

    private static readonly SlaDefinition DeskFirstResponse = SlaDefinition.CreateBuilder("desk-first-response", SlaMetric.FirstResponse)
        .WithPriority("all", SlaTarget.Within(M(15), "sales-service"), null)
        .Build();

    private static readonly SlaDefinition DeskResolution = SlaDefinition.CreateBuilder("desk-resolution", SlaMetric.Resolution)
        .WithPriority("all", SlaTarget.Within(H(2), "sales-service"), null)
        .Build();

    // Saturday 2026-12-05 is the first Saturday of December 2026: 18:00-23:00 is planned downtime.
    private static readonly Instant FirstSaturdayEvening = Jst(2026, 12, 5, 21, 0);

    [Fact]
    public void Case3_FailureDuringPlannedDowntime_EachSeverityDueOnItsCalendar()
    {
        // Major, 24x7: Saturday 21:00 + 4 h = Sunday 2026-12-06 01:00.
        Assert.Equal(Jst(2026, 12, 6, 1, 0), Due("major", FirstSaturdayEvening));

        // Moderate: nothing counts until Monday 07:00 (downtime, then Sunday); Monday 16 h + Tuesday 8 h = Tuesday 15:00.
        Assert.Equal(Jst(2026, 12, 8, 15, 0), Due("moderate", FirstSaturdayEvening));

        // Minor: Monday, Tuesday and Wednesday, 16 h each = Wednesday 2026-12-09 23:00.
        Assert.Equal(Jst(2026, 12, 9, 23, 0), Due("minor", FirstSaturdayEvening));
    }

    [Fact]
    public void Case3_Moderate_PlannedDowntimeOnlyOnTheFirstSaturday()
    {
        // First Saturday 17:00: one service hour before the downtime, Monday 16 h, Tuesday 7 h = Tuesday 2026-12-08 14:00.
        Assert.Equal(Jst(2026, 12, 8, 14, 0), Due("moderate", Jst(2026, 12, 5, 17, 0)));

        // Second Saturday 20:00: 3 h that evening, Monday 16 h, Tuesday 5 h = Tuesday 2026-12-15 12:00.
        Assert.Equal(Jst(2026, 12, 15, 12, 0), Due("moderate", Jst(2026, 12, 12, 20, 0)));
    }

    [Fact]
    public void Case3_ServiceDeskMeanFirstResponse_IsWithin15MinutesThoughOneTicketIsLate()
    {
        SlaStatus[] responses =
        {
            Stopped(DeskFirstResponse, Jst(2026, 12, 7, 9, 0), Jst(2026, 12, 7, 9, 5)),
            Stopped(DeskFirstResponse, Jst(2026, 12, 7, 10, 0), Jst(2026, 12, 7, 10, 10)),
            Stopped(DeskFirstResponse, Jst(2026, 12, 7, 11, 0), Jst(2026, 12, 7, 11, 30)),

            // Raised Saturday 17:50 before the downtime, answered Monday 07:05: 10 + 5 = 15 min of service time.
            Stopped(DeskFirstResponse, Jst(2026, 12, 5, 17, 50), Jst(2026, 12, 7, 7, 5)),
        };
        Assert.Equal(new[] { M(5), M(10), M(30), M(15) }, responses.Select(s => s.Elapsed).ToArray());
        Assert.Equal(
            new[] { SlaClockState.Met, SlaClockState.Met, SlaClockState.Breached, SlaClockState.Met },
            responses.Select(s => s.State).ToArray());
        Duration mean = Mean(responses);
        Assert.Equal(M(15), mean);
        Assert.True(mean <= DeskFirstResponse.GetTarget("all", SlaTier.Objective)!.WorkingTime);
    }

    [Fact]
    public void Case3_ServiceDeskMeanResolution_IsWithinTwoHours()
    {
        SlaStatus[] resolutions =
        {
            Stopped(DeskResolution, Jst(2026, 12, 7, 9, 0), Jst(2026, 12, 7, 10, 0)),
            Stopped(DeskResolution, Jst(2026, 12, 7, 10, 0), Jst(2026, 12, 7, 13, 30)),
            Stopped(DeskResolution, Jst(2026, 12, 7, 13, 0), Jst(2026, 12, 7, 15, 0)),

            // Saturday 17:00 to Monday 07:30: 1 h before the downtime and 30 min on Monday.
            Stopped(DeskResolution, Jst(2026, 12, 5, 17, 0), Jst(2026, 12, 7, 7, 30)),
        };
        Assert.Equal(new[] { H(1), H(3.5), H(2), H(1.5) }, resolutions.Select(s => s.Elapsed).ToArray());
        Assert.Equal(H(2), Mean(resolutions));

        // One more slow ticket (2 h 20 min) tips the mean over the objective: 10 h 20 min / 5 = 2 h 4 min.
        SlaStatus slow = Stopped(DeskResolution, Jst(2026, 12, 8, 9, 0), Jst(2026, 12, 8, 11, 20));
        Assert.Equal(H(2) + M(4), Mean(resolutions.Append(slow).ToArray()));
    }

    private static Instant? Due(string severity, Instant reported) =>
        TieredSlaClock.Start(InitialResponse, severity, reported, ScenarioCalendars.Catalog).Evaluate(reported).Agreement!.Value.DueAt;

    private static SlaStatus Stopped(SlaDefinition definition, Instant opened, Instant done) =>
        TieredSlaClock.Start(definition, "all", opened, ScenarioCalendars.Catalog).Stop(done).Evaluate(done).Objective!.Value;

    private static Duration Mean(SlaStatus[] statuses) =>
        Duration.FromNanoseconds(statuses.Sum(s => s.Elapsed.ToInt64Nanoseconds()) / statuses.Length);
}
