using System;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Clocks;

public sealed class SlaClockTests
{
    // Friday 2026-11-27 and Monday 2026-11-30 are ordinary working days in Japan.
    private static readonly Instant Fri1700 = Jst(2026, 11, 27, 17, 0);

    private static SlaClock FourHours(Instant start, SlaThresholds? thresholds = null) =>
        SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, start, thresholds);

    [Fact]
    public void Start_FridayAfternoon_DueMondayNoon()
    {
        SlaStatus status = FourHours(Fri1700).Evaluate(Fri1700);
        Assert.Equal(SlaClockState.Running, status.State);
        Assert.True(status.IsActive);
        Assert.False(status.IsPaused);
        Assert.Equal(Duration.Zero, status.Elapsed);
        Assert.Equal(H(4), status.Remaining);
        Assert.Equal(Jst(2026, 11, 30, 12, 0), status.DueAt);
        Assert.Null(status.BreachedAt);
        Assert.Equal(0d, status.PercentConsumed);
        Assert.Equal(1, status.Cycle);
    }

    [Fact]
    public void Start_DurationOverload_UsesTheCalendarsId()
    {
        SlaClock clock = SlaClock.Start(H(2), Office, Fri1700);
        Assert.Equal(SlaTarget.Within(H(2), "jp-office"), clock.Target);
        Assert.Same(Office, clock.Calendar);
        Assert.Equal(SlaThresholds.None, clock.Thresholds);
    }

    [Fact]
    public void Evaluate_OverTheWeekend_CountsOnlyWorkingTime()
    {
        SlaStatus status = FourHours(Fri1700).Evaluate(Jst(2026, 11, 30, 10, 30));
        Assert.Equal(H(2.5), status.Elapsed);
        Assert.Equal(H(1.5), status.Remaining);
        Assert.Equal(62.5d, status.PercentConsumed);
    }

    [Fact]
    public void Stop_ExactlyAtDueAt_IsMet_AndOneNanosecondLater_IsBreached()
    {
        Instant due = Jst(2026, 11, 30, 12, 0);
        SlaStatus met = FourHours(Fri1700).Stop(due).Evaluate(due + Duration.FromDays(3));
        Assert.Equal(SlaClockState.Met, met.State);
        Assert.False(met.IsActive);
        Assert.Equal(H(4), met.Elapsed);
        Assert.Null(met.DueAt);

        SlaStatus late = FourHours(Fri1700).Stop(due + Duration.Epsilon).Evaluate(due + Duration.FromDays(3));
        Assert.Equal(SlaClockState.Breached, late.State);
        Assert.Equal(due + Duration.Epsilon, late.BreachedAt);
        Assert.Equal(-Duration.Epsilon, late.Remaining);
    }

    [Fact]
    public void Evaluate_TargetUsedUpAtClosingTime_BreachBeginsWhenWorkResumes()
    {
        // Friday 17:00 + 1 h: due at 18:00; over the weekend elapsed stays at the target, so nothing is breached yet.
        SlaClock clock = SlaClock.Start(H(1), Office, Fri1700);
        SlaStatus saturday = clock.Evaluate(Jst(2026, 11, 28, 12, 0));
        Assert.Equal(SlaClockState.Running, saturday.State);
        Assert.Equal(Duration.Zero, saturday.Remaining);
        Assert.Equal(Jst(2026, 11, 27, 18, 0), saturday.DueAt);
        Instant monday0900 = Jst(2026, 11, 30, 9, 0);
        Assert.Equal(monday0900 + Duration.Epsilon, clock.NextChangeAt(saturday.At));
        Assert.False(clock.Evaluate(monday0900).IsBreached);
        SlaStatus breached = clock.Evaluate(monday0900 + Duration.Epsilon);
        Assert.Equal(SlaClockState.Breached, breached.State);
        Assert.True(breached.IsActive);
        Assert.Equal(monday0900 + Duration.Epsilon, breached.BreachedAt);
        Assert.Equal(Jst(2026, 11, 27, 18, 0), breached.DueAt);
        Assert.Null(clock.NextChangeAt(breached.At));
    }

    [Fact]
    public void Pause_ExtendsDueAtByTheWorkingTimePaused_AndKeepsTheReason()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).Pause(Jst(2026, 11, 30, 10, 0), "awaiting customer");
        SlaStatus paused = clock.Evaluate(Jst(2026, 11, 30, 15, 0));
        Assert.Equal(SlaClockState.Paused, paused.State);
        Assert.True(paused.IsPaused);
        Assert.Equal("awaiting customer", paused.PauseReason);
        Assert.Equal(H(1), paused.Elapsed);
        Assert.Null(paused.DueAt);
        Assert.Null(clock.NextChangeAt(paused.At));

        SlaStatus resumed = clock.Resume(Jst(2026, 11, 30, 16, 0)).Evaluate(Jst(2026, 11, 30, 16, 0));
        Assert.Equal(SlaClockState.Running, resumed.State);
        Assert.Null(resumed.PauseReason);
        Assert.Equal(Jst(2026, 12, 1, 10, 0), resumed.DueAt); // 16:00-18:00 then 09:00-10:00
    }

    [Fact]
    public void Stop_WhilePaused_KeepsElapsedAtThePause()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).Pause(Jst(2026, 11, 30, 10, 0)).Stop(Jst(2026, 12, 2, 10, 0));
        SlaStatus status = clock.Evaluate(Jst(2026, 12, 3, 10, 0));
        Assert.Equal(SlaClockState.Met, status.State);
        Assert.Equal(H(1), status.Elapsed);
        SlaCycle cycle = Assert.Single(clock.Cycles);
        Assert.Equal(new SlaPause(Jst(2026, 11, 30, 10, 0), Jst(2026, 12, 2, 10, 0), null), Assert.Single(cycle.Pauses));
        Assert.Equal(SlaClockState.Met, cycle.Outcome);
    }

    [Fact]
    public void Cancel_EndsTheCycleAsCancelled()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).Cancel(Jst(2026, 11, 30, 10, 0), "duplicate ticket");
        SlaStatus status = clock.Evaluate(Jst(2026, 12, 30, 10, 0));
        Assert.Equal(SlaClockState.Cancelled, status.State);
        Assert.False(status.IsActive);
        Assert.Equal(H(1), status.Elapsed);
        Assert.Equal("duplicate ticket", clock.Events[^1].Reason);
        Assert.Equal(SlaClockState.Cancelled, clock.Cycles[0].Outcome);
    }

    [Theory]
    [InlineData("resume-running")]
    [InlineData("pause-paused")]
    [InlineData("earlier")]
    [InlineData("after-stop")]
    [InlineData("after-cancel")]
    [InlineData("reopen-open")]
    [InlineData("change-after-stop")]
    public void Commands_OutOfOrder_ThrowAndLeaveTheClockUnchanged(string scenario)
    {
        Instant t0 = Jst(2026, 11, 30, 9, 0);
        Instant t1 = Jst(2026, 11, 30, 10, 0);
        SlaClock running = FourHours(t0).Pause(t1).Resume(t1 + H(1));
        SlaClock paused = running.Pause(t1 + H(2));
        SlaClock stopped = running.Stop(t1 + H(2));
        SlaClock cancelled = running.Cancel(t1 + H(2));
        (SlaClock Clock, Func<SlaClock, SlaClock> Command, SlaClockEventKind Kind, string Reason) setup = scenario switch
        {
            "resume-running" => (running, c => c.Resume(t1 + H(3)), SlaClockEventKind.Resumed, "running, not paused"),
            "pause-paused" => (paused, c => c.Pause(t1 + H(3)), SlaClockEventKind.Paused, "already paused"),
            "earlier" => (running, c => c.Pause(t1), SlaClockEventKind.Paused, "earlier than the clock's last event"),
            "after-stop" => (stopped, c => c.Pause(t1 + H(3)), SlaClockEventKind.Paused, "was stopped"),
            "after-cancel" => (cancelled, c => c.Stop(t1 + H(3)), SlaClockEventKind.Stopped, "was cancelled"),
            "reopen-open" => (running, c => c.Reopen(t1 + H(3)), SlaClockEventKind.Started, "still open"),
            _ => (stopped, c => c.ChangeTarget(t1 + H(3), H(8), SlaTargetChangePolicy.KeepStart), SlaClockEventKind.TargetChanged, "was stopped"),
        };
        (SlaClock clock, Func<SlaClock, SlaClock> command, SlaClockEventKind kind, string reason) = setup;
        int events = clock.Events.Count;
        SlaStatus before = clock.Evaluate(t1 + H(5));
        var e = Assert.Throws<SlaClockCommandException>(() => command(clock));
        Assert.Equal(kind, e.Command);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal(clock.LastEventAt, e.LastEventAt);
        Assert.Contains(kind.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Equal(events, clock.Events.Count);
        Assert.Equal(before, clock.Evaluate(t1 + H(5)));
    }

    [Fact]
    public void Commands_AtTheSameInstant_AreAccepted()
    {
        Instant t = Jst(2026, 11, 30, 10, 0);
        SlaClock clock = FourHours(t).Pause(t).Resume(t).ChangeTarget(t, H(2), SlaTargetChangePolicy.KeepStart).Stop(t);
        Assert.Equal(5, clock.Events.Count);
        Assert.Equal(SlaClockState.Met, clock.Evaluate(t).State);
    }

    [Fact]
    public void Reopen_AfterStop_StartsANewCycle_AndKeepsTheOldOutcome()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0))
            .Stop(Jst(2026, 11, 30, 14, 0)) // 5 h: breached
            .Reopen(Jst(2026, 12, 1, 9, 0))
            .Stop(Jst(2026, 12, 1, 10, 0));
        Assert.Equal(2, clock.CycleNumber);
        Assert.Equal(new SlaClockState?[] { SlaClockState.Breached, SlaClockState.Met }, clock.Cycles.Select(c => c.Outcome).ToArray());
        Assert.Equal(Jst(2026, 11, 30, 13, 0) + Duration.Epsilon, clock.Cycles[0].BreachedAt);
        Assert.Equal(H(1), clock.Cycles[1].Elapsed);
        SlaStatus now = clock.Evaluate(Jst(2026, 12, 2, 9, 0));
        Assert.Equal(2, now.Cycle);
        Assert.Equal(SlaClockState.Met, now.State);
    }

    [Fact]
    public void Thresholds_NextChangeAt_WalksEveryThresholdThenTheBreach()
    {
        // 4 h from Monday 09:00: 50 % at 11:00, 75 % at 12:00, 90 % at 12:36, breach 1 ns after 13:00.
        Instant start = Jst(2026, 11, 30, 9, 0);
        SlaClock clock = FourHours(start, SlaThresholds.Default);
        var wakeUps = new System.Collections.Generic.List<Instant>();
        Instant now = start;
        while (clock.NextChangeAt(now) is { } next)
        {
            Assert.True(next > now);
            wakeUps.Add(next);
            now = next;
        }

        Assert.Equal(
            new[] { Jst(2026, 11, 30, 11, 0), Jst(2026, 11, 30, 12, 0), Jst(2026, 11, 30, 12, 36), Jst(2026, 11, 30, 13, 0) + Duration.Epsilon },
            wakeUps);
        Assert.Equal(3, clock.Evaluate(Jst(2026, 11, 30, 12, 36)).ThresholdsCrossed);
        Assert.Equal(2, clock.Evaluate(Jst(2026, 11, 30, 12, 36) - Duration.Epsilon).ThresholdsCrossed);
        Assert.Equal(
            new[] { new SlaThresholdCrossing(50m, Jst(2026, 11, 30, 11, 0)), new SlaThresholdCrossing(75m, Jst(2026, 11, 30, 12, 0)) },
            clock.ThresholdCrossings(Jst(2026, 11, 30, 12, 10)));
    }

    [Fact]
    public void Thresholds_CrossedBeforeAPause_AreRecordedInTheCycle()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0), SlaThresholds.Default).Pause(Jst(2026, 11, 30, 12, 30));
        Assert.Equal(2, clock.Evaluate(Jst(2026, 12, 10, 0, 0)).ThresholdsCrossed);
        Assert.Equal(new decimal[] { 50m, 75m }, clock.Cycles[0].ThresholdCrossings.Select(c => c.Percent).ToArray());
    }

    [Fact]
    public void ChangeTarget_KeepStart_ShorterTarget_BreachesAtOnce()
    {
        Instant change = Jst(2026, 11, 30, 12, 0); // 3 h elapsed
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).ChangeTarget(change, H(2), SlaTargetChangePolicy.KeepStart);
        SlaStatus status = clock.Evaluate(change);
        Assert.Equal(SlaClockState.Breached, status.State);
        Assert.Equal(change, status.BreachedAt);
        Assert.Equal(H(3), status.Elapsed);
        Assert.Equal(H(2), status.Target);
        SlaTargetChange recorded = Assert.Single(clock.Cycles[0].TargetChanges);
        Assert.Equal(H(3), recorded.ElapsedBefore);
        Assert.Equal(H(3), recorded.ElapsedAfter);
        Assert.Equal(H(4), recorded.OldBudget);
        Assert.Equal(H(2), recorded.NewBudget);
        Assert.Null(recorded.BreachedBefore);
    }

    [Fact]
    public void ChangeTarget_KeepStart_LongerTarget_MeasuresFromTheOriginalStart()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).ChangeTarget(Jst(2026, 11, 30, 12, 0), H(8), SlaTargetChangePolicy.KeepStart);
        Assert.Equal(Jst(2026, 11, 30, 17, 0), clock.Evaluate(Jst(2026, 11, 30, 12, 0)).DueAt);
    }

    [Fact]
    public void ChangeTarget_Restart_MeasuresTheNewTargetFromTheChange()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).ChangeTarget(Jst(2026, 11, 30, 12, 0), H(2), SlaTargetChangePolicy.Restart);
        SlaStatus status = clock.Evaluate(Jst(2026, 11, 30, 13, 0));
        Assert.Equal(H(1), status.Elapsed);
        Assert.Equal(Jst(2026, 11, 30, 14, 0), status.DueAt);
        Assert.Equal(SlaClockState.Running, status.State);
    }

    [Fact]
    public void ChangeTarget_KeepPercentConsumed_KeepsTheFraction()
    {
        // 3 h of 4 h = 75 %; of a new 8 h target that is 6 h, so 2 h remain from 12:00: due 14:00.
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0), SlaThresholds.Default)
            .ChangeTarget(Jst(2026, 11, 30, 12, 0), H(8), SlaTargetChangePolicy.KeepPercentConsumed);
        SlaStatus status = clock.Evaluate(Jst(2026, 11, 30, 12, 0));
        Assert.Equal(H(6), status.Elapsed);
        Assert.Equal(75d, status.PercentConsumed);
        Assert.Equal(Jst(2026, 11, 30, 14, 0), status.DueAt);
        Assert.Equal(2, status.ThresholdsCrossed);
    }

    [Fact]
    public void ChangeTarget_OntoAnotherCalendar_CountsOnTheNewCalendarFromTheChange()
    {
        // Raised to a major incident on Friday 17:00 after 7 h on the office calendar: 1 h left, now 24x7.
        Instant change = Fri1700;
        SlaClock clock = SlaClock.Start(SlaTarget.Within(H(8), "jp-office"), Office, Jst(2026, 11, 27, 10, 0))
            .ChangeTarget(change, SlaTarget.Within(H(8), "24x7"), AlwaysOpen, SlaTargetChangePolicy.KeepStart);
        SlaStatus status = clock.Evaluate(Jst(2026, 11, 27, 17, 30));
        Assert.Equal(H(0.5), status.Remaining);
        Assert.Equal(H(7.5), status.Elapsed);
        Assert.Equal(Jst(2026, 11, 27, 18, 0), status.DueAt);
        Assert.Same(AlwaysOpen, clock.Calendar);
        Assert.Equal(new[] { "jp-office", "24x7" }, clock.Cycles[0].Segments.Select(s => s.CalendarId).ToArray());
    }

    [Fact]
    public void NextBusinessDayAt_DueIsTheCloseBeforeTheDeadline_AndStoppingBeforeTheOpeningIsMet()
    {
        // Thursday 2026-11-19 15:00, "by 09:00 the next business day": the budget (3 h) is used up at Thursday 18:00,
        // which is DueAt; a stop up to Friday 09:00 is still met (no working time passes), the breach begins just after.
        Instant start = Jst(2026, 11, 19, 15, 0);
        SlaClock clock = SlaClock.Start(SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), "jp-office"), Office, start);
        SlaStatus status = clock.Evaluate(start);
        Assert.Equal(H(3), status.Target);
        Assert.Equal(Jst(2026, 11, 19, 18, 0), status.DueAt);
        Assert.Equal(SlaClockState.Met, clock.Stop(Jst(2026, 11, 20, 9, 0)).Evaluate(Jst(2026, 11, 21, 0, 0)).State);
        Assert.Equal(SlaClockState.Breached, clock.Stop(Jst(2026, 11, 20, 9, 1)).Evaluate(Jst(2026, 11, 21, 0, 0)).State);
        Assert.Equal(Jst(2026, 11, 20, 9, 0) + Duration.Epsilon, clock.NextChangeAt(start));
    }

    [Fact]
    public void BusinessDays_BothDayEnds_AcrossAHoliday()
    {
        // Friday 2026-11-20 11:00 + 1 business day: Monday 2026-11-23 is Labour Thanksgiving Day, so Tuesday.
        Instant start = Jst(2026, 11, 20, 11, 0);
        SlaTarget same = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, "jp-office");
        SlaTarget endOfDay = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.EndOfBusinessDay, "jp-office");
        Assert.Equal(Jst(2026, 11, 24, 11, 0), same.DeadlineFrom(Office, start));
        Assert.Equal(Jst(2026, 11, 24, 18, 0), endOfDay.DeadlineFrom(Office, start));
        Assert.Equal(H(9), same.BudgetFrom(Office, start));
        Assert.Equal(H(16), endOfDay.BudgetFrom(Office, start));
        Assert.Equal(Jst(2026, 11, 24, 11, 0), SlaClock.Start(same, Office, start).Evaluate(start).DueAt);
        // Outside working hours the count starts at the next working instant (Tuesday 09:00 after the holiday), so the
        // target names Wednesday 09:00, an opening: the deadline is the end of the last working interval before it,
        // Tuesday 18:00.
        Assert.Equal(Jst(2026, 11, 24, 18, 0), same.DeadlineFrom(Office, Jst(2026, 11, 21, 10, 0)));
    }

    [Fact]
    public void Evaluate_BeforeTheLastEvent_ReplaysHistory()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 30, 9, 0)).Pause(Jst(2026, 11, 30, 10, 0), "awaiting supplier").Resume(Jst(2026, 11, 30, 15, 0));
        SlaStatus during = clock.Evaluate(Jst(2026, 11, 30, 12, 0));
        Assert.Equal(SlaClockState.Paused, during.State);
        Assert.Equal("awaiting supplier", during.PauseReason);
        Assert.Equal(H(1), during.Elapsed);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Evaluate(Jst(2026, 11, 30, 8, 59)));
        Assert.Equal("now", e.ParamName);
    }

    [Fact]
    public void Start_BadArguments_Throw()
    {
        Assert.Equal("workingTime", Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.Start(Duration.Zero, Office, Fri1700)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentNullException>(() => SlaClock.Start(H(1), null!, Fri1700)).ParamName);
        Assert.Equal("calendar", Assert.Throws<ArgumentException>(() => SlaClock.Start(SlaTarget.Within(H(1), "24x7"), Office, Fri1700)).ParamName);
        Assert.Equal("at", Assert.Throws<ArgumentOutOfRangeException>(() => SlaClock.Start(H(1), Office, BusinessCalendar.MaxSupportedInstant)).ParamName);
        Assert.Equal("reason", Assert.Throws<ArgumentException>(() => FourHours(Fri1700).Pause(Fri1700, " ")).ParamName);
    }

    [Fact]
    public void Replay_UsesTheCalendarVersionInForceWhenTheCycleStarted()
    {
        // From December the office opens at 08:00; a clock started in November keeps the old hours.
        BusinessCalendar december = BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("08:00-18:00").AddHolidaySet("JP").Build();
        BusinessCalendarCatalog catalog = BusinessCalendarCatalog.Of(new[] { Office }).Add(december, Jst(2026, 12, 1, 0, 0));
        SlaClock november = FourHours(Jst(2026, 11, 30, 17, 0));
        SlaClock replayed = SlaClock.Replay(november.Events, catalog);
        Assert.Equal(november, replayed);
        Assert.Equal(Jst(2026, 12, 1, 12, 0), replayed.Evaluate(Jst(2026, 12, 1, 8, 30)).DueAt);

        SlaClock reopened = SlaClock.Replay(november.Stop(Jst(2026, 11, 30, 17, 30)).Reopen(Jst(2026, 12, 1, 7, 0)).Events, catalog);
        Assert.Same(december, reopened.Calendar);
        Assert.Equal(Jst(2026, 12, 1, 12, 0), reopened.Evaluate(Jst(2026, 12, 1, 7, 0)).DueAt);
    }

    [Fact]
    public void Replay_LogNotStartingWithAStart_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => SlaClock.Replay(new[] { SlaClockEvent.Stopped(Fri1700) }, Catalog));
        Assert.Equal("events", e.ParamName);
        Assert.Throws<ArgumentException>(() => SlaClock.Replay(Array.Empty<SlaClockEvent>(), Catalog));
        Assert.Throws<SlaClockCommandException>(() => SlaClock.Replay(
            new[] { SlaClockEvent.Started(Fri1700, SlaTarget.Within(H(1), "jp-office"), SlaThresholds.None), SlaClockEvent.Resumed(Fri1700) },
            Catalog));
    }

    [Fact]
    public void Explain_ElapsedIsTheSumOfTheCountedSegments()
    {
        SlaClock clock = FourHours(Jst(2026, 11, 27, 16, 30)).Pause(Jst(2026, 11, 27, 17, 0), "awaiting customer").Resume(Jst(2026, 11, 30, 10, 0));
        SlaClockExplanation explanation = clock.Explain(Jst(2026, 11, 30, 11, 0));
        Assert.Equal(H(1.5), explanation.Status.Elapsed);
        Assert.Equal(explanation.Status.Elapsed, explanation.CarriedOver + explanation.Segments.Aggregate(Duration.Zero, (sum, s) => sum + s.WorkingTime));
        Assert.Equal(2, explanation.Segments.Count);
        Assert.Equal("awaiting customer", Assert.Single(explanation.Pauses).Reason);
        Assert.Equal(explanation.Status.DueAt, explanation.Remaining!.Result);
        Assert.Contains("paused", explanation.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameLogAndCalendars_AreEqual_OtherwiseNot()
    {
        SlaClock a = FourHours(Fri1700).Pause(Fri1700 + H(1));
        SlaClock b = FourHours(Fri1700).Pause(Fri1700 + H(1));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, FourHours(Fri1700).Pause(Fri1700 + H(1), "other"));
        Assert.NotEqual(a, FourHours(Fri1700));
    }

    [Fact]
    public void ChangeTarget_WithAProvider_KeepsTheCyclesVersionOnTheSameCalendar_AndResolvesAnotherAtTheChange()
    {
        BusinessCalendar december = BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("08:00-18:00").AddHolidaySet("JP").Build();
        BusinessCalendar alwaysOpenV2 = BusinessCalendar.CreateBuilder("24x7", Tokyo).WithWeekdayHours("00:00-24:00").Build();
        BusinessCalendarCatalog catalog = Catalog.Add(december, Jst(2026, 12, 1, 0, 0)).Add(alwaysOpenV2, Jst(2026, 12, 1, 0, 0));
        SlaClock november = FourHours(Jst(2026, 11, 30, 17, 0));

        SlaClock sameId = november.ChangeTarget(Jst(2026, 12, 1, 8, 0), SlaTarget.Within(H(8), "jp-office"), catalog, SlaTargetChangePolicy.KeepStart);
        Assert.Same(Office, sameId.Calendar);
        SlaClock otherId = november.ChangeTarget(Jst(2026, 12, 1, 8, 0), SlaTarget.Within(H(8), "24x7"), catalog, SlaTargetChangePolicy.KeepStart);
        Assert.Same(alwaysOpenV2, otherId.Calendar);
        Assert.Equal(otherId, SlaClock.Replay(otherId.Events, catalog));
        Assert.Equal(sameId, SlaClock.Replay(sameId.Events, catalog));
    }
}
