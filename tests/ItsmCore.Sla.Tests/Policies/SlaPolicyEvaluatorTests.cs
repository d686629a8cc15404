using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;
using static ItsmCore.Sla.Tests.Policies.HostPolicy;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

public sealed class SlaPolicyEvaluatorTests
{
    // The week of Monday 2026-11-16 has no Japanese holiday (the next one is Monday 23 November).
    private static readonly Instant Mon0900 = Jst(2026, 11, 16, 9);
    private static readonly Instant Mon1000 = Jst(2026, 11, 16, 10);
    private static readonly Instant Mon1100 = Jst(2026, 11, 16, 11);
    private static readonly Instant Mon1200 = Jst(2026, 11, 16, 12);

    private static readonly SlaPolicyEvaluator<HostTicket> Evaluator = HostPolicy.Evaluator();

    [Fact]
    public void Evaluate_ServiceDeskTicketLifecycle_IssuesEachCommandAndMeasuresOnTheOfficeCalendar()
    {
        // Service desk targets high 2 h, medium 4 h, low 8 h (domain brief case 5) on Mon-Fri 09:00-18:00 Tokyo.
        // 1. Monday 09:00: logged, not yet accepted: the clock does not start.
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("New"), Mon0900);
        Assert.Empty(r.Commands);
        Assert.Null(r.Clock);
        Assert.Null(r.Status);

