using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Calendars;
using Microsoft.FSharp.Core;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class TieredSlaClockTests
{
    // Wednesday 2026-11-18 10:00 JST, an ordinary working day on the office calendar (09:00-18:00).
    private static readonly Instant T10 = Jst(2026, 11, 18, 10, 0);

    [Fact]
    public void Start_BothTiers_RunsTwoClocksOnTheirOwnTargets()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);

        Assert.Equal("medium", c.Priority);
        Assert.Equal(SlaTarget.Within(H(2), "jp-office"), c.Objective!.Target);
        Assert.Equal(SlaTarget.Within(H(4), "jp-office"), c.Agreement!.Target);
        Assert.Same(Office, c.Objective.Calendar);
        Assert.Same(c.Objective, c.Clock(SlaTier.Objective));
        Assert.Same(c.Agreement, c.Clock(SlaTier.Agreement));
        Assert.Equal(T10, c.StartedAt);
        Assert.Equal(T10, c.LastEventAt);
        Assert.True(c.IsActive);

        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 13, 0));
        Assert.Equal(Jst(2026, 11, 18, 13, 0), s.At);
        Assert.Equal(SlaClockState.Breached, s.Objective!.Value.State);
        Assert.Equal(Jst(2026, 11, 18, 12, 0) + Duration.Epsilon, s.Objective.Value.BreachedAt);
        Assert.Equal(SlaClockState.Running, s.Agreement!.Value.State);
        Assert.Equal(Jst(2026, 11, 18, 14, 0), s.Agreement.Value.DueAt);
        Assert.Equal(H(1), s.Agreement.Value.Remaining);
    }

    [Fact]
    public void Start_OneTier_OtherClockAndStatusAreNull()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "low", T10, Catalog);
        Assert.Null(c.Objective);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 17, 0));
        Assert.Null(s.Objective);
        Assert.Equal(Jst(2026, 11, 18, 18, 0), s.Agreement!.Value.DueAt);
    }

    [Fact]
    public void Start_ClocksCarryTheDefinitionsThresholds()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(SlaTargetChangePolicy.KeepStart, SlaThresholds.Default), "medium", T10, Catalog);
        Assert.Equal(SlaThresholds.Default, c.Objective!.Thresholds);
        Assert.Equal(SlaThresholds.Default, c.Agreement!.Thresholds);
    }

    [Fact]
    public void Start_BadArguments_Throw()
    {
        SlaDefinition d = Definition();
        var unknown = Assert.Throws<ArgumentException>(() => TieredSlaClock.Start(d, "urgent", T10, Catalog));
        Assert.Equal("priority", unknown.ParamName);
        Assert.Contains("Known priorities: high, medium, low, watch.", unknown.Message, StringComparison.Ordinal);
        var missing = Assert.Throws<KeyNotFoundException>(() => TieredSlaClock.Start(d, "high", T10, BusinessCalendarCatalog.Of(new[] { Office })));
        Assert.Contains("'24x7'", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => TieredSlaClock.Start(null!, "high", T10, Catalog));
        Assert.Throws<ArgumentNullException>(() => TieredSlaClock.Start(d, null!, T10, Catalog));
        Assert.Throws<ArgumentNullException>(() => TieredSlaClock.Start(d, "high", T10, null!));
    }

    [Fact]
    public void PauseResume_AppliesToBothTiers()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog)
            .Pause(Jst(2026, 11, 18, 11, 0), "awaiting customer");
        TieredSlaStatus paused = c.Evaluate(Jst(2026, 11, 18, 12, 0));
        Assert.Equal(SlaClockState.Paused, paused.Objective!.Value.State);
        Assert.Equal("awaiting customer", paused.Objective.Value.PauseReason);
        Assert.Equal(SlaClockState.Paused, paused.Agreement!.Value.State);
        Assert.Equal("awaiting customer", paused.Agreement.Value.PauseReason);
        Assert.True(c.IsActive);

        TieredSlaClock resumed = c.Resume(Jst(2026, 11, 18, 13, 0));
        TieredSlaStatus s = resumed.Evaluate(Jst(2026, 11, 18, 13, 0));
        Assert.Equal(Jst(2026, 11, 18, 14, 0), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, 16, 0), s.Agreement!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, 13, 0), resumed.LastEventAt);
    }

    [Fact]
    public void Stop_AppliesToBothTiers_EachJudgedOnItsOwnTarget()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog).Stop(Jst(2026, 11, 18, 13, 0));
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 18, 0));
        Assert.Equal(SlaClockState.Breached, s.Objective!.Value.State);
        Assert.Equal(SlaClockState.Met, s.Agreement!.Value.State);
        Assert.Equal(H(3), s.Agreement.Value.Elapsed);
        Assert.False(c.IsActive);
    }

    [Fact]
    public void Cancel_AppliesToBothTiersWithTheReason()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog).Cancel(Jst(2026, 11, 18, 11, 0), "duplicate ticket");
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 12, 0));
        Assert.Equal(SlaClockState.Cancelled, s.Objective!.Value.State);
        Assert.Equal(SlaClockState.Cancelled, s.Agreement!.Value.State);
        Assert.Equal("duplicate ticket", c.Objective!.Events[^1].Reason);
        Assert.Equal("duplicate ticket", c.Agreement!.Events[^1].Reason);
    }

    [Fact]
    public void Command_OutOfOrder_ThrowsAndLeavesTheClockUnchanged()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        var e = Assert.Throws<SlaClockCommandException>(() => c.Resume(Jst(2026, 11, 18, 11, 0)));
        Assert.Equal(SlaClockEventKind.Resumed, e.Command);
        Assert.Throws<SlaClockCommandException>(() => c.Pause(Jst(2026, 11, 18, 9, 0)));
        Assert.Single(c.Objective!.Events);
        Assert.Single(c.Agreement!.Events);
    }

    [Fact]
    public void Reopen_StartsANewCycleOfEachTier()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog)
            .Stop(Jst(2026, 11, 18, 11, 0))
            .Reopen(Jst(2026, 11, 18, 15, 0), Catalog);
        Assert.Equal(2, c.Objective!.CycleNumber);
        Assert.Equal(2, c.Agreement!.CycleNumber);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 15, 0));
        Assert.Equal(Jst(2026, 11, 18, 17, 0), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 19, 10, 0), s.Agreement!.Value.DueAt);
        Assert.Throws<SlaClockCommandException>(() => c.Reopen(Jst(2026, 11, 18, 16, 0), Catalog));
    }

    [Fact]
    public void NextChangeAt_IsTheEarlierOfBothTiers()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        Assert.Equal(Jst(2026, 11, 18, 12, 0) + Duration.Epsilon, c.NextChangeAt(T10));
        Assert.Equal(Jst(2026, 11, 18, 14, 0) + Duration.Epsilon, c.NextChangeAt(Jst(2026, 11, 18, 12, 0) + Duration.Epsilon));
        Assert.Null(c.NextChangeAt(Jst(2026, 11, 18, 14, 0) + Duration.Epsilon));
        Assert.Null(c.Pause(Jst(2026, 11, 18, 11, 0)).NextChangeAt(Jst(2026, 11, 18, 11, 0)));
    }

    [Fact]
    public void NextChangeAt_WithThresholds_InterleavesBothTiersAndEqualsTheMinimumEverywhere()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(SlaTargetChangePolicy.KeepStart, SlaThresholds.Default), "medium", T10, Catalog);

        // Objective 2 h: 50 % 11:00, 75 % 11:30, 90 % 11:48, breach 12:00+; agreement 4 h: 50 % 12:00, 75 % 13:00, 90 % 13:36, breach 14:00+.
        var expected = new[]
        {
            Jst(2026, 11, 18, 11, 0), Jst(2026, 11, 18, 11, 30), Jst(2026, 11, 18, 11, 48), Jst(2026, 11, 18, 12, 0),
            Jst(2026, 11, 18, 12, 0) + Duration.Epsilon, Jst(2026, 11, 18, 13, 0), Jst(2026, 11, 18, 13, 36), Jst(2026, 11, 18, 14, 0) + Duration.Epsilon,
        };
        var actual = new List<Instant>();
        Instant now = T10;
        while (c.NextChangeAt(now) is { } next)
        {
            actual.Add(next);
            now = next;
        }

        Assert.Equal(expected, actual);
        for (Instant t = T10; t < Jst(2026, 11, 18, 15, 0); t += M(7))
        {
            Assert.Equal(Min(c.Objective!.NextChangeAt(t), c.Agreement!.NextChangeAt(t)), c.NextChangeAt(t));
        }
    }

    [Fact]
    public void ChangePriority_KeepStart_MovesBothTiersOntoTheNewCalendar()
    {
        // medium (office 2 h / 4 h) raised to high (24x7 1 h / 2 h) at 10:30: 30 min counted; KeepStart keeps it.
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog).ChangePriority(Jst(2026, 11, 18, 10, 30), "high", Catalog);
        Assert.Equal("high", c.Priority);
        Assert.Same(AlwaysOpen, c.Objective!.Calendar);
        Assert.Same(AlwaysOpen, c.Agreement!.Calendar);
        Assert.Equal(SlaTargetChangePolicy.KeepStart, c.Objective.Events[^1].Policy);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 10, 30));
        Assert.Equal(M(30), s.Objective!.Value.Elapsed);
        Assert.Equal(Jst(2026, 11, 18, 11, 0), s.Objective.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, 12, 0), s.Agreement!.Value.DueAt);
    }

    [Theory]
    [InlineData(SlaTargetChangePolicy.KeepStart, 11, 0, 12, 0)]
    [InlineData(SlaTargetChangePolicy.Restart, 12, 0, 13, 0)]
    [InlineData(SlaTargetChangePolicy.KeepPercentConsumed, 11, 30, 12, 30)]
    public void ChangePriority_EachPolicy_AppliesToEachTier(SlaTargetChangePolicy policy, int objectiveHour, int objectiveMinute, int agreementHour, int agreementMinute)
    {
        // medium -> high at 11:00 after 1 h: objective 1 h of 2 h (50 %), agreement 1 h of 4 h (25 %).
        // KeepStart: objective 1 h of 1 h (due now, 11:00), agreement 1 h of 2 h; Restart: 1 h and 2 h from 11:00;
        // KeepPercentConsumed: 30 min of 1 h and 30 min of 2 h.
        TieredSlaClock c = TieredSlaClock.Start(Definition(policy), "medium", T10, Catalog).ChangePriority(Jst(2026, 11, 18, 11, 0), "high", Catalog);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 11, 0));
        Assert.Equal(Jst(2026, 11, 18, objectiveHour, objectiveMinute), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, agreementHour, agreementMinute), s.Agreement!.Value.DueAt);
        Assert.Equal(policy, c.Agreement!.Events[^1].Policy);
    }

    [Fact]
    public void ChangePriority_TierTheNewPriorityLacks_IsCancelledWithAReason()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog).ChangePriority(Jst(2026, 11, 18, 11, 0), "low", Catalog);
        Assert.Equal(SlaClockEventKind.Cancelled, c.Objective!.Events[^1].Kind);
        Assert.Equal("Priority changed from 'medium' to 'low', which has no objective.", c.Objective.Events[^1].Reason);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 12, 0));
        Assert.Equal(SlaClockState.Cancelled, s.Objective!.Value.State);
        Assert.Equal(Jst(2026, 11, 18, 18, 0), s.Agreement!.Value.DueAt);

        // Commands now reach only the current priority's tier; the cancelled objective keeps its log.
        TieredSlaClock stopped = c.Stop(Jst(2026, 11, 18, 12, 0));
        Assert.Same(c.Objective, stopped.Objective);
        Assert.Equal(SlaClockState.Met, stopped.Evaluate(Jst(2026, 11, 18, 12, 0)).Agreement!.Value.State);
    }

    [Fact]
    public void ChangePriority_TierTheNewPriorityAdds_StartsAtTheChange()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "low", T10, Catalog).ChangePriority(Jst(2026, 11, 18, 11, 0), "medium", Catalog);
        Assert.Equal(Jst(2026, 11, 18, 11, 0), c.Objective!.StartedAt);
        Assert.Equal(T10, c.StartedAt);
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 11, 0));
        Assert.Equal(Jst(2026, 11, 18, 13, 0), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, 14, 0), s.Agreement!.Value.DueAt);

        // Before the objective existed its status is null.
        Assert.Null(c.Evaluate(Jst(2026, 11, 18, 10, 30)).Objective);
        Assert.Equal(M(30), c.Evaluate(Jst(2026, 11, 18, 10, 30)).Agreement!.Value.Elapsed);
        // At 10:30 the agreement still had low's 8 h (due 18:00, when the office closes): the overrun begins Thursday 09:00.
        Assert.Equal(Jst(2026, 11, 19, 9, 0) + Duration.Epsilon, c.NextChangeAt(Jst(2026, 11, 18, 10, 30)));
    }

    [Fact]
    public void ChangePriority_TierAddedWhilePaused_StartsPausedWithTheSameReason()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "low", T10, Catalog)
            .Pause(Jst(2026, 11, 18, 10, 30), "awaiting customer")
            .ChangePriority(Jst(2026, 11, 18, 11, 0), "medium", Catalog);
        TieredSlaStatus paused = c.Evaluate(Jst(2026, 11, 18, 11, 30));
        Assert.Equal(SlaClockState.Paused, paused.Objective!.Value.State);
        Assert.Equal("awaiting customer", paused.Objective.Value.PauseReason);
        Assert.Equal(Duration.Zero, paused.Objective.Value.Elapsed);

        TieredSlaStatus s = c.Resume(Jst(2026, 11, 18, 12, 0)).Evaluate(Jst(2026, 11, 18, 12, 0));
        Assert.Equal(Jst(2026, 11, 18, 14, 0), s.Objective!.Value.DueAt);
        Assert.Equal(Jst(2026, 11, 18, 15, 30), s.Agreement!.Value.DueAt);
    }

    [Fact]
    public void ChangePriority_TierComingBack_ReopensItsCancelledClock()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog)
            .ChangePriority(Jst(2026, 11, 18, 11, 0), "low", Catalog)
            .ChangePriority(Jst(2026, 11, 18, 12, 0), "medium", Catalog);
        Assert.Equal(2, c.Objective!.CycleNumber);
        Assert.Equal(
            new[] { SlaClockEventKind.Started, SlaClockEventKind.Cancelled, SlaClockEventKind.Started },
            c.Objective.Events.Select(e => e.Kind).ToArray());
        Assert.Equal(Jst(2026, 11, 18, 14, 0), c.Evaluate(Jst(2026, 11, 18, 12, 0)).Objective!.Value.DueAt);
        Assert.Equal(SlaClockState.Cancelled, c.Objective.Cycles[0].Outcome);
    }

    [Fact]
    public void ChangePriority_SamePriority_ReturnsTheSameClock()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(SlaTargetChangePolicy.Restart), "medium", T10, Catalog);
        Assert.Same(c, c.ChangePriority(Jst(2026, 11, 18, 11, 0), "medium", Catalog));
    }

    [Fact]
    public void ChangePriority_Refusals_NameTheReason()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        var early = Assert.Throws<SlaClockCommandException>(() => c.Pause(Jst(2026, 11, 18, 11, 0)).ChangePriority(Jst(2026, 11, 18, 10, 30), "high", Catalog));
        Assert.Equal(SlaClockEventKind.TargetChanged, early.Command);
        Assert.Equal(SlaClockState.Paused, early.State);
        Assert.Equal($"it is earlier than the last event at {Jst(2026, 11, 18, 11, 0)}", early.Reason);

        var ended = Assert.Throws<SlaClockCommandException>(() => c.Stop(Jst(2026, 11, 18, 11, 0)).ChangePriority(Jst(2026, 11, 18, 12, 0), "high", Catalog));
        Assert.Equal("the measurement has ended; reopen it first", ended.Reason);
        Assert.Equal(SlaClockState.Met, ended.State);

        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => c.ChangePriority(Jst(2026, 11, 18, 11, 0), "urgent", Catalog)).ParamName);
        Assert.Throws<ArgumentNullException>(() => c.ChangePriority(Jst(2026, 11, 18, 11, 0), null!, Catalog));
        Assert.Throws<ArgumentNullException>(() => c.ChangePriority(Jst(2026, 11, 18, 11, 0), "high", null!));
    }

    [Fact]
    public void ChangePriority_OnTheSameCalendar_KeepsTheCalendarVersionTheClockUses()
    {
        // A newer office version (08:00-20:00) applies from 12:00; a change at 13:00 stays on jp-office, so the
        // clock keeps the version it started on, exactly as SlaClock.Replay resolves it.
        BusinessCalendar longer = BusinessCalendar.CreateBuilder("jp-office", Tokyo).WithWeekdayHours("08:00-20:00").AddHolidaySet("JP").Build();
        BusinessCalendarCatalog versions = Catalog.Add(longer, Jst(2026, 11, 18, 12, 0));
        SlaDefinition d = SlaDefinition.CreateBuilder("d", SlaMetric.Resolution)
            .WithPriority("a", SlaTarget.Within(H(2), "jp-office"), null)
            .WithPriority("b", SlaTarget.Within(H(6), "jp-office"), null)
            .WithPriority("c", SlaTarget.Within(H(6), "jp-office"), SlaTarget.Within(H(9), "jp-office"))
            .Build();

        TieredSlaClock c = TieredSlaClock.Start(d, "a", T10, versions).ChangePriority(Jst(2026, 11, 18, 13, 0), "b", versions);
        Assert.Same(Office, c.Objective!.Calendar);
        Assert.Equal(Jst(2026, 11, 18, 16, 0), c.Evaluate(Jst(2026, 11, 18, 13, 0)).Objective!.Value.DueAt);

        // A tier that starts at a change gets the version in force then.
        TieredSlaClock added = c.ChangePriority(Jst(2026, 11, 18, 14, 0), "c", versions);
        Assert.Same(longer, added.Agreement!.Calendar);
        Assert.Equal(Jst(2026, 11, 19, 11, 0), added.Evaluate(Jst(2026, 11, 18, 14, 0)).Agreement!.Value.DueAt);

        Assert.Equal(added.Objective, SlaClock.Replay(added.Objective!.Events, versions));
        Assert.Equal(added.Agreement, SlaClock.Replay(added.Agreement.Events, versions));
    }

    [Fact]
    public void Restore_ReplayedLogs_GiveAnEqualTieredClock()
    {
        TieredSlaClock live = TieredSlaClock.Start(Definition(), "medium", T10, Catalog)
            .Pause(Jst(2026, 11, 18, 10, 30), "awaiting customer")
            .Resume(Jst(2026, 11, 18, 11, 0))
            .ChangePriority(Jst(2026, 11, 18, 11, 30), "low", Catalog);
        TieredSlaClock restored = TieredSlaClock.Restore(
            Definition(),
            "low",
            SlaClockJson.ReadClock(live.Objective!.ToJson(), Catalog),
            SlaClock.Replay(live.Agreement!.Events, Catalog));
        Assert.Equal(live, restored);
        Assert.Equal(live.GetHashCode(), restored.GetHashCode());
        Assert.Equal(live.Evaluate(Jst(2026, 11, 18, 15, 0)), restored.Evaluate(Jst(2026, 11, 18, 15, 0)));
    }

    [Fact]
    public void Restore_InconsistentClocks_ReportsEveryProblem()
    {
        SlaDefinition d = Definition();
        SlaClock officeTwo = SlaClock.Start(SlaTarget.Within(H(2), "jp-office"), Office, T10);
        SlaClock officeFour = SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, T10);
        SlaClock officeEight = SlaClock.Start(SlaTarget.Within(H(8), "jp-office"), Office, T10);

        var missing = Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(d, "medium", null, officeFour));
        Assert.Equal("objective", missing.ParamName);
        Assert.Equal(
            "The clocks do not fit priority 'medium' of SLA definition 'resolution': The objective clock is missing; the priority has an objective (0:02:00:00 working time on 'jp-office'). (Parameter 'objective')",
            missing.Message);

        var wrong = Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(d, "medium", officeTwo, officeEight));
        Assert.Equal("agreement", wrong.ParamName);
        Assert.Contains("The agreement clock measures 0:08:00:00 working time on 'jp-office' but the priority's agreement is 0:04:00:00 working time on 'jp-office'.", wrong.Message, StringComparison.Ordinal);

        var active = Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(d, "low", officeTwo, officeEight));
        Assert.Contains("The objective clock is active but the priority has no objective.", active.Message, StringComparison.Ordinal);

        var step = Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(d, "medium", officeTwo.Stop(T10 + M(5)), officeFour));
        Assert.Contains("The objective and agreement clocks must both be active or both ended.", step.Message, StringComparison.Ordinal);

        var thresholds = Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(
            d, "medium", officeTwo, SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, T10, SlaThresholds.Default)));
        Assert.Contains("The agreement clock has thresholds 50 %, 75 %, 90 % but the definition has none.", thresholds.Message, StringComparison.Ordinal);

        Assert.Equal("priority", Assert.Throws<ArgumentException>(() => TieredSlaClock.Restore(d, "urgent", officeTwo, officeFour)).ParamName);
        Assert.Throws<ArgumentNullException>(() => TieredSlaClock.Restore(null!, "medium", officeTwo, officeFour));
    }

    [Fact]
    public void Evaluate_BeforeTheStart_Throws()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => c.Evaluate(T10 - Duration.Epsilon)).ParamName);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => c.NextChangeAt(T10 - Duration.Epsilon)).ParamName);
    }

    [Fact]
    public void Evaluate_BeforeALaterCommand_AnswersByReplay()
    {
        TieredSlaClock c = TieredSlaClock.Start(Definition(), "medium", T10, Catalog).Stop(Jst(2026, 11, 18, 11, 0));
        TieredSlaStatus s = c.Evaluate(Jst(2026, 11, 18, 10, 45));
        Assert.Equal(SlaClockState.Running, s.Objective!.Value.State);
        Assert.Equal(M(45), s.Agreement!.Value.Elapsed);
    }

    [Fact]
    public void Equals_AndToString()
    {
        TieredSlaClock a = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        TieredSlaClock b = TieredSlaClock.Start(Definition(), "medium", T10, Catalog);
        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.NotEqual(a, a.Pause(Jst(2026, 11, 18, 11, 0)));
        Assert.NotEqual(a, TieredSlaClock.Start(Definition(), "high", T10, Catalog));
        Assert.False(a.Equals(null));
        Assert.Equal(
            "Tiered SLA clock: 'resolution' priority 'low', objective none, agreement 0:08:00:00 working time on 'jp-office'",
            TieredSlaClock.Start(Definition(), "low", T10, Catalog).ToString());
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => a.Clock((SlaTier)5)).ParamName);
    }

    [Fact]
    public void Evaluate_RandomCommands_EqualsTheTwoClocksRunSeparately()
    {
        // Property: a tiered clock is exactly its two clocks: for random targets, start instants, pauses and
        // evaluation instants, each tier's status and NextChangeAt equal those of a plain SlaClock given the same commands.
        Gen<(int Start, int ObjectiveMinutes, int ExtraMinutes, int PauseAfter, int PauseFor, int[] Probes)> scenarios =
            from start in Gen.Choose(0, 14 * 24 * 60)
            from objective in Gen.Choose(1, 16 * 60)
            from extra in Gen.Choose(0, 16 * 60)
            from pauseAfter in Gen.Choose(0, 24 * 60)
            from pauseFor in Gen.Choose(0, 72 * 60)
            from probes in Gen.ArrayOf(Gen.Choose(0, 6 * 24 * 60), 8)
            select (start, objective, extra, pauseAfter, pauseFor, probes);
        Config config = Config.QuickThrowOnFailure
            .WithMaxTest(200)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20261118UL), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(Arb.From(scenarios), s =>
        {
            SlaTarget objective = SlaTarget.Within(M(s.ObjectiveMinutes), "jp-office");
            SlaTarget agreement = SlaTarget.Within(M(s.ObjectiveMinutes + s.ExtraMinutes), "jp-office");
            SlaDefinition d = SlaDefinition.CreateBuilder("p", SlaMetric.Resolution).WithThresholds(SlaThresholds.Of(50m, 80m))
                .WithPriority("p", objective, agreement).Build();
            Instant start = Jst(2026, 11, 16, 0, 0) + M(s.Start);
            Instant pause = start + M(s.PauseAfter);
            Instant resume = pause + M(s.PauseFor);
            TieredSlaClock tiered = TieredSlaClock.Start(d, "p", start, Catalog).Pause(pause, "hold").Resume(resume);
            SlaClock o = SlaClock.Start(objective, Office, start, d.Thresholds).Pause(pause, "hold").Resume(resume);
            SlaClock a = SlaClock.Start(agreement, Office, start, d.Thresholds).Pause(pause, "hold").Resume(resume);
            foreach (int probe in s.Probes)
            {
                Instant now = start + M(probe);
                TieredSlaStatus status = tiered.Evaluate(now);
                Assert.Equal(o.Evaluate(now), status.Objective);
                Assert.Equal(a.Evaluate(now), status.Agreement);
                Assert.Equal(Min(o.NextChangeAt(now), a.NextChangeAt(now)), tiered.NextChangeAt(now));
            }
        }));
    }

    private static Instant? Min(Instant? a, Instant? b) => a is null ? b : b is null ? a : Instant.Min(a.Value, b.Value);

    /// <summary>
    /// high: objective 1 h / agreement 2 h on 24x7; medium: 2 h / 4 h on the office calendar; low: agreement 8 h only;
    /// watch: objective 8 h only.
    /// </summary>
    private static SlaDefinition Definition(SlaTargetChangePolicy policy = SlaTargetChangePolicy.KeepStart, SlaThresholds? thresholds = null) =>
        SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
            .WithTargetChangePolicy(policy)
            .WithThresholds(thresholds ?? SlaThresholds.None)
            .WithPriority("high", SlaTarget.Within(H(1), "24x7"), SlaTarget.Within(H(2), "24x7"))
            .WithPriority("medium", SlaTarget.Within(H(2), "jp-office"), SlaTarget.Within(H(4), "jp-office"))
            .WithPriority("low", null, SlaTarget.Within(H(8), "jp-office"))
            .WithPriority("watch", SlaTarget.Within(H(8), "jp-office"), null)
            .Build();
}
