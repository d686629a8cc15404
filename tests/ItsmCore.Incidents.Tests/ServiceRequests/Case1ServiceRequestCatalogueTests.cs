using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.ServiceRequests;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// Domain brief, case 1 (managed-cloud support desk), the service request part: requests with minor service impact
/// (account change, snapshot backup/restore, monitoring change, server start/stop, firewall rule) are done within 1
/// business day; requests that may impact the service (OS/middleware configuration, patches, upgrades, instance type,
/// disk changes, quota raises, procedure change, technical consultation) within 5 business days. Business days are
/// those of the second-line engineers: weekdays 10:00-19:00 Asia/Tokyo without Japanese national holidays. The annual
/// compliance table gives per request type the target, the breaches and a verdict.
/// </summary>
/// <remarks>
/// Choices made here (the brief does not fix them): a business-day target ends at the same time of day; the
/// service-impacting types require approval by the second-line lead, so they are measured from the approval; the
/// annual verdict allows no breach (<see cref="SlaComplianceVerdictRule.NoBreachAllowed"/>); "medium" (the standard
/// lead time) is the priority label of every measurement.
/// </remarks>
public sealed class Case1ServiceRequestCatalogueTests
{
    private static readonly SlaTarget OneBusinessDayTarget = SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, SecondLineId);
    private static readonly SlaTarget FiveBusinessDays = SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, SecondLineId);
    private static readonly Actor Lead = Actor.Of("second-line-lead", "Second-line lead");
    private static readonly Actor Customer = Actor.Of("customer-ops", "Customer operations");

    private static readonly ServiceCatalog Desk1Catalogue = ServiceCatalog.Of(
    [
        Minor("account-change", "Account change"),
        Minor("snapshot-backup-restore", "Snapshot backup / restore"),
        Minor("monitoring-change", "Monitoring change"),
        Minor("server-start-stop", "Server start / stop"),
        Minor("firewall-rule", "Firewall rule"),
        Impacting("os-middleware-config", "OS / middleware configuration"),
        Impacting("patch", "Patch application"),
        Impacting("upgrade", "Upgrade"),
        Impacting("instance-type-change", "Instance type change"),
        Impacting("disk-change", "Disk change"),
        Impacting("quota-raise", "Quota raise"),
        Impacting("procedure-change", "Procedure change"),
        Impacting("technical-consultation", "Technical consultation"),
    ]);

    [Fact]
    public void Catalogue_Case1MinorAndServiceImpactingTypes_OneBusinessDayAndFiveWithApproval()
    {
        ServiceRequestType[] minor = Desk1Catalogue.Types.Where(t => t.ServiceImpact == ServiceImpact.Minor).ToArray();
        ServiceRequestType[] impacting = Desk1Catalogue.Types.Where(t => t.ServiceImpact == ServiceImpact.ServiceImpacting).ToArray();

        Assert.Equal(5, minor.Length);
        Assert.All(minor, t => Assert.Equal(OneBusinessDayTarget, t.FulfilmentTarget));
        Assert.All(minor, t => Assert.False(t.RequiresApproval));
        Assert.Equal(8, impacting.Length);
        Assert.All(impacting, t => Assert.Equal(FiveBusinessDays, t.FulfilmentTarget));
        Assert.All(impacting, t => Assert.Equal(["second-line-lead"], t.Approvers));
    }

    [Fact]
    public void Case1_MinorRequestFridayAt17_IsDueTuesdayAt17BecauseMonday23NovemberIsAHoliday()
    {
        // Submitted Friday 2026-11-20 17:00 JST with a 1-business-day target. Saturday and Sunday are not business
        // days, and Monday 2026-11-23 is Labour Thanksgiving Day (a JP national holiday), so the next business day is
        // Tuesday 2026-11-24: due at 17:00, after 9 working hours (Friday 17:00-19:00 and Tuesday 10:00-17:00).
        Instant submitted = Jst(2026, 11, 20, 17);
        Instant due = Jst(2026, 11, 24, 17);

        Assert.False(SecondLine.IsWorkingDay(new LocalDate(2026, 11, 23)));
        Assert.True(SecondLine.IsWorkingDay(new LocalDate(2026, 11, 24)));
        WorkingTimeExplanation explained = SecondLine.ExplainWorkingTimeBetween(submitted, due);
        Assert.Equal(Hours(9), explained.WorkingTime);
        GapReason holiday = Assert.Single(explained.Gaps.SelectMany(g => g.Reasons), r => r.Kind == GapReasonKind.Holiday);
        Assert.Equal(new LocalDate(2026, 11, 23), holiday.Date);
        Assert.Contains("Labour Thanksgiving Day", holiday.Description, System.StringComparison.Ordinal);

        ServiceRequest request = SubmitTo("SR-1120", "account-change", submitted);
        SlaStatus status = request.EvaluateFulfilment(submitted)!.Value;
        Assert.Equal(due, status.DueAt);
        Assert.Equal(Hours(9), status.Target);
        Assert.Equal(due + Duration.Epsilon, request.NextSlaChangeAt(submitted));

        // Tuesday 16:30: met, after 8.5 working hours.
        Fulfil(request, Jst(2026, 11, 24, 16, 30));
        Assert.Equal(SlaClockState.Met, request.EvaluateFulfilment(Jst(2026, 11, 25, 10))!.Value.State);
        Assert.Equal(Hours(8) + Minutes(30), request.FulfilmentClock!.Cycles[0].Elapsed);
    }

    [Fact]
    public void Case1_ServiceImpactingRequest_FiveBusinessDaysFromTheApproval()
    {
        // Submitted Friday 2026-11-20 17:00, approved Tuesday 2026-11-24 11:00: Wed 25, Thu 26, Fri 27, Mon 30 and
        // Tue 1 December are the five business days, due Tuesday 2026-12-01 11:00. The days waiting for the approval
        // do not count.
        ServiceRequest request = SubmitTo("SR-1121", "patch", Jst(2026, 11, 20, 17));
        Assert.Equal(ServiceRequestStatus.AwaitingApproval, request.Status);
        Assert.Null(request.FulfilmentClock);

        request.Approve(new ApproveServiceRequest(), Lead, Jst(2026, 11, 24, 11));
        Assert.Equal(Jst(2026, 12, 1, 11), request.EvaluateFulfilment(Jst(2026, 11, 24, 11))!.Value.DueAt);
        Assert.Equal(Hours(45), request.EvaluateFulfilment(Jst(2026, 11, 24, 11))!.Value.Target);
    }

    [Fact]
    public void Case1_AnnualComplianceTable_PerTypeTargetBreachesAndVerdict()
    {
        // The holidays the requests below cross, as the calendar has them.
        foreach (LocalDate holiday in new[] { new LocalDate(2026, 3, 20), new LocalDate(2026, 9, 21), new LocalDate(2026, 9, 22), new LocalDate(2026, 9, 23), new LocalDate(2027, 1, 1) })
        {
            Assert.False(SecondLine.IsWorkingDay(holiday), $"{holiday} should be a JP holiday.");
        }

        var requests = new List<ServiceRequest>
        {
            // Account change: Monday 2026-02-02 10:30, done at 15:00 the same day: met.
            Fulfil(SubmitTo("SR-101", "account-change", Jst(2026, 2, 2, 10, 30)), Jst(2026, 2, 2, 15)),

            // Account change: Friday 2026-11-20 17:00, due Tuesday 17:00 (Monday is a holiday), done Tuesday 16:00: met.
            Fulfil(SubmitTo("SR-102", "account-change", Jst(2026, 11, 20, 17)), Jst(2026, 11, 24, 16)),

            // Account change: Wednesday 2026-06-10 11:00, due Thursday 11:00, done Thursday 12:00: breached.
            Fulfil(SubmitTo("SR-103", "account-change", Jst(2026, 6, 10, 11)), Jst(2026, 6, 11, 12)),

            // Firewall rule: Thursday 2026-03-19 18:00; Friday 20 March is Vernal Equinox Day, so it is due Monday
            // 2026-03-23 18:00; done Monday 17:00: met.
            Fulfil(SubmitTo("SR-104", "firewall-rule", Jst(2026, 3, 19, 18)), Jst(2026, 3, 23, 17)),

            // Firewall rule: Tuesday 2026-07-07 10:00, on hold awaiting the requester from 11:00 to Wednesday 15:00,
            // done Wednesday 18:00: 4 working hours counted, met (without the hold it was due Wednesday 10:00).
            Held(SubmitTo("SR-105", "firewall-rule", Jst(2026, 7, 7, 10)), Jst(2026, 7, 7, 11), Jst(2026, 7, 8, 15), Jst(2026, 7, 8, 18)),

            // Patch: submitted Monday 2026-09-14, approved Tuesday 15 10:00; 21-23 September are holidays (Respect for
            // the Aged Day, a citizens' holiday, Autumnal Equinox Day), so it is due Friday 2026-09-25 10:00; done
            // Monday 28 11:00: breached.
            Fulfil(Approved(SubmitTo("SR-106", "patch", Jst(2026, 9, 14, 10)), Jst(2026, 9, 15, 10)), Jst(2026, 9, 28, 11)),

            // Upgrade: approved Monday 2026-12-28 10:00, due Tuesday 2027-01-05 10:00, still open at the year's end.
            Started(Approved(SubmitTo("SR-108", "upgrade", Jst(2026, 12, 25, 15)), Jst(2026, 12, 28, 10))),

            // Account change: Monday 2026-10-05 10:00, done 14:00 (met); reopened Tuesday 10:00 and done again
            // Wednesday 11:00, 10 working hours later: the second cycle is breached.
            Fulfil(Reopened(Fulfil(SubmitTo("SR-109", "account-change", Jst(2026, 10, 5, 10)), Jst(2026, 10, 5, 14)), Jst(2026, 10, 6, 10)), Jst(2026, 10, 7, 11)),

            // Server start/stop: withdrawn by the customer: cancelled, counted neither as met nor as breached.
            Cancelled(SubmitTo("SR-110", "server-start-stop", Jst(2026, 8, 3, 11)), Jst(2026, 8, 3, 12)),
        };

        // Quota raise: rejected by the lead, so its fulfilment was never measured and it is in no row.
        ServiceRequest rejected = SubmitTo("SR-107", "quota-raise", Jst(2026, 5, 11, 10));
        rejected.Reject(new RejectServiceRequest("Quota already at the contract limit."), Lead, Jst(2026, 5, 11, 14));
        Assert.Null(rejected.FulfilmentClock);

        Instant yearEnd = Jst(2026, 12, 31, 23, 59);
        IEnumerable<SlaMeasurement> measurements = requests.SelectMany(r => r.SlaMeasurements(yearEnd));
        Assert.Empty(rejected.SlaMeasurements(yearEnd));
        SlaRequestTypeComplianceTable table = SlaRequestTypeComplianceTable.Create(
            measurements, SlaMetric.Resolution, SlaComplianceReportOptions.ForYear(2026, Tokyo), SlaComplianceVerdictRule.NoBreachAllowed);

        Assert.Equal(
            [
                ("Account change", OneBusinessDayTarget, 5, 3, 2, SlaComplianceVerdict.NotMet),
                ("Firewall rule", OneBusinessDayTarget, 2, 2, 0, SlaComplianceVerdict.Met),
                ("Patch application", FiveBusinessDays, 1, 0, 1, SlaComplianceVerdict.NotMet),
                ("Server start / stop", OneBusinessDayTarget, 1, 0, 0, SlaComplianceVerdict.NotMeasured),
                ("Upgrade", FiveBusinessDays, 1, 0, 0, SlaComplianceVerdict.NotMeasured),
            ],
            table.Rows.Select(r => (r.RequestType, r.Target, r.Figures.Count, r.Figures.Met, r.Figures.Breached, r.Verdict)));
        Assert.Equal(1, table.RowsFor("Server start / stop")[0].Figures.Cancelled);
        Assert.Equal(1, table.RowsFor("Upgrade")[0].Figures.Open);
        Assert.Equal(0, table.OutsidePeriod);
        Snapshot.Verify(table.ToMarkdown(), "Case1ServiceRequestCatalogueTests.Case1_AnnualComplianceTable_PerTypeTargetBreachesAndVerdict");
    }

    private static ServiceRequestType Minor(string id, string name) => new(id, name, ServiceImpact.Minor, OneBusinessDayTarget);

    private static ServiceRequestType Impacting(string id, string name) =>
        new(id, name, ServiceImpact.ServiceImpacting, FiveBusinessDays, requiresApproval: true, approvers: ["second-line-lead"]);

    private static ServiceRequest SubmitTo(string id, string typeId, Instant at) => ServiceRequest.Submit(
        new SubmitServiceRequest(typeId, "Request " + id, string.Empty, Customer), new ServiceRequestId(id), ServiceRequestTestData.Desk, at, RulesFor(Desk1Catalogue));

    private static ServiceRequest Approved(ServiceRequest request, Instant at)
    {
        request.Approve(new ApproveServiceRequest(), Lead, at);
        return request;
    }

    private static ServiceRequest Started(ServiceRequest request)
    {
        request.Assign(new AssignServiceRequest("second-line"), ServiceRequestTestData.Desk, request.LastEventAt);
        request.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, request.LastEventAt);
        return request;
    }

    private static ServiceRequest Fulfil(ServiceRequest request, Instant at)
    {
        if (request.Status != ServiceRequestStatus.InFulfilment)
        {
            Started(request);
        }

        request.Fulfil(new FulfilServiceRequest("Done."), Engineer, at);
        return request;
    }

    private static ServiceRequest Held(ServiceRequest request, Instant holdAt, Instant resumeAt, Instant fulfilAt)
    {
        Started(request);
        request.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester), Engineer, holdAt);
        request.Resume(new ResumeServiceRequest(), Engineer, resumeAt);
        return Fulfil(request, fulfilAt);
    }

    private static ServiceRequest Reopened(ServiceRequest request, Instant at)
    {
        request.Reopen(new ReopenServiceRequest("Not what was asked for."), Customer, at);
        return request;
    }

    private static ServiceRequest Cancelled(ServiceRequest request, Instant at)
    {
        request.Cancel(new CancelServiceRequest("Withdrawn by the customer."), Customer, at);
        return request;
    }
}
