using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;
using NodaTime;
using Xunit;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// Domain-brief case 13 on case 1's catalogue (second line weekdays 10:00-19:00 Asia/Tokyo, JP holidays; Monday
/// 23 November 2026 is Labour Thanksgiving Day): a request's desired date must be at least its creation plus the type's
/// standard business days (1 for an account change, 5 for an OS configuration); priority "high" expedites it down to
/// the next business day and is recorded as expedited; priority "low" means no date yet. The rule is the one
/// <see cref="LeadTime.Check(ItsmCore.Calendars.BusinessCalendar, Instant, Instant)"/> standard changes use.
/// </summary>
public sealed class Case13ServiceRequestDesiredDateTests
{
    /// <summary>Friday 20 November 2026 17:00 JST.</summary>
    private static readonly Instant FridayAfternoon = Jst(2026, 11, 20, 17);

    [Fact]
    public void Submit_DesiredBeforeCreationPlusOneBusinessDay_RefusedWithTheEarliestAllowedInstant()
    {
        var command = SubmitCommand(AccountChange) with { DesiredAt = Jst(2026, 11, 17, 10, 59) };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Assert.Equal("LeadTime.DesiredAt.BeforeEarliestAllowed", e.Code);
        Assert.Equal(ServiceRequestRefusalCodes.DesiredAtTooEarly, e.Code);
        Assert.Equal("2026-11-17T02:00:00Z", e.Refusal[LeadTime.EarliestAllowedDatum]);
        Assert.Equal("2026-11-17 11:00", e.Refusal["earliestAllowedLocal"]);
        Assert.Equal("ServiceRequest", e.RecordType);
    }

    [Fact]
    public void Submit_DesiredExactlyAtCreationPlusOneBusinessDay_Accepted()
    {
        ServiceRequest request = ServiceRequest.Submit(
            SubmitCommand(AccountChange) with { DesiredAt = Jst(2026, 11, 17, 11) }, Id, Desk, MondayMorning, Rules);

        Assert.Equal(ServiceRequestPriorities.Medium, request.Priority);
        Assert.Equal(Jst(2026, 11, 17, 11), request.DesiredAt);
        Assert.Equal(Jst(2026, 11, 17, 11), request.Schedule.EarliestAllowedAt);
        Assert.False(request.Schedule.Expedited);
    }

