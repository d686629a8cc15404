using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Clocks;

/// <summary>
/// Named deadlines at and outside working hours, with exact instants in Asia/Tokyo: the deadline is the first instant at
/// which the working time since the start reaches the budget, both in <see cref="SlaTarget.DeadlineFrom"/> and in the
/// clock's <see cref="SlaStatus.DueAt"/>; a stop before the next working instant is still met.
/// </summary>
public sealed class DeadlineScenarioTests
{
    /// <summary>Weekdays 08:45-19:00 Asia/Tokyo with JP holidays; the last business day of each month (Monday 2026-11-30) open to 20:00.</summary>
    private static readonly BusinessCalendar Crm =
        BusinessCalendar.CreateBuilder("crm", Tokyo).WithWeekdayHours("08:45-19:00").AddHolidaySet("JP")
            .AddLastBusinessDayException("08:45-20:00").Build();

    [Fact]
    public void DueAt_OneBusinessDayEndOfDayFromFriday_IsMondaysCloseNotTuesdaysOpening()
    {
        // Friday 2026-11-13 12:06, "1 business day, end of business day": Monday 2026-11-16 19:00.
        SlaTarget target = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.EndOfBusinessDay, "crm");
        Instant start = Jst(2026, 11, 13, 12, 6);
        SlaClock clock = SlaClock.Start(target, Crm, start);

        Assert.Equal(Jst(2026, 11, 16, 19, 0), target.DeadlineFrom(Crm, start));
        Assert.Equal(Jst(2026, 11, 16, 19, 0), clock.Evaluate(start).DueAt);
        Assert.Equal(M((6 * 60) + 54) + H(10.25), clock.Evaluate(start).Target);

        // No working time passes between Monday 19:00 and Tuesday 08:45: stops in between are met.
        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 11, 16, 19, 0)).Evaluate(Jst(2026, 11, 16, 19, 0)).State);
        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 11, 17, 8, 44)).Evaluate(Jst(2026, 11, 17, 8, 44)).State);
        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 11, 17, 8, 45)).Evaluate(Jst(2026, 11, 17, 8, 45)).State);
        Assert.Equal(SlaClockState.Breached, clock.Stop(Jst(2026, 11, 17, 8, 46)).Evaluate(Jst(2026, 11, 17, 8, 46)).State);
        Assert.Equal(Jst(2026, 11, 17, 8, 45) + Duration.Epsilon, clock.Evaluate(Jst(2026, 11, 17, 9, 0)).BreachedAt);

        // Running past the close: Remaining is zero and DueAt stays Monday 19:00 until the breach begins.
        SlaStatus night = clock.Evaluate(Jst(2026, 11, 16, 23, 0));
        Assert.Equal(SlaClockState.Running, night.State);
        Assert.Equal(Duration.Zero, night.Remaining);
        Assert.Equal(Jst(2026, 11, 16, 19, 0), night.DueAt);
        Assert.Equal(Jst(2026, 11, 17, 8, 45) + Duration.Epsilon, clock.NextChangeAt(Jst(2026, 11, 16, 23, 0)));
    }

    [Fact]
    public void DueAt_EndOfTheMonthEndBusinessDay_IsTheExtendedClose()
    {
        // Monday 2026-11-30 runs to 20:00: "end of business today" from 10:00 is 20:00, not Tuesday 08:45.
        SlaTarget target = SlaTarget.WithinBusinessDays(0, BusinessDayEnd.EndOfBusinessDay, "crm");
        Instant start = Jst(2026, 11, 30, 10, 0);
        Assert.Equal(Jst(2026, 11, 30, 20, 0), target.DeadlineFrom(Crm, start));
        Assert.Equal(Jst(2026, 11, 30, 20, 0), SlaClock.Start(target, Crm, start).Evaluate(start).DueAt);
    }

    [Fact]
    public void DeadlineFrom_SameTimeOfDayAfterTheNextDaysClose_IsTheEndOfTheLastWorkingIntervalBeforeIt()
    {
        // Monday 2026-11-30 19:30 (month end, open to 20:00), 1 business day at the same time of day: the named
        // Tuesday 19:30 is after Tuesday's 19:00 close, so the deadline is Tuesday 19:00 (a budget of 30 min + 10 h 15 min).
        SlaTarget target = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "crm");
        Instant start = Jst(2026, 11, 30, 19, 30);
        SlaClock clock = SlaClock.Start(target, Crm, start);

        Assert.Equal(Jst(2026, 12, 1, 19, 0), target.DeadlineFrom(Crm, start));
        Assert.Equal(Jst(2026, 12, 1, 19, 0), clock.Evaluate(start).DueAt);
        Assert.Equal(H(10.75), clock.Evaluate(start).Target);

        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 12, 2, 8, 30)).Evaluate(Jst(2026, 12, 2, 8, 30)).State);
        Assert.Equal(SlaClockState.Breached, clock.Stop(Jst(2026, 12, 2, 8, 46)).Evaluate(Jst(2026, 12, 2, 8, 46)).State);
        Assert.Equal(Jst(2026, 12, 2, 8, 45) + Duration.Epsilon, clock.Evaluate(Jst(2026, 12, 2, 12, 0)).BreachedAt);
    }

    [Fact]
    public void DeadlineFrom_SameTimeOfDayFromSaturday_CountsFromTheNextOpening_DueAtTheEndOfMonday()
    {
        // Saturday 2026-11-28 11:00 on weekdays 09:00-18:00: the count starts at Monday's 09:00 opening, so the target
        // names Tuesday 2026-12-01 09:00 (not Tuesday 11:00), an opening: the deadline is the end of Monday, 18:00.
        SlaTarget target = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-office");
        Instant start = Jst(2026, 11, 28, 11, 0);
        SlaClock clock = SlaClock.Start(target, Office, start);

        Assert.Equal(Jst(2026, 11, 30, 18, 0), target.DeadlineFrom(Office, start));
        Assert.Equal(Jst(2026, 11, 30, 18, 0), clock.Evaluate(start).DueAt);
        Assert.Equal(H(9), clock.Evaluate(start).Target);

        // A reply on Tuesday at 09:00 is still on time; at 11:00 (the "same local time") it is two hours late.
        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 12, 1, 9, 0)).Evaluate(Jst(2026, 12, 1, 9, 0)).State);
        SlaStatus late = clock.Stop(Jst(2026, 12, 1, 11, 0)).Evaluate(Jst(2026, 12, 1, 11, 0));
        Assert.Equal(SlaClockState.Breached, late.State);
        Assert.Equal(-H(2), late.Remaining);
    }
}
