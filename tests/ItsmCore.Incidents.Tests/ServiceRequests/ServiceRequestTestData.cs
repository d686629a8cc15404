using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// The calendar, catalogue and actors the service request tests share. The "second-line" calendar is the one of
/// domain-brief case 1: second-line engineers work Monday to Friday 10:00-19:00 Asia/Tokyo, not on Japanese national holidays.
/// </summary>
internal static class ServiceRequestTestData
{
    public const string SecondLineId = "second-line";

    public static DateTimeZone Tokyo { get; } = TestCalendars.Zone(TestCalendars.TokyoZoneId);

    public static BusinessCalendar SecondLine { get; } =
        BusinessCalendar.CreateBuilder(SecondLineId, Tokyo).WithWeekdayHours("10:00-19:00").AddHolidaySet("JP").Build();

    public static BusinessCalendarCatalog CalendarProvider { get; } = BusinessCalendarCatalog.Of([SecondLine]);

    /// <summary>Minor impact, 1 business day, no approval.</summary>
    public static ServiceRequestType AccountChange { get; } = new(
        "account-change", "Account change", ServiceImpact.Minor, OneBusinessDay);

    /// <summary>Service-impacting, 5 business days, approved by the group "change-managers" or by alice.</summary>
    public static ServiceRequestType OsConfiguration { get; } = new(
        "os-config",
        "OS / middleware configuration",
        ServiceImpact.ServiceImpacting,
        SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, SecondLineId),
        requiresApproval: true,
        approvers: ["change-managers", "alice"]);

    public static ServiceCatalog Catalog { get; } = ServiceCatalog.Of([AccountChange, OsConfiguration]);

    public static ServiceRequestRules Rules { get; } = RulesFor(Catalog);

    public static ServiceRequestRules RulesFor(ServiceCatalog catalog, IBusinessCalendarProvider? calendars = null) =>
        ServiceRequestRules.Create(new ServiceRequestOptions { Catalog = catalog }, calendars ?? CalendarProvider);

    public static SlaTarget OneBusinessDay => SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, SecondLineId);

    public static Actor Requester { get; } = Actor.Of("taro", "Taro Yamada");

    public static Actor Desk { get; } = Actor.Of("desk-1", "Service desk");

    public static Actor Alice { get; } = Actor.Of("alice", "Alice (change manager)");

    public static Actor Bob { get; } = Actor.Of("bob");

    public static Actor Engineer { get; } = Actor.Of("hanako", "Hanako Sato");

    public static ServiceRequestId Id { get; } = new("SR-1");

    /// <summary>Monday 2026-11-16 11:00 JST: an ordinary working morning.</summary>
    public static Instant MondayMorning { get; } = Jst(2026, 11, 16, 11);

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).ToInstantStrictly(Tokyo);

    public static Duration Minutes(int minutes) => Duration.FromMinutes(minutes);

    public static Duration Hours(int hours) => Duration.FromHours(hours);

    public static SubmitServiceRequest SubmitCommand(ServiceRequestType type) =>
        new(type.Id, "Add a user to the ERP", "Please add user yamada to the ERP production tenant.", Requester);

    public static ServiceRequest Submit(ServiceRequestType type, Instant at) =>
        ServiceRequest.Submit(SubmitCommand(type), Id, Desk, at, Rules);

    /// <summary>
    /// A request brought into <paramref name="status"/> by the shortest path, one command per minute from
    /// <paramref name="start"/>. Submitted, Assigned and the states after it use <see cref="AccountChange"/>; the approval
    /// states use <see cref="OsConfiguration"/>.
    /// </summary>
    public static ServiceRequest InState(ServiceRequestStatus status, Instant start)
    {
        bool approval = status is ServiceRequestStatus.AwaitingApproval or ServiceRequestStatus.Approved or ServiceRequestStatus.Rejected;
        ServiceRequest request = Submit(approval ? OsConfiguration : AccountChange, start);
        Instant at = start;
        Instant Next() => at += Minutes(1);
        switch (status)
        {
            case ServiceRequestStatus.Submitted:
            case ServiceRequestStatus.AwaitingApproval:
                break;
            case ServiceRequestStatus.Approved:
                request.Approve(new ApproveServiceRequest(), Alice, Next());
                break;
            case ServiceRequestStatus.Rejected:
                request.Reject(new RejectServiceRequest("Not in this quarter's plan"), Alice, Next());
                break;
            case ServiceRequestStatus.Cancelled:
                request.Cancel(new CancelServiceRequest("Raised twice"), Desk, Next());
                break;
            default:
                request.Assign(new AssignServiceRequest("second-line"), Desk, Next());
                if (status == ServiceRequestStatus.Assigned)
                {
                    break;
                }

                request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, Next());
                if (status == ServiceRequestStatus.OnHold)
                {
                    request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester), Engineer, Next());
                }
                else if (status is ServiceRequestStatus.Fulfilled or ServiceRequestStatus.Closed)
                {
                    request.Fulfil(new FulfilServiceRequest("User added."), Engineer, Next());
                    if (status == ServiceRequestStatus.Closed)
                    {
                        request.Close(new CloseServiceRequest(), Desk, Next());
                    }
                }

                break;
        }

        if (request.Status != status)
        {
            throw new InvalidOperationException($"Test setup reached {request.Status}, not {status}.");
        }

        return request;
    }

    /// <summary>The journal, one line per entry.</summary>
    public static string JournalText(ServiceRequest request) =>
        string.Join("\n", request.Journal.Select(e => e.ToString())) + "\n";

    /// <summary>Everything observable about a request, for before/after and rebuild comparisons.</summary>
    public static string Describe(ServiceRequest request)
    {
        var lines = new List<string>
        {
            $"Id={request.Id} Type={request.Type} Title={request.Title} Details={request.Details}",
            $"RequestedBy={request.RequestedBy} RequestedAt={request.RequestedAt} SubmittedAt={request.SubmittedAt}",
            $"Service={request.Service} CIs={string.Join(",", request.ConfigurationItems)}",
            $"Status={request.Status} Group={request.AssignmentGroup} Assignee={request.Assignee} Hold={request.HoldReason}",
            $"Schedule={request.Schedule} PlannedFor={request.Schedule.PlannedFor}",
            $"Version={request.Version} LastEventAt={request.LastEventAt}",
            $"Approvals={string.Join(" | ", request.Approvals)}",
            $"Comments={string.Join(" | ", request.Comments)}",
            $"Notes={string.Join(" | ", request.FulfilmentNotes)}",
            $"Clock={(request.FulfilmentClock is null ? "-" : string.Join(" | ", request.FulfilmentClock.Events))}",
        };
        lines.AddRange(request.Journal.Select(e => e.ToString()));
        return string.Join("\n", lines);
    }
}
