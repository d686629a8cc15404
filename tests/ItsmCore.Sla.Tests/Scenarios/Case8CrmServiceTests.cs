using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Domain brief, case 8: a CRM service with weekday service hours 08:45-19:00 (month-end to 20:00). Major: first
/// response 30 min, recovery 4 h; normal: first response 2 h, recovery 1 business day.
/// </summary>
/// <remarks>
/// Choices made here: Asia/Tokyo with JP holidays; major incidents are worked outside service hours, so their
/// targets run on the 24x7 calendar; normal targets run on service hours; "1 business day" ends at the same time of
/// day (<see cref="BusinessDayEnd.SameTimeOfDay"/>); the targets are the agreement tier; the month-end extension is a
/// dated exception for Monday 2026-11-30 (see <see cref="ScenarioCalendars.Crm"/>).
/// </remarks>
public sealed class Case8CrmServiceTests
{
    private static readonly SlaDefinition FirstResponse = SlaDefinition.CreateBuilder("crm-first-response", SlaMetric.FirstResponse)
        .WithPriority("major", null, SlaTarget.Within(M(30), "24x7"))
        .WithPriority("normal", null, SlaTarget.Within(H(2), "crm-service"))
        .Build();

    private static readonly SlaDefinition Recovery = SlaDefinition.CreateBuilder("crm-recovery", SlaMetric.Resolution)
        .WithPriority("major", null, SlaTarget.Within(H(4), "24x7"))
        .WithPriority("normal", null, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "crm-service"))
        .Build();

    [Fact]
    public void Case8_NormalOnFridayEvening_RollsOverTheWeekendAndLabourThanksgivingDay()
    {
        // Friday 2026-11-20 18:00: 1 h that evening, Monday 23 is a holiday, Tuesday 08:45 + 1 h = 09:45.
        Instant reported = Jst(2026, 11, 20, 18, 0);
        Assert.Equal(Jst(2026, 11, 24, 9, 45), Due(FirstResponse, "normal", reported));
        Assert.Equal(Jst(2026, 11, 24, 18, 0), Due(Recovery, "normal", reported));
    }

    [Fact]
    public void Case8_NormalOnFriday_RollsOverTheWeekend()
    {
        // Friday 2026-11-27 17:30: 1 h 30 min that evening, Monday 08:45 + 30 min = 09:15; recovery Monday 17:30.
        Instant reported = Jst(2026, 11, 27, 17, 30);
        Assert.Equal(Jst(2026, 11, 30, 9, 15), Due(FirstResponse, "normal", reported));
        Assert.Equal(Jst(2026, 11, 30, 17, 30), Due(Recovery, "normal", reported));
    }

    [Fact]
    public void Case8_NormalOnTheWeekend_StartsCountingAtTheNextServiceHour()
    {
        // Saturday 2026-11-21 10:00: nothing counts until Tuesday 08:45. Recovery names Wednesday 08:45, an opening, so it
        // is due at the end of Tuesday, 19:00.
        Instant reported = Jst(2026, 11, 21, 10, 0);
        Assert.Equal(Jst(2026, 11, 24, 10, 45), Due(FirstResponse, "normal", reported));
        Assert.Equal(Jst(2026, 11, 24, 19, 0), Due(Recovery, "normal", reported));
    }

    [Fact]
    public void Case8_NormalOnTheMonthEnd_UsesTheExtendedHours()
    {
        // Monday 2026-11-30 runs to 20:00: 18:30-20:00 is 1 h 30 min, so the first response is due Tuesday 09:15
        // (on an ordinary Monday, 2026-12-07, it is Tuesday 10:15).
        Assert.Equal(Jst(2026, 12, 1, 9, 15), Due(FirstResponse, "normal", Jst(2026, 11, 30, 18, 30)));
        Assert.Equal(Jst(2026, 12, 8, 10, 15), Due(FirstResponse, "normal", Jst(2026, 12, 7, 18, 30)));
        Assert.Equal(Jst(2026, 12, 1, 18, 30), Due(Recovery, "normal", Jst(2026, 11, 30, 18, 30)));
    }

    [Fact]
    public void Case8_Major_RunsAroundTheClock()
    {
        Assert.Equal(Jst(2026, 11, 27, 18, 0), Due(FirstResponse, "major", Jst(2026, 11, 27, 17, 30)));
        Assert.Equal(Jst(2026, 11, 27, 21, 30), Due(Recovery, "major", Jst(2026, 11, 27, 17, 30)));
        Assert.Equal(Jst(2026, 11, 21, 3, 30), Due(FirstResponse, "major", Jst(2026, 11, 21, 3, 0)));
        Assert.Equal(Jst(2026, 11, 21, 7, 0), Due(Recovery, "major", Jst(2026, 11, 21, 3, 0)));
    }

    [Fact]
    public void Case8_MajorResponseAndRecovery_MetAndBreached()
    {
        // Saturday 03:00: responded 03:25 (met); recovered 07:40 (breached at 07:00, 40 min over).
        Instant reported = Jst(2026, 11, 21, 3, 0);
        Assert.Equal(
            SlaClockState.Met,
            TieredSlaClock.Start(FirstResponse, "major", reported, ScenarioCalendars.Catalog).Stop(Jst(2026, 11, 21, 3, 25)).Evaluate(Jst(2026, 11, 21, 8, 0)).Agreement!.Value.State);
        SlaStatus recovery = TieredSlaClock.Start(Recovery, "major", reported, ScenarioCalendars.Catalog).Stop(Jst(2026, 11, 21, 7, 40)).Evaluate(Jst(2026, 11, 21, 8, 0)).Agreement!.Value;
        Assert.Equal(SlaClockState.Breached, recovery.State);
        Assert.Equal(Jst(2026, 11, 21, 7, 0) + Duration.Epsilon, recovery.BreachedAt);
        Assert.Equal(-M(40), recovery.Remaining);
    }

    private static Instant? Due(SlaDefinition definition, string priority, Instant reported) =>
        TieredSlaClock.Start(definition, priority, reported, ScenarioCalendars.Catalog).Evaluate(reported).Agreement!.Value.DueAt;
}