    [Fact]
    public void Submit_FiveBusinessDayTypeOverTheHoliday_EarliestIsTheFollowingFriday()
    {
        // Friday 17:00 + 5 business days: Tue 24, Wed 25, Thu 26, Fri 27 ... and Mon 30 at 17:00 (Mon 23 is a holiday).
        var command = SubmitCommand(OsConfiguration) with { RequestedAt = FridayAfternoon, DesiredAt = Jst(2026, 11, 27, 17) };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, FridayAfternoon + Hours(1), Rules));

        Assert.Equal(LeadTime.TooEarlyCode, e.Code);
        Assert.Equal("2026-11-30T08:00:00Z", e.Refusal[LeadTime.EarliestAllowedDatum]);
        ServiceRequest accepted = ServiceRequest.Submit(command with { DesiredAt = Jst(2026, 11, 30, 17) }, Id, Desk, FridayAfternoon + Hours(1), Rules);
        Assert.Equal(Jst(2026, 11, 30, 17), accepted.Schedule.EarliestAllowedAt);
    }

    [Fact]
    public void Submit_Refused_IsTheRuleStandardChangesUse()
    {
        // One implementation: the refusal is exactly LeadTime.Check's for the type's 5 business days on the same calendar.
        Instant desired = Jst(2026, 11, 24, 9);
        var command = SubmitCommand(OsConfiguration) with { DesiredAt = desired };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Outcome<LeadTimeCheck> shared = LeadTime.OfBusinessDays(5, SecondLineId).Check(SecondLine, MondayMorning, desired);
        Assert.Equal(Assert.Single(shared.Refusals), e.Refusal);
    }

    [Fact]
    public void Submit_NoDesiredDate_PlannedForCreationPlusTheLeadTime()
    {
        ServiceRequest request = Submit(OsConfiguration, MondayMorning);

        Assert.Null(request.DesiredAt);
        Assert.Equal(Jst(2026, 11, 24, 11), request.Schedule.PlannedFor);
        Assert.Equal(LeadTime.OfBusinessDays(5, SecondLineId), request.Schedule.LeadTime);
    }

    [Fact]
    public void Submit_HighPriorityNextBusinessDay_AcceptedAndRecordedAsExpedited()
    {
        // Created Friday 17:00; the next business day is Tuesday 24 (Monday is a holiday): 17:00 that day is allowed.
        var command = SubmitCommand(OsConfiguration) with
        {
            Priority = ServiceRequestPriorities.High, RequestedAt = FridayAfternoon, DesiredAt = Jst(2026, 11, 24, 17),
        };

        ServiceRequest request = ServiceRequest.Submit(command, Id, Desk, FridayAfternoon, Rules);

        Assert.True(request.Schedule.Expedited);
        Assert.Equal(Jst(2026, 11, 24, 17), request.Schedule.EarliestAllowedAt);
        Assert.Equal(LeadTime.OfBusinessDays(1, SecondLineId), request.Schedule.LeadTime);
        Assert.Contains(request.Journal[0].Changes, c => c.Field == "Expedited" && c.To == "yes");
        Assert.Contains(request.Journal[0].Changes, c => c.Field == "Priority" && c.To == "High");
    }

    [Fact]
    public void Submit_HighPriorityOnTheHoliday_RefusedWithTheNextBusinessDay()
    {
        var command = SubmitCommand(OsConfiguration) with
        {
            Priority = ServiceRequestPriorities.High, RequestedAt = FridayAfternoon, DesiredAt = Jst(2026, 11, 23, 17),
        };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, FridayAfternoon, Rules));

        Assert.Equal(LeadTime.TooEarlyCode, e.Code);
        Assert.Equal("2026-11-24T08:00:00Z", e.Refusal[LeadTime.EarliestAllowedDatum]);
    }

    [Fact]
    public void Submit_HighPriorityAtOrAfterTheStandardLeadTime_NotExpedited()
    {
        var command = SubmitCommand(OsConfiguration) with { Priority = ServiceRequestPriorities.High, DesiredAt = Jst(2026, 11, 24, 11) };

        ServiceRequest request = ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules);

        Assert.False(request.Schedule.Expedited);
        Assert.DoesNotContain(request.Journal[0].Changes, c => c.Field == "Expedited");
    }

    [Fact]
    public void Submit_HighPriorityOnAOneBusinessDayType_SameAsTheStandardLeadTime()
    {
        // "Down to the next business day": a type whose standard is already one business day cannot go lower.
        var command = SubmitCommand(AccountChange) with { Priority = ServiceRequestPriorities.High, DesiredAt = Jst(2026, 11, 17, 10) };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Assert.Equal("2026-11-17T02:00:00Z", e.Refusal[LeadTime.EarliestAllowedDatum]);
        Assert.False(ServiceRequest.Submit(command with { DesiredAt = Jst(2026, 11, 17, 11) }, Id, Desk, MondayMorning, Rules).Schedule.Expedited);
    }

    [Fact]
    public void Submit_LowPriority_HasNoDateYet()
    {
        ServiceRequest request = ServiceRequest.Submit(
            SubmitCommand(OsConfiguration) with { Priority = ServiceRequestPriorities.Low }, Id, Desk, MondayMorning, Rules);

        Assert.Equal(new ServiceRequestSchedule(ServiceRequestPriorities.Low, null, null, null, false), request.Schedule);
        Assert.Null(request.Schedule.PlannedFor);
        Assert.DoesNotContain(request.Journal[0].Changes, c => c.Field is "DesiredAt" or "EarliestAllowedAt");
    }

    [Fact]
    public void Submit_LowPriorityWithADesiredDate_ValidationFailureWithTheSharedCode()
    {
        var command = SubmitCommand(AccountChange) with { Priority = ServiceRequestPriorities.Low, DesiredAt = Jst(2026, 12, 1, 11) };

        ValidationException e = Assert.Throws<ValidationException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Assert.Equal(ServiceRequestRefusalCodes.DesiredAtNotAllowed, Assert.Single(e.Errors).ErrorCode);
        Outcome<ServiceRequestSchedule> asked = Rules.Schedule(AccountChange, ServiceRequestPriorities.Low, MondayMorning, Jst(2026, 12, 1, 11));
        Assert.Equal(ServiceRequestRefusalCodes.DesiredAtNotAllowed, Assert.Single(asked.Refusals).Code);
    }

    [Fact]
    public void Priority_IsTheClassificationPriorityOfTheServiceRequestScale()
    {
        PriorityScale scale = ServiceRequestPriorities.Scale;

        Assert.Equal([new Priority(1, "High"), new Priority(2, "Medium"), new Priority(3, "Low")], scale.Levels);
        Assert.Equal(scale.MostUrgent, ServiceRequestPriorities.High);
        Assert.Equal(scale.LeastUrgent, ServiceRequestPriorities.Low);
        Assert.True(scale.IsMoreUrgent(ServiceRequestPriorities.High, ServiceRequestPriorities.Medium));
        Assert.Equal(ServiceRequestPriorities.Medium, new SubmitServiceRequest("t", "T", "", Requester).Priority);
        Assert.Equal(scale.Get("high"), ServiceRequestPriorities.High);
    }

    [Fact]
    public void Submit_PriorityOfAnotherScale_ValidationFailureAndScheduleThrows()
    {
        Priority incidentHigh = PriorityScale.Default.Get("High");
        var command = SubmitCommand(AccountChange) with { Priority = incidentHigh };

        ValidationException e = Assert.Throws<ValidationException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Assert.Equal("ServiceRequest.Priority.Unknown", Assert.Single(e.Errors).ErrorCode);
        Assert.Contains("service-request priority (High, Medium, Low)", Assert.Single(e.Errors).ErrorMessage);
        Assert.Throws<System.ArgumentException>(() => Rules.Schedule(AccountChange, incidentHigh, MondayMorning, null));
    }

    [Fact]
    public void Submit_NoZoneGiven_TheFulfilmentCalendarsZone_JournalAndLeadTimeAsPeopleReadThem()
    {
        ServiceRequest request = ServiceRequest.Submit(SubmitCommand(AccountChange), Id, Desk, MondayMorning, Rules);

        Assert.Equal(Tokyo, request.Zone);
        Assert.Equal(Tokyo, Assert.IsType<ServiceRequestSubmitted>(request.UncommittedEvents[0]).Zone);
        Assert.StartsWith("#1 Mon 2026-11-16 11:00 (Asia/Tokyo) ", request.Journal[0].ToString(), StringComparison.Ordinal);
        Assert.Contains(request.Journal[0].Changes, c => c.Field == "EarliestAllowedAt" && c.To == "Tue 2026-11-17 11:00 (Asia/Tokyo) (1 business day on second-line)");
        Assert.Equal(Tokyo, ServiceRequest.Rebuild(request.UncommittedEvents, Rules).Zone);

        ServiceRequest utc = ServiceRequest.Submit(SubmitCommand(AccountChange) with { Zone = DateTimeZone.Utc }, Id, Desk, MondayMorning, Rules);
        Assert.StartsWith("#1 Mon 2026-11-16 02:00 (UTC) ", utc.Journal[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Submit_DesiredTooEarly_RefusalNamesTheLeadTimeAsPeopleWriteIt()
    {
        var command = SubmitCommand(OsConfiguration) with { DesiredAt = Jst(2026, 11, 20, 11) };

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => ServiceRequest.Submit(command, Id, Desk, MondayMorning, Rules));

        Assert.Contains("the lead time of 5 business days on second-line;", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_AskedBeforeSubmitting_AnswersAsSubmitDoes()
    {
        Outcome<ServiceRequestSchedule> early = Rules.Schedule(OsConfiguration, ServiceRequestPriorities.Medium, MondayMorning, Jst(2026, 11, 20, 11));
        Outcome<ServiceRequestSchedule> ok = Rules.Schedule(OsConfiguration, ServiceRequestPriorities.High, MondayMorning, Jst(2026, 11, 20, 11));

        Assert.True(early.HasRefusal(LeadTime.TooEarlyCode));
        Assert.Equal("2026-11-24T02:00:00Z", early.Refusals.Single()[LeadTime.EarliestAllowedDatum]);
        Assert.True(ok.IsSuccess);
        Assert.True(ok.Value.Expedited);
        ServiceRequest submitted = ServiceRequest.Submit(
            SubmitCommand(OsConfiguration) with { Priority = ServiceRequestPriorities.High, DesiredAt = Jst(2026, 11, 20, 11) }, Id, Desk, MondayMorning, Rules);
        Assert.Equal(ok.Value, submitted.Schedule);
    }

    [Fact]
    public void Submit_TypeWithoutBusinessDayTarget_DesiredDateOnlyNotBeforeCreation()
    {
        var hourly = new ServiceRequestType("restart", "Server restart", ServiceImpact.Minor, SlaTarget.Within(Hours(2), SecondLineId));
        ServiceRequestRules rules = RulesFor(ServiceCatalog.Of([hourly]));

        Assert.Null(hourly.LeadTime);
        Assert.True(rules.Schedule(hourly, ServiceRequestPriorities.Medium, MondayMorning, MondayMorning).IsSuccess);
        Assert.True(rules.Schedule(hourly, ServiceRequestPriorities.Medium, MondayMorning, MondayMorning - Duration.FromSeconds(1)).HasRefusal(LeadTime.TooEarlyCode));
    }

    [Fact]
    public void Submit_TypeWithItsOwnLeadTime_UsesItInsteadOfTheTarget()
    {
        var planned = new ServiceRequestType(
            "upgrade", "Upgrade", ServiceImpact.ServiceImpacting, OneBusinessDay, leadTime: LeadTime.OfBusinessDays(3, SecondLineId, LeadTimePolicy.EndOfBusinessDay));
        ServiceRequestRules rules = RulesFor(ServiceCatalog.Of([planned]));

        Outcome<ServiceRequestSchedule> schedule = rules.Schedule(planned, ServiceRequestPriorities.Medium, MondayMorning, null);

        // Monday 11:00 + 3 business days, end of business day: Thursday 19:00.
        Assert.Equal(Jst(2026, 11, 19, 19), schedule.Value.EarliestAllowedAt);
    }
}