        // 2. Monday 10:00: accepted at low priority: 8 working hours, due Monday 18:00.
        r = r.Next(Ticket("Open"), Mon1000);
        AssertCommands(r, (SlaPolicyAction.Start, Started(Mon1000, Low)));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Running, 1, H(8), Duration.Zero), (s.State, s.Cycle, s.Target, s.Elapsed));
        Assert.Equal(Jst(2026, 11, 16, 18), s.DueAt);

        // 3. Monday 13:00: waiting on the customer: paused with the reason after 3 working hours.
        r = r.Next(Ticket("WaitingOnCustomer"), Jst(2026, 11, 16, 13));
        AssertCommands(r, (SlaPolicyAction.Pause, SlaClockEvent.Paused(Jst(2026, 11, 16, 13), AwaitingCustomer)));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Paused, true, AwaitingCustomer, H(3), (Instant?)null, 0), (s.State, s.IsPaused, s.PauseReason, s.Elapsed, s.DueAt, s.ThresholdsCrossed));

        // 4. Tuesday 10:00: the customer answered: resumed; the 6 working hours of the pause do not count, due Tuesday 15:00.
        r = r.Next(Ticket("Open"), Jst(2026, 11, 17, 10));
        AssertCommands(r, (SlaPolicyAction.Resume, SlaClockEvent.Resumed(Jst(2026, 11, 17, 10))));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Running, H(3), H(5)), (s.State, s.Elapsed, s.Remaining));
        Assert.Equal(Jst(2026, 11, 17, 15), s.DueAt);

        // 5. Tuesday 10:30: priority raised to medium (4 h), measured from the original start (KeepStart):
        //    3.5 h of 4 h consumed, the 50 % and 75 % warnings crossed, due Tuesday 11:00.
        r = r.Next(Ticket("Open", "Medium"), Jst(2026, 11, 17, 10, 30));
        AssertCommands(r, (SlaPolicyAction.ChangeTarget, SlaClockEvent.TargetChanged(Jst(2026, 11, 17, 10, 30), Medium, SlaTargetChangePolicy.KeepStart)));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Running, H(4), H(3.5), M(30), 2), (s.State, s.Target, s.Elapsed, s.Remaining, s.ThresholdsCrossed));
        Assert.Equal(87.5, s.PercentConsumed);
        Assert.Equal(Jst(2026, 11, 17, 11), s.DueAt);

        // 6. Tuesday 10:45: resolved within target: met after 3 h 45 min (93.75 %: all three warnings crossed).
        r = r.Next(Ticket("Resolved", "Medium"), Jst(2026, 11, 17, 10, 45));
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Jst(2026, 11, 17, 10, 45))));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Met, false, H(3.75), (Instant?)null, (Instant?)null, 3), (s.State, s.IsActive, s.Elapsed, s.DueAt, s.BreachedAt, s.ThresholdsCrossed));

        // 7. Wednesday 09:00: the customer reopens it: a new cycle at the current (medium) target, due Wednesday 13:00.
        r = r.Next(Ticket("Open", "Medium"), Jst(2026, 11, 18, 9));
        AssertCommands(r, (SlaPolicyAction.Reopen, Started(Jst(2026, 11, 18, 9), Medium)));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Running, 2, Duration.Zero), (s.State, s.Cycle, s.Elapsed));
        Assert.Equal(Jst(2026, 11, 18, 13), s.DueAt);

        // 8. Wednesday 14:00: closed an hour late: breached 1 ns after 13:00, 5 h elapsed, 1 h over.
        r = r.Next(Ticket("Closed", "Medium"), Jst(2026, 11, 18, 14));
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Jst(2026, 11, 18, 14))));
        s = r.Status!.Value;
        Assert.Equal((SlaClockState.Breached, false, 2, H(5), -H(1)), (s.State, s.IsActive, s.Cycle, s.Elapsed, s.Remaining));
        Assert.Equal(Jst(2026, 11, 18, 13) + Duration.Epsilon, s.BreachedAt);

        SlaClock clock = r.Clock!;
        Assert.Equal(
            new[]
            {
                Started(Mon1000, Low),
                SlaClockEvent.Paused(Jst(2026, 11, 16, 13), AwaitingCustomer),
                SlaClockEvent.Resumed(Jst(2026, 11, 17, 10)),
                SlaClockEvent.TargetChanged(Jst(2026, 11, 17, 10, 30), Medium, SlaTargetChangePolicy.KeepStart),
                SlaClockEvent.Stopped(Jst(2026, 11, 17, 10, 45)),
                Started(Jst(2026, 11, 18, 9), Medium),
                SlaClockEvent.Stopped(Jst(2026, 11, 18, 14)),
            },
            clock.Events);
        Assert.Equal(new SlaClockState?[] { SlaClockState.Met, SlaClockState.Breached }, clock.Cycles.Select(c => c.Outcome));
        Assert.Equal(new[] { H(3.75), H(5) }, clock.Cycles.Select(c => c.Elapsed));
        Assert.Equal(clock, SlaClock.Replay(clock.Events, Catalog));
    }

    [Fact]
    public void Evaluate_EachLifecycleSnapshotFedTwice_SecondIssuesNothingAndKeepsTheClock()
    {
        (HostTicket Ticket, Instant At)[] history =
        {
            (Ticket("New"), Mon0900),
            (Ticket("Open"), Mon1000),
            (Ticket("WaitingOnCustomer"), Jst(2026, 11, 16, 13)),
            (Ticket("Open"), Jst(2026, 11, 17, 10)),
            (Ticket("Open", "Medium"), Jst(2026, 11, 17, 10, 30)),
            (Ticket("Resolved", "Medium"), Jst(2026, 11, 17, 10, 45)),
            (Ticket("Open", "Medium"), Jst(2026, 11, 18, 9)),
            (Ticket("Closed", "Medium"), Jst(2026, 11, 18, 14)),
            (Ticket("Withdrawn", "Medium", "Network"), Jst(2026, 11, 18, 15)),
        };
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, history[0].Ticket, history[0].At);
        int issued = 0;
        foreach ((HostTicket ticket, Instant at) in history.Skip(1))
        {
            r = r.Next(ticket, at);
            issued += r.Commands.Count;
            SlaPolicyResult<HostTicket> again = r.Next(ticket, at);
            Assert.True(again.IsUnchanged, $"{ticket} at {at} again: {again}");
            Assert.Same(r.Clock, again.Clock);
            SlaPolicyResult<HostTicket> later = r.Next(ticket, at + Duration.FromHours(30));
            Assert.True(later.IsUnchanged, $"{ticket} 30 h later: {later}");
        }

        Assert.Equal(7, issued);
    }

    // Precedence, highest first: cancel > stop > reset > target change > pause/resume.

    [Fact]
    public void Evaluate_CancelAndStopBothHold_CancelsOnly()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved", "Low", "Spam"), Mon1100);
        AssertCommands(r, (SlaPolicyAction.Cancel, SlaClockEvent.Cancelled(Mon1100, Spam)));
        Assert.Equal(SlaClockState.Cancelled, r.Status!.Value.State);
    }

    [Fact]
    public void Evaluate_FirstMatchingCancelRule_GivesTheReason()
    {
        // Both cancel rules match; the one declared first (withdrawn) supplies the reason.
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Withdrawn", "Low", "Spam"), Mon1100);
        AssertCommands(r, (SlaPolicyAction.Cancel, SlaClockEvent.Cancelled(Mon1100, Withdrawn)));
    }

    [Fact]
    public void Evaluate_StopAndResetBothHold_StopsOnly()
    {
        // Resolved and moved to another queue at the same instant: the measurement is over, nothing is restarted.
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved", "High", "Network"), Mon1100);
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Mon1100)));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Met, 1, H(1), H(8)), (s.State, s.Cycle, s.Elapsed, s.Target));
    }

    [Fact]
    public void Evaluate_StopAndTargetChangeBothHold_StopsOnTheOldTarget()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved", "High"), Jst(2026, 11, 16, 13));
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Jst(2026, 11, 16, 13))));
        Assert.Equal((SlaClockState.Met, H(8)), (r.Status!.Value.State, r.Status!.Value.Target));
    }

    [Fact]
    public void Evaluate_ResetAndTargetChangeBothHold_ResetsOntoTheNewTarget()
    {
        // Reassigned to the network team and raised to high: the desk's cycle is cancelled, the network team's 2 h starts now.
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Open", "High", "Network"), Mon1100);
        AssertCommands(
            r,
            (SlaPolicyAction.Reset, SlaClockEvent.Cancelled(Mon1100, Reassigned)),
            (SlaPolicyAction.Reset, Started(Mon1100, High)));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Running, 2, H(2), Duration.Zero), (s.State, s.Cycle, s.Target, s.Elapsed));
        Assert.Equal(Jst(2026, 11, 16, 13), s.DueAt);
        SlaCycle first = r.Clock!.Cycles[0];
        Assert.Equal((SlaClockState.Cancelled, H(1), (Instant?)Mon1100), (first.Outcome!.Value, first.Elapsed, first.EndedAt));
    }

    [Fact]
    public void Evaluate_ResetWhilePausedAndStillWaiting_StartsTheNewCyclePaused()
    {
        SlaPolicyResult<HostTicket> r = Accepted()
            .Next(Ticket("WaitingOnCustomer"), Mon1100)
            .Next(Ticket("WaitingOnCustomer", "Low", "Network"), Mon1200);
        AssertCommands(
            r,
            (SlaPolicyAction.Reset, SlaClockEvent.Cancelled(Mon1200, Reassigned)),
            (SlaPolicyAction.Reset, Started(Mon1200, Low)),
            (SlaPolicyAction.Pause, SlaClockEvent.Paused(Mon1200, AwaitingCustomer)));
        Assert.Equal((SlaClockState.Paused, 2, Duration.Zero), (r.Status!.Value.State, r.Status!.Value.Cycle, r.Status!.Value.Elapsed));
    }

    [Fact]
    public void Evaluate_ResetWhenTheStartConditionNoLongerHolds_CancelsAndReopensWhenItHoldsAgain()
    {
        // Sent back to triage in another queue: the cycle is cancelled; it starts again when the network team accepts it.
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("New", "Low", "Network"), Mon1100);
        AssertCommands(r, (SlaPolicyAction.Reset, SlaClockEvent.Cancelled(Mon1100, Reassigned)));
        Assert.Equal(SlaClockState.Cancelled, r.Status!.Value.State);

        r = r.Next(Ticket("Open", "Low", "Network"), Mon1200);
        AssertCommands(r, (SlaPolicyAction.Reopen, Started(Mon1200, Low)));
        Assert.Equal((SlaClockState.Running, 2), (r.Status!.Value.State, r.Status!.Value.Cycle));
    }

    [Fact]
    public void Evaluate_QueueChangesAfterTheStop_DoesNotReset()
    {
        SlaPolicyResult<HostTicket> stopped = Accepted().Next(Ticket("Resolved"), Mon1100);
        SlaPolicyResult<HostTicket> r = stopped.Next(Ticket("Resolved", "Low", "Network"), Mon1200);
        Assert.True(r.IsUnchanged);
        Assert.Same(stopped.Clock, r.Clock);
    }

    [Fact]
    public void Evaluate_TargetChangeAndPauseBothHold_ChangesTargetThenPauses()
    {
        // 1 h elapsed of low's 8 h; raised to high (2 h, keep start) and waiting on the customer at 11:00.
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("WaitingOnCustomer", "High"), Mon1100);
        AssertCommands(
            r,
            (SlaPolicyAction.ChangeTarget, SlaClockEvent.TargetChanged(Mon1100, High, SlaTargetChangePolicy.KeepStart)),
            (SlaPolicyAction.Pause, SlaClockEvent.Paused(Mon1100, AwaitingCustomer)));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Paused, H(2), H(1), 1), (s.State, s.Target, s.Elapsed, s.ThresholdsCrossed));
    }

    [Fact]
    public void Evaluate_TargetChangeAndResumeBothHold_ChangesTargetThenResumes()
    {
        SlaPolicyResult<HostTicket> r = Accepted()
            .Next(Ticket("WaitingOnCustomer"), Mon1100)
            .Next(Ticket("Open", "Medium"), Jst(2026, 11, 17, 9));
        AssertCommands(
            r,
            (SlaPolicyAction.ChangeTarget, SlaClockEvent.TargetChanged(Jst(2026, 11, 17, 9), Medium, SlaTargetChangePolicy.KeepStart)),
            (SlaPolicyAction.Resume, SlaClockEvent.Resumed(Jst(2026, 11, 17, 9))));
        Assert.Equal(Jst(2026, 11, 17, 12), r.Status!.Value.DueAt);
    }

    [Theory]
    [InlineData(SlaTargetChangePolicy.KeepStart, 3.5, 5)] // 0.5 h left: 14:00
    [InlineData(SlaTargetChangePolicy.Restart, 0, 8.5)] // 4 h from 13:30: 17:30
    [InlineData(SlaTargetChangePolicy.KeepPercentConsumed, 1.75, 6.75)] // 43.75 % of 4 h consumed, 2.25 h left: 15:45
    public void Evaluate_PriorityRaised_AppliesThePolicysTargetChangePolicy(SlaTargetChangePolicy policy, double elapsedHours, double dueHoursAfterMonday0900)
    {
        // Accepted Monday 10:00 at low (8 h); raised to medium (4 h) at 13:30 with 3.5 h elapsed.
        SlaPolicyEvaluator<HostTicket> evaluator = HostPolicy.Evaluator(policy);
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(null, Ticket("Open"), Mon1000).Next(Ticket("Open", "Medium"), Jst(2026, 11, 16, 13, 30));
        AssertCommands(r, (SlaPolicyAction.ChangeTarget, SlaClockEvent.TargetChanged(Jst(2026, 11, 16, 13, 30), Medium, policy)));
        Assert.Equal(H(elapsedHours), r.Status!.Value.Elapsed);
        Assert.Equal(Mon0900.Plus(H(dueHoursAfterMonday0900)), r.Status!.Value.DueAt);
    }

    [Fact]
    public void Evaluate_FirstSnapshotAlreadyResolved_StartsAndStopsAtTheSameInstant()
    {
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("Resolved"), Mon1000);
        AssertCommands(r, (SlaPolicyAction.Start, Started(Mon1000, Low)), (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Mon1000)));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Met, false, Duration.Zero), (s.State, s.IsActive, s.Elapsed));
    }

    [Fact]
    public void Evaluate_FirstSnapshotAlreadyWithdrawn_StartsAndCancelsAtTheSameInstant()
    {
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("Withdrawn"), Mon1000);
        AssertCommands(r, (SlaPolicyAction.Start, Started(Mon1000, Low)), (SlaPolicyAction.Cancel, SlaClockEvent.Cancelled(Mon1000, Withdrawn)));
        Assert.Equal(SlaClockState.Cancelled, r.Status!.Value.State);
    }

    [Fact]
    public void Evaluate_FirstSnapshotAlreadyWaiting_StartsPaused()
    {
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("WaitingOnCustomer", "High"), Mon1000);
        AssertCommands(r, (SlaPolicyAction.Start, Started(Mon1000, High)), (SlaPolicyAction.Pause, SlaClockEvent.Paused(Mon1000, AwaitingCustomer)));
        Assert.Equal((SlaClockState.Paused, (Instant?)null), (r.Status!.Value.State, r.Status!.Value.DueAt));
    }

    [Fact]
    public void Evaluate_StartConditionFalse_IssuesNothingWhateverElseHolds()
    {
        // Not accepted yet, though in the spam queue: nothing to cancel, no clock.
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("New", "High", "Spam"), Mon1000);
        Assert.True(r.IsUnchanged);
        Assert.Null(r.Clock);
    }

    [Fact]
    public void Evaluate_CancelWhilePaused_CancelsWithoutResuming()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("WaitingOnCustomer"), Mon1100).Next(Ticket("Withdrawn"), Mon1200);
        AssertCommands(r, (SlaPolicyAction.Cancel, SlaClockEvent.Cancelled(Mon1200, Withdrawn)));
        Assert.Equal(H(1), r.Status!.Value.Elapsed);
    }

    [Fact]
    public void Evaluate_StopWhilePaused_StopsWithoutResuming()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("WaitingOnCustomer"), Mon1100).Next(Ticket("Resolved"), Jst(2026, 11, 17, 12));
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Jst(2026, 11, 17, 12))));
        Assert.Equal((SlaClockState.Met, H(1)), (r.Status!.Value.State, r.Status!.Value.Elapsed));
    }

    [Fact]
    public void Evaluate_WithdrawnAfterTheStop_KeepsTheOutcome()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved"), Mon1100).Next(Ticket("Withdrawn"), Mon1200);
        Assert.True(r.IsUnchanged);
        Assert.Equal(SlaClockState.Met, r.Status!.Value.State);
    }

    [Fact]
    public void Evaluate_NoLongerWithdrawn_ReopensANewCycle()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Withdrawn"), Mon1100).Next(Ticket("Open", "High"), Mon1200);
        AssertCommands(r, (SlaPolicyAction.Reopen, Started(Mon1200, High)));
        Assert.Equal((SlaClockState.Running, 2, H(2)), (r.Status!.Value.State, r.Status!.Value.Cycle, r.Status!.Value.Target));
    }

    [Fact]
    public void Evaluate_ReopenedIntoWaiting_ReopensPaused()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved"), Mon1100).Next(Ticket("WaitingOnCustomer"), Mon1200);
        AssertCommands(r, (SlaPolicyAction.Reopen, Started(Mon1200, Low)), (SlaPolicyAction.Pause, SlaClockEvent.Paused(Mon1200, AwaitingCustomer)));
    }

    [Fact]
    public void Evaluate_StopLiftedButStartConditionFalse_StaysStoppedUntilItHolds()
    {
        SlaPolicyResult<HostTicket> r = Accepted().Next(Ticket("Resolved"), Mon1100).Next(Ticket("New"), Mon1200);
        Assert.True(r.IsUnchanged);
        Assert.Equal(SlaClockState.Met, r.Status!.Value.State);
        r = r.Next(Ticket("Open"), Jst(2026, 11, 16, 13));
        AssertCommands(r, (SlaPolicyAction.Reopen, Started(Jst(2026, 11, 16, 13), Low)));
    }

    [Fact]
    public void Evaluate_PauseReasonChangesWhilePaused_RecordsTheNewReasonWithoutCountingTime()
    {
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution)
                .StartWhen(_ => true)
                .PauseWhen(t => t.Status.StartsWith("WaitingOn", StringComparison.Ordinal), t => "awaiting " + t.Status["WaitingOn".Length..].ToLowerInvariant())
                .WithTarget(Low)
                .Build(),
            Catalog);
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(null, Ticket("Open"), Mon1000)
            .Next(Ticket("WaitingOnCustomer"), Mon1100)
            .Next(Ticket("WaitingOnSupplier"), Jst(2026, 11, 17, 10));
        AssertCommands(
            r,
            (SlaPolicyAction.ChangePauseReason, SlaClockEvent.Resumed(Jst(2026, 11, 17, 10))),
            (SlaPolicyAction.ChangePauseReason, SlaClockEvent.Paused(Jst(2026, 11, 17, 10), "awaiting supplier")));
        SlaStatus s = r.Status!.Value;
        Assert.Equal((SlaClockState.Paused, "awaiting supplier", H(1)), (s.State, s.PauseReason, s.Elapsed));
        Assert.Equal(
            new[] { new SlaPause(Mon1100, Jst(2026, 11, 17, 10), "awaiting customer"), new SlaPause(Jst(2026, 11, 17, 10), null, "awaiting supplier") },
            r.Clock!.Cycles[0].Pauses);
        Assert.True(r.Next(Ticket("WaitingOnSupplier"), Jst(2026, 11, 17, 11)).IsUnchanged);
    }

    [Fact]
    public void Evaluate_MajorIncidentMovesToTheAlwaysOpenCalendar_ChangesTargetOntoIt()
    {
        // Severity 3 and above is worked 24x7 (domain brief case 4): the high target moves onto the 24x7 calendar.
        SlaTarget major = SlaTarget.Within(H(4), "24x7");
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution)
                .StartWhen(t => t.Status != "New")
                .WithTarget(t => t.Priority == "High" ? major : Low)
                .Build(),
            Catalog);

        // Friday 17:00, low on the office calendar; raised to major at 17:30 (30 min elapsed); due 4 h - 30 min later, 21:00.
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(null, Ticket("Open"), Jst(2026, 11, 20, 17)).Next(Ticket("Open", "High"), Jst(2026, 11, 20, 17, 30));
        AssertCommands(r, (SlaPolicyAction.ChangeTarget, SlaClockEvent.TargetChanged(Jst(2026, 11, 20, 17, 30), major, SlaTargetChangePolicy.KeepStart)));
        Assert.Same(AlwaysOpen, r.Clock!.Calendar);
        Assert.Equal((M(30), (Instant?)Jst(2026, 11, 20, 21)), (r.Status!.Value.Elapsed, r.Status!.Value.DueAt));
        Assert.Equal(r.Clock, SlaClock.Replay(r.Clock.Events, Catalog));
    }

    [Fact]
    public void Evaluate_CalendarVersionChangesMidCycle_KeepsTheCycleVersionAndReopensOnTheNewOne()
    {
        // From Tuesday 2026-11-17 the office closes at 17:00.
        BusinessCalendar shorter = ShorterOffice;
        BusinessCalendarCatalog catalog = VersionedCatalog;
        SlaPolicyEvaluator<HostTicket> evaluator = HostPolicy.Evaluator(SlaTargetChangePolicy.KeepStart, catalog);

        // Monday 10:00 low (8 h) on the Monday version; raised to medium Tuesday 09:30: the cycle stays on the 09-18 version.
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(null, Ticket("Open"), Mon1000).Next(Ticket("Open", "Medium"), Jst(2026, 11, 17, 9, 30));
        Assert.Same(Office, r.Clock!.Calendar);
        Assert.Equal(H(8.5), r.Status!.Value.Elapsed);

        // Resolved, then reopened Wednesday 15:00: the new cycle runs on the 09-17 version: 4 h due Thursday 11:00.
        r = r.Next(Ticket("Resolved", "Medium"), Jst(2026, 11, 17, 10)).Next(Ticket("Open", "Medium"), Jst(2026, 11, 18, 15));
        Assert.Same(shorter, r.Clock!.Calendar);
        Assert.Equal(Jst(2026, 11, 19, 11), r.Status!.Value.DueAt);
        Assert.Equal(r.Clock, SlaClock.Replay(r.Clock.Events, catalog));
    }

    [Fact]
    public void Evaluate_SnapshotEarlierThanTheClocksLastEvent_ThrowsNamingAt()
    {
        SlaClock clock = Accepted().Next(Ticket("WaitingOnCustomer"), Mon1100).Clock!;
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(clock, Ticket("WaitingOnCustomer"), Ticket("Open"), Mon1100 - Duration.Epsilon));
        Assert.Equal("at", e.ParamName);
        Assert.Contains("earlier than the clock's last event", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SnapshotAtTheClocksLastEventInstant_IsAccepted()
    {
        SlaClock clock = Accepted().Next(Ticket("WaitingOnCustomer"), Mon1100).Clock!;
        SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(clock, Ticket("WaitingOnCustomer"), Ticket("Open"), Mon1100);
        AssertCommands(r, (SlaPolicyAction.Resume, SlaClockEvent.Resumed(Mon1100)));
        Assert.Equal(H(1), r.Status!.Value.Elapsed);
    }

    [Fact]
    public void Evaluate_InstantOutsideTheSupportedRange_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(null, Ticket("Open"), BusinessCalendar.MaxSupportedInstant));
        Assert.Equal("at", e.ParamName);
    }

    [Fact]
    public void Evaluate_StartedClockWithoutPreviousSnapshotUnderResetRules_Throws()
    {
        SlaClock clock = Accepted().Clock!;
        var e = Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(clock, Ticket("Open"), Mon1100));
        Assert.Contains("reset rules", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_WithoutPreviousSnapshotAndNoResetRules_Applies()
    {
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.FirstResponse).StartWhen(_ => true).StopWhen(t => t.Status != "New").WithTarget(High).Build(),
            Catalog);
        SlaClock clock = evaluator.Evaluate(null, Ticket("New"), Mon0900).Clock!;
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(clock, Ticket("Open"), Jst(2026, 11, 16, 10, 15));
        AssertCommands(r, (SlaPolicyAction.Stop, SlaClockEvent.Stopped(Jst(2026, 11, 16, 10, 15))));
        Assert.Equal((SlaClockState.Met, M(75)), (r.Status!.Value.State, r.Status!.Value.Elapsed));
    }

    [Fact]
    public void Evaluate_NullSnapshots_Throw()
    {
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(null, null!, Mon1000)).ParamName);
        Assert.Equal("snapshot", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(null, Ticket("New"), null!, Mon1000)).ParamName);
        Assert.Equal("previousSnapshot", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(null, null!, Ticket("New"), Mon1000)).ParamName);
    }

    [Fact]
    public void Evaluate_TargetSelectorReturnsNull_ThrowsNamingTheSnapshot()
    {
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution).StartWhen(_ => true).WithTarget(_ => null!).Build(), Catalog);
        var e = Assert.Throws<ArgumentException>(() => evaluator.Evaluate(null, Ticket("Open"), Mon1000));
        Assert.Equal("snapshot", e.ParamName);
        Assert.Contains("target selector returned null", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ReasonFunctionReturnsBlank_ThrowsNamingTheRule()
    {
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution)
                .StartWhen(_ => true).PauseWhen(_ => false, "never").PauseWhen(_ => true, _ => " ").WithTarget(Low).Build(),
            Catalog);
        var e = Assert.Throws<ArgumentException>(() => evaluator.Evaluate(null, Ticket("Open"), Mon1000));
        Assert.Equal("snapshot", e.ParamName);
        Assert.Contains("pause rule #2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_UnknownCalendarId_ThrowsKeyNotFound()
    {
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution).StartWhen(_ => true).WithTarget(SlaTarget.Within(H(1), "us-office")).Build(), Catalog);
        var e = Assert.Throws<KeyNotFoundException>(() => evaluator.Evaluate(null, Ticket("Open"), Mon1000));
        Assert.Contains("'us-office'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ConditionsAreEvaluatedOnlyWhenNeeded()
    {
        // A running clock with nothing to do reads cancel, stop, reset, target and pause once each; an unstarted one only start.
        var calls = new List<string>();
        SlaPolicyEvaluator<HostTicket> evaluator = new(
            SlaPolicy<HostTicket>.CreateBuilder(SlaMetric.Resolution)
                .StartWhen(t => Log(calls, "start", t.Status != "New"))
                .StopWhen(_ => Log(calls, "stop", false))
                .CancelWhen(_ => Log(calls, "cancel", false))
                .PauseWhen(_ => Log(calls, "pause", false))
                .ResetWhen((_, _) => Log(calls, "reset", false), "reset")
                .WithTarget(_ => Log(calls, "target", Low))
                .Build(),
            Catalog);
        SlaPolicyResult<HostTicket> r = evaluator.Evaluate(null, Ticket("New"), Mon0900);
        Assert.Equal(new[] { "start" }, calls);
        calls.Clear();
        r = r.Next(Ticket("Open"), Mon1000);
        Assert.Equal(new[] { "start", "target", "cancel", "stop", "pause" }, calls);
        calls.Clear();
        r.Next(Ticket("Open"), Mon1100);
        Assert.Equal(new[] { "cancel", "stop", "reset", "target", "pause" }, calls);
    }

    [Fact]
    public void Evaluate_SharedEvaluatorUsedFromManyThreads_GivesTheSequentialResults()
    {
        // 64 histories (status cycling, priority raised at a different step each) fed in parallel through one evaluator.
        string[] statuses = { "Open", "WaitingOnCustomer", "Open", "Resolved", "Open", "Closed" };
        SlaClock? Feed(int n)
        {
            SlaPolicyResult<HostTicket> r = Evaluator.Evaluate(null, Ticket("New"), Mon0900);
            for (int i = 0; i < statuses.Length; i++)
            {
                r = r.Next(Ticket(statuses[i], i >= n % statuses.Length ? "High" : "Low"), Mon0900 + Duration.FromMinutes(((n % 7) + 1) * 37 * (i + 1)));
            }

            return r.Clock;
        }

        SlaClock?[] sequential = Enumerable.Range(0, 64).Select(Feed).ToArray();
        var parallel = new SlaClock?[64];
        System.Threading.Tasks.Parallel.For(0, 64, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 4 }, n => parallel[n] = Feed(n));
        Assert.Equal(sequential, parallel);
        Assert.All(sequential, c => Assert.Equal(2, c!.CycleNumber));
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new SlaPolicyEvaluator<HostTicket>(null!, Catalog)).ParamName);
        Assert.Equal("calendars", Assert.Throws<ArgumentNullException>(() => new SlaPolicyEvaluator<HostTicket>(HostPolicy.Resolution(), null!)).ParamName);
    }

    private static T Log<T>(List<string> calls, string name, T value)
    {
        calls.Add(name);
        return value;
    }

    /// <summary>Accepted Monday 10:00 at low priority in the desk queue.</summary>
    private static SlaPolicyResult<HostTicket> Accepted() => Evaluator.Evaluate(null, Ticket("Open"), Mon1000);

    private static void AssertCommands(SlaPolicyResult<HostTicket> result, params (SlaPolicyAction Action, SlaClockEvent Event)[] expected)
    {
        Assert.Equal(expected.Select(e => new SlaPolicyCommand(e.Action, e.Event)), result.Commands);
        Assert.Equal(expected.Select(e => e.Event), result.Events);
    }
}
