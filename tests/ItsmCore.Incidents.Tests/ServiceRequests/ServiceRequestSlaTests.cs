using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// The fulfilment clock on the "second-line" calendar (Monday to Friday 10:00-19:00 Asia/Tokyo, JP holidays): one
/// business day is 9 working hours. Monday 2026-11-23 is Labour Thanksgiving Day.
/// </summary>
public sealed class ServiceRequestSlaTests
{
    [Fact]
    public void Submit_NoApprovalNeeded_ClockStartsAtSubmission()
    {
        ServiceRequest request = Submit(AccountChange, MondayMorning);

        Assert.NotNull(request.FulfilmentClock);
        Assert.Equal(MondayMorning, request.FulfilmentClock.StartedAt);
        Assert.Equal(AccountChange.FulfilmentTarget, request.FulfilmentClock.Target);
        Assert.Same(SecondLine, request.FulfilmentClock.Calendar);
        SlaStatus status = request.EvaluateFulfilment(MondayMorning + Hours(1))!.Value;
        Assert.Equal(SlaClockState.Running, status.State);
        Assert.Equal(Jst(2026, 11, 17, 11), status.DueAt);
        Assert.Equal(Hours(9), status.Target);
        Assert.Equal(Hours(1), status.Elapsed);
    }

    [Fact]
    public void Submit_ReceivedEarlier_ClockStartsAtRequestedAt()
    {
        var command = SubmitCommand(AccountChange) with { RequestedAt = Jst(2026, 11, 16, 10, 40) };
        ServiceRequest request = ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules);

