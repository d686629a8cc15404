using System;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Sla.Tests.Clocks;

/// <summary>
/// Properties tying <see cref="SlaTarget.DeadlineFrom"/> to the clock, for every target kind on calendars with lunch
/// breaks, DST zones (New York, Lord Howe's 30-minute shift), an overnight shift, month-end extended hours and holidays:
/// with no pauses, the deadline is the new clock's <see cref="SlaStatus.DueAt"/>, the first instant at which the working
/// time since the start reaches the budget; a stop at it, or before the next working instant, is met; a stop one working
/// minute later is breached, and the breach begins one nanosecond after the next working instant.
/// </summary>
public sealed class DeadlinePropertyTests
{
    private static readonly BusinessCalendar[] Calendars =
    {
        Sla.Office,
        BusinessCalendar.CreateBuilder("crm", Sla.Tokyo).WithWeekdayHours("08:45-19:00").AddHolidaySet("JP")
            .AddLastBusinessDayException("08:45-20:00").Build(),
        BusinessCalendar.CreateBuilder("ny-lunch", Sla.NewYork).WithWeekdayHours("09:00-12:00", "13:00-17:00").Build(),
        BusinessCalendar.CreateBuilder("lord-howe", DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"]).WithWeekdayHours("01:00-03:00", "08:00-16:00").Build(),
        BusinessCalendar.CreateBuilder("night", DateTimeZoneProviders.Tzdb["Europe/London"]).WithWeekdayHours("22:00-06:00").Build(),
        Sla.AlwaysOpen,
    };

    [Fact]
    public void DeadlineFrom_AnyTargetAndStart_IsTheNewClocksDueAt_MetThere_BreachedOneWorkingMinuteLater()
    {
        PropertyRunner.Run(Cases(), c =>
        {
            BusinessCalendar calendar = Calendars[c.Calendar];
            SlaTarget target = c.Target(calendar.Id);
            Instant deadline = target.DeadlineFrom(calendar, c.Start);
            SlaClock clock = SlaClock.Start(target, calendar, c.Start);
            SlaStatus status = clock.Evaluate(c.Start);
            string what = $"{target} from {c.Start} ({c.Start.InZone(calendar.Zone)}): deadline {deadline.InZone(calendar.Zone)}";

            Check(status.DueAt == deadline, $"{what}, DueAt {status.DueAt?.InZone(calendar.Zone)}");

            // The first instant the budget is reached: all of it lies before the deadline, and none of it is left after
            // the instant just before (unless the budget is zero and the deadline is the start).
            Check(calendar.WorkingTimeBetween(c.Start, deadline) == status.Target, $"{what}: working time to it is not the budget {status.Target}");
            Check(deadline == c.Start || calendar.WorkingTimeBetween(c.Start, deadline - Duration.Epsilon) < status.Target, $"{what}: not the first instant");

            Check(clock.Stop(deadline).Evaluate(deadline).State == SlaClockState.Met, $"{what}: a stop at it is not met");
            Instant nextWorking = calendar.NextWorkingInstant(deadline);
            Check(clock.Stop(nextWorking).Evaluate(nextWorking).State == SlaClockState.Met, $"{what}: a stop at the next working instant {nextWorking} is not met");
            Instant minuteLater = calendar.Add(deadline, Duration.FromMinutes(1));
            Check(clock.Stop(minuteLater).Evaluate(minuteLater).State == SlaClockState.Breached, $"{what}: a stop one working minute later ({minuteLater}) is not breached");
            Check(clock.Evaluate(minuteLater).BreachedAt == nextWorking + Duration.Epsilon, $"{what}: breach {clock.Evaluate(minuteLater).BreachedAt}, next working instant {nextWorking}");
        }, 1500);
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static Gen<Case> Cases() =>
        from calendar in Gen.Choose(0, Calendars.Length - 1)
        from minute in Gen.Choose(0, (400 * 24 * 60) - 1)
        from second in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 59)))
        from kind in Gen.Choose(0, 3)
        from days in Gen.Choose(0, 4)
        from timeMinute in Gen.Frequency((2, Gen.Elements(0, 60, 525, 540, 600, 720, 1020, 1080, 1140, 1200, 1320)), (3, Gen.Choose(0, (24 * 60) - 1)))
        from workingMinutes in Gen.Choose(1, 3000)
        select new Case(calendar, Instant.FromUtc(2025, 12, 1, 0, 0) + Duration.FromMinutes(minute) + Duration.FromSeconds(second), kind, days, timeMinute, workingMinutes);

    /// <summary>One start on one calendar with one target: 0 = business days at the same time of day, 1 = business days to the end of the day, 2 = next business day at a time, 3 = working time.</summary>
    public sealed record Case(int Calendar, Instant Start, int Kind, int Days, int TimeMinute, int WorkingMinutes)
    {
        public SlaTarget Target(string calendarId) => Kind switch
        {
            0 => SlaTarget.WithinBusinessDays(Math.Max(1, Days), BusinessDayEnd.SameTimeOfDay, calendarId),
            1 => SlaTarget.WithinBusinessDays(Days, BusinessDayEnd.EndOfBusinessDay, calendarId),
            2 => SlaTarget.NextBusinessDayAt(LocalTime.FromMinutesSinceMidnight(TimeMinute), calendarId),
            _ => SlaTarget.Within(Duration.FromMinutes(WorkingMinutes), calendarId),
        };
    }
}