        Assert.Equal(Jst(2026, 11, 16, 10, 40), request.FulfilmentClock!.StartedAt);
        Assert.Equal(Jst(2026, 11, 17, 10, 40), request.EvaluateFulfilment(MondayMorning)!.Value.DueAt);
    }

    [Fact]
    public void Approve_TypeWithApproval_ClockStartsAtTheApprovalNotAtSubmission()
    {
        // Submitted Monday 2026-11-16 11:00, approved Tuesday 15:00: five business days from the approval are Wed 18,
        // Thu 19, Fri 20, Tue 24 (Monday 23 is a holiday) and Wed 25, so it is due Wednesday 2026-11-25 15:00.
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);
        Assert.Null(request.EvaluateFulfilment(MondayMorning + Hours(1)));
        Assert.Null(request.NextSlaChangeAt(MondayMorning + Hours(1)));

        Instant approvedAt = Jst(2026, 11, 17, 15);
        request.Approve(new ApproveServiceRequest(), Alice, approvedAt);

        Assert.Equal(approvedAt, request.FulfilmentClock!.StartedAt);
        SlaStatus status = request.EvaluateFulfilment(approvedAt)!.Value;
        Assert.Equal(Jst(2026, 11, 25, 15), status.DueAt);
        Assert.Equal(Hours(45), status.Target);
        Assert.Equal(Duration.Zero, status.Elapsed);
    }

    [Fact]
    public void PutOnHold_PausesTheClockWithTheReason_ResumePushesTheDeadline()
    {
        // Submitted Monday 11:00 (due Tuesday 11:00). On hold Monday 13:00 after 2 working hours; resumed Tuesday
        // 11:00 (7 working hours later): the 7 hours left run from then, due Tuesday 18:00.
        ServiceRequest request = Submit(AccountChange, MondayMorning);
        request.Assign(new AssignServiceRequest("second-line"), Desk, Jst(2026, 11, 16, 11, 10));
        request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, Jst(2026, 11, 16, 11, 30));
        request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester), Engineer, Jst(2026, 11, 16, 13));

        SlaStatus paused = request.EvaluateFulfilment(Jst(2026, 11, 17, 10, 30))!.Value;
        Assert.Equal(SlaClockState.Paused, paused.State);
        Assert.True(paused.IsPaused);
        Assert.Equal("awaiting requester", paused.PauseReason);
        Assert.Equal(Hours(2), paused.Elapsed);
        Assert.Null(paused.DueAt);
        Assert.Null(request.NextSlaChangeAt(Jst(2026, 11, 17, 10, 30)));

        request.Resume(new ResumeServiceRequest(), Engineer, Jst(2026, 11, 17, 11));
        SlaStatus resumed = request.EvaluateFulfilment(Jst(2026, 11, 17, 11))!.Value;
        Assert.Equal(SlaClockState.Running, resumed.State);
        Assert.Equal(Jst(2026, 11, 17, 18), resumed.DueAt);
        Assert.Equal(Jst(2026, 11, 17, 18) + Duration.Epsilon, request.NextSlaChangeAt(Jst(2026, 11, 17, 11)));
    }

    [Fact]
    public void PutOnHold_AwaitingSupplier_PausesToo()
    {
        ServiceRequest request = InState(ServiceRequestStatus.InFulfilment, MondayMorning);
        request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingSupplier), Engineer, MondayMorning + Hours(1));
        Assert.Equal("awaiting supplier", request.EvaluateFulfilment(MondayMorning + Hours(3))!.Value.PauseReason);
    }

    [Theory]
    [InlineData(11, 0, SlaClockState.Met)]
    [InlineData(11, 1, SlaClockState.Breached)]
    public void Fulfil_StopsTheClock_MetUntilTheDeadlineInclusive(int hour, int minute, SlaClockState outcome)
    {
        ServiceRequest request = InState(ServiceRequestStatus.InFulfilment, MondayMorning);
        Instant fulfilledAt = Jst(2026, 11, 17, hour, minute);
        request.Fulfil(new FulfilServiceRequest("Done."), Engineer, fulfilledAt);

        SlaStatus status = request.EvaluateFulfilment(Jst(2026, 11, 20, 12))!.Value;
        Assert.Equal(outcome, status.State);
        Assert.False(status.IsActive);
        Assert.False(request.FulfilmentClock!.IsActive);
        Assert.Null(request.NextSlaChangeAt(Jst(2026, 11, 20, 12)));
    }

    [Fact]
    public void NextSlaChangeAt_WhileRunning_IsTheBreach()
    {
        ServiceRequest request = Submit(AccountChange, MondayMorning);
        Assert.Equal(Jst(2026, 11, 17, 11) + Duration.Epsilon, request.NextSlaChangeAt(MondayMorning));
        Assert.Equal(SlaClockState.Breached, request.EvaluateFulfilment(Jst(2026, 11, 17, 11) + Duration.Epsilon)!.Value.State);
        Assert.Null(request.NextSlaChangeAt(Jst(2026, 11, 17, 12)));
    }

    [Fact]
    public void Reopen_FulfilledRequest_StartsASecondCycleWithTheSameTarget()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Fulfilled, MondayMorning);
        Instant reopenedAt = Jst(2026, 11, 18, 14);
        request.Reopen(new ReopenServiceRequest("Wrong tenant"), Requester, reopenedAt);

        SlaClock clock = request.FulfilmentClock!;
        Assert.Equal(2, clock.CycleNumber);
        Assert.Equal(reopenedAt, clock.StartedAt);
        Assert.Equal(SlaClockState.Met, clock.Cycles[0].Outcome);
        SlaStatus status = request.EvaluateFulfilment(reopenedAt)!.Value;
        Assert.Equal(2, status.Cycle);
        Assert.Equal(Jst(2026, 11, 19, 14), status.DueAt);
    }

    [Fact]
    public void Cancel_OpenClock_CancelsIt()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Assigned, MondayMorning);
        request.Cancel(new CancelServiceRequest("Raised in error"), Desk, MondayMorning + Hours(1));

        SlaStatus status = request.EvaluateFulfilment(MondayMorning + Hours(2))!.Value;
        Assert.Equal(SlaClockState.Cancelled, status.State);
        Assert.Equal("Raised in error", request.FulfilmentClock!.Events[^1].Reason);
    }

    [Fact]
    public void Cancel_AwaitingApproval_HasNoClockToCancel()
    {
        ServiceRequest request = InState(ServiceRequestStatus.AwaitingApproval, MondayMorning);
        request.Cancel(new CancelServiceRequest("No longer needed"), Requester, MondayMorning + Hours(1));

        Assert.Null(request.FulfilmentClock);
        Assert.Equal([new ItsmCore.Primitives.FieldChange("Status", "AwaitingApproval", "Cancelled")], request.Journal[^1].Changes);
    }

    [Fact]
    public void FulfilmentClock_CalendarVersionChangesBetweenCycles_EachCycleUsesTheVersionInForce()
    {
        // From 2026-12-01 the second line also closes on Thursday 2026-12-03 (a company holiday). A request submitted
        // on Monday 2026-11-30 runs on the old version; reopened on Wednesday 2026-12-02 11:00, its second cycle runs on
        // the new one and is due Friday 2026-12-04 11:00 instead of Thursday.
        BusinessCalendar withCompanyHoliday = BusinessCalendar.CreateBuilder(SecondLineId, Tokyo)
            .WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").AddHoliday(new LocalDate(2026, 12, 3), "Company holiday").Build();
        BusinessCalendarCatalog versions = CalendarProvider.Add(withCompanyHoliday, Jst(2026, 12, 1, 0));

        ServiceRequest request = ServiceRequest.Submit(SubmitCommand(AccountChange), Id, Desk, Jst(2026, 11, 30, 11), RulesFor(Catalog, versions));
        Assert.Same(SecondLine, request.FulfilmentClock!.Calendar);
        request.Assign(new AssignServiceRequest("second-line"), Desk, Jst(2026, 11, 30, 11, 5));
        request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, Jst(2026, 11, 30, 11, 10));
        request.Fulfil(new FulfilServiceRequest("Done."), Engineer, Jst(2026, 12, 1, 10, 30));
        request.Reopen(new ReopenServiceRequest("Missing a role"), Requester, Jst(2026, 12, 2, 11));

        Assert.Same(withCompanyHoliday, request.FulfilmentClock.Calendar);
        Assert.Equal(Jst(2026, 12, 4, 11), request.EvaluateFulfilment(Jst(2026, 12, 2, 11))!.Value.DueAt);

        // The clock is exactly what SlaClock.Replay makes of its own log, and what Rebuild makes of the request's events.
        Assert.Equal(SlaClock.Replay(request.FulfilmentClock.Events, versions), request.FulfilmentClock);
        Assert.Equal(request.FulfilmentClock, ServiceRequest.Rebuild(request.UncommittedEvents, RulesFor(Catalog, versions)).FulfilmentClock);
    }

    [Fact]
    public void FulfilmentClock_KeepsTheTargetItStartedWith_WhenTheCatalogueChangesLater()
    {
        ServiceRequest request = Submit(AccountChange, MondayMorning);
        var faster = new ServiceRequestType("account-change", "Account change", ServiceImpact.Minor, SlaTarget.Within(Hours(4), SecondLineId));
        ServiceRequest rebuilt = ServiceRequest.Rebuild(request.UncommittedEvents, RulesFor(ServiceCatalog.Of([faster, OsConfiguration])));

        Assert.Equal(AccountChange, rebuilt.Type);
        Assert.Equal(AccountChange.FulfilmentTarget, rebuilt.FulfilmentClock!.Target);
        Assert.Equal(Jst(2026, 11, 17, 11), rebuilt.EvaluateFulfilment(MondayMorning)!.Value.DueAt);
    }

    /// <summary>A request fulfilled Monday 15:00 (Tokyo) and reopened Tuesday 10:00: two cycles.</summary>
    private static ServiceRequest FulfilledAndReopened()
    {
        ServiceRequest request = InState(ServiceRequestStatus.InFulfilment, MondayMorning);
        request.Fulfil(new FulfilServiceRequest("Done."), Engineer, Jst(2026, 11, 16, 15));
        request.Reopen(new ReopenServiceRequest("Not what I asked for."), Requester, Jst(2026, 11, 17, 10));
        return request;
    }

    [Fact]
    public void SlaMeasurements_ReopenedRequest_OneMeasurementPerCycleWithItsFigures()
    {
        ServiceRequest request = FulfilledAndReopened();

        IReadOnlyList<SlaMeasurement> measured = request.SlaMeasurements(Jst(2026, 11, 17, 12));

        Assert.Equal(2, measured.Count);
        SlaMeasurement first = measured[0];
        Assert.Equal(("SR-1", SlaMetric.Resolution, "Medium", "Account change", 1), (first.TicketId, first.Metric, first.Priority, first.RequestType, first.Cycle));
        Assert.Equal((SlaClockState.Met, Hours(4), Hours(9), Jst(2026, 11, 16, 15)), (first.Outcome, first.Elapsed, first.Budget, first.EndedAt!.Value));
        SlaMeasurement second = measured[1];
        Assert.Equal((2, SlaClockState.Running, Hours(2), true), (second.Cycle, second.Outcome, second.Elapsed, second.IsOpen));
        Assert.Equal(Jst(2026, 11, 17, 10), second.StartedAt);
    }

    [Fact]
    public void SlaMeasurements_EveryCycle_MeasuredAsTheAgreementTier()
    {
        ServiceRequest request = FulfilledAndReopened();

        IReadOnlyList<SlaMeasurement> measured = request.SlaMeasurements(Jst(2026, 11, 17, 12));

        Assert.Equal([(1, (SlaTier?)SlaTier.Agreement), (2, SlaTier.Agreement)], measured.Select(m => (m.Cycle, m.Tier)));
        Assert.Equal(measured.Select(m => $"SR-1/{m.Metric}/SLA#{m.Cycle}"), measured.Select(m => m.ToString().Split(' ')[0]));
    }

    [Fact]
    public void SlaMeasurements_ClockNotStartedByThen_None()
    {
        ServiceRequest pending = Submit(OsConfiguration, MondayMorning);
        ServiceRequest approved = InState(ServiceRequestStatus.Approved, MondayMorning);

        Assert.Empty(pending.SlaMeasurements(MondayMorning + Hours(5)));
        Assert.Empty(approved.SlaMeasurements(MondayMorning));
        Assert.Single(approved.SlaMeasurements(MondayMorning + Minutes(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => pending.SlaMeasurements(MondayMorning - Duration.FromSeconds(1)));
    }
}
