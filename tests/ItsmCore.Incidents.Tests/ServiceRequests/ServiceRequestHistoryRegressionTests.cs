using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;
using NodaTime;
using Xunit;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// History never changes under the host: what a request took from the catalogue is written into the event that applied
/// it (the type with its approvers, fulfilment target and lead time, and the schedule, in
/// <see cref="ServiceRequestSubmitted"/>; the approvers in <see cref="ServiceRequestApprovalRequested"/>; the clock's
/// target in <see cref="ServiceRequestSubmitted"/> or <see cref="ServiceRequestApproved"/>), so a rebuild with an
/// edited, reordered or emptied catalogue yields the same state, deadlines, schedule and approvals. Before, the type was
/// looked up in the current catalogue on rebuild: a removed type gave <see cref="KeyNotFoundException"/>, and an edited
/// one changed the approvers and the target a pending request was approved with.
/// </summary>
public sealed class ServiceRequestHistoryRegressionTests
{
    private static readonly Instant[] Probes =
        Enumerable.Range(0, 30).Select(i => MondayMorning + Duration.FromMinutes(53 * i * i)).ToArray();

    /// <summary>The same types in the reverse order with other names, targets (an hour of business time), lead times and approvers.</summary>
    private static ServiceCatalog Edited { get; } = ServiceCatalog.Of(
    [
        new ServiceRequestType(
            OsConfiguration.Id, "OS change (renamed)", ServiceImpact.Minor, SlaTarget.Within(Hours(1), SecondLineId), requiresApproval: true, approvers: ["bob"],
            leadTime: LeadTime.OfBusinessDays(10, SecondLineId)),
        new ServiceRequestType(AccountChange.Id, AccountChange.Name, AccountChange.ServiceImpact, SlaTarget.Within(Minutes(10), SecondLineId)),
    ]);

    public static TheoryData<string> Catalogues => new() { "edited", "empty" };

    private static ServiceRequestRules Changed(string catalogue) => RulesFor(catalogue == "edited" ? Edited : ServiceCatalog.Empty);

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Rebuild_CatalogueChangedReorderedOrEmptied_SameStateDeadlinesAndBreaches(string catalogue)
    {
        foreach (ServiceRequest live in Recorded())
        {
            ServiceRequest rebuilt = ServiceRequest.Rebuild(live.UncommittedEvents, Changed(catalogue));

            Assert.Equal(Describe(live), Describe(rebuilt));
            Assert.Equal(live.Type, rebuilt.Type);
            Assert.Equal(live.Schedule, rebuilt.Schedule);
            Assert.Equal(Measure(live), Measure(rebuilt));
            Assert.Equal(live.FulfilmentClock, rebuilt.FulfilmentClock);
        }
    }

    [Fact]
    public void Rebuild_CatalogueChangedAndReordered_MeasuresDeadlinesAndBreaches()
    {
        // Guards the test above against comparing nothing: deadlines, breaches, schedules and approvals are there.
        List<ServiceRequest> recorded = Recorded().ToList();
        List<string> measured = recorded.SelectMany(Measure).ToList();

        Assert.Contains(measured, m => m.Contains("breached=True", System.StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Contains("breached=False", System.StringComparison.Ordinal));
        Assert.Contains(recorded, r => r.Schedule.Expedited);
        Assert.Contains(recorded, r => r.Approvals.Count == 1);
        Assert.Contains(recorded, r => r.Status == ServiceRequestStatus.AwaitingApproval);
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Approve_PendingRequestRebuiltUnderChangedCatalogue_UsesTheRecordedApproversAndTarget(string catalogue)
    {
        ServiceRequest pending = Submit(OsConfiguration, MondayMorning);

        ServiceRequest rebuilt = ServiceRequest.Rebuild(pending.UncommittedEvents, Changed(catalogue));
        rebuilt.Approve(new ApproveServiceRequest(), Alice, MondayMorning + Hours(1));

        // alice was an approver when approval was requested; the clock runs 5 business days (recorded), not 1 hour (edited).
        ServiceRequestApproved approved = Assert.IsType<ServiceRequestApproved>(rebuilt.UncommittedEvents[^1]);
        Assert.Equal(OsConfiguration.FulfilmentTarget, approved.FulfilmentTarget);
        Assert.Equal(Jst(2026, 11, 24, 12), rebuilt.EvaluateFulfilment(MondayMorning + Hours(1))!.Value.DueAt);
    }

    [Fact]
    public void Approve_PendingRequestRebuiltUnderEditedApprovers_RefusesTheNewApprover()
    {
        ServiceRequest pending = Submit(OsConfiguration, MondayMorning);
        ServiceRequest rebuilt = ServiceRequest.Rebuild(pending.UncommittedEvents, Changed("edited"));

        DomainRuleException e = Assert.Throws<DomainRuleException>(() => rebuilt.Approve(new ApproveServiceRequest(), Bob, MondayMorning + Hours(1)));
        Assert.Equal(ServiceRequestRefusalCodes.NotApprover, e.Code);
        Assert.Equal(2, rebuilt.Version);
    }

    [Fact]
    public void Submit_StandardCatalogue_EventCarriesTheTypeAndTheSchedule()
    {
        ServiceRequest request = ServiceRequest.Submit(
            SubmitCommand(OsConfiguration) with { Priority = ServiceRequestPriorities.High }, Id, Desk, MondayMorning, Rules);

        ServiceRequestSubmitted submitted = Assert.IsType<ServiceRequestSubmitted>(request.UncommittedEvents[0]);
        Assert.Equal(OsConfiguration, submitted.Type);
        Assert.Equal(["change-managers", "alice"], submitted.Type.Approvers);
        Assert.Equal(LeadTime.OfBusinessDays(5, SecondLineId), submitted.Type.LeadTime);
        Assert.Equal(
            new ServiceRequestSchedule(ServiceRequestPriorities.High, null, LeadTime.OfBusinessDays(1, SecondLineId), Jst(2026, 11, 17, 11), Expedited: true),
            submitted.Schedule);
        Assert.Equal(["change-managers", "alice"], Assert.IsType<ServiceRequestApprovalRequested>(request.UncommittedEvents[1]).Approvers);
    }

    private static IEnumerable<ServiceRequest> Recorded()
    {
        Instant at = MondayMorning;
        ServiceRequest account = Submit(AccountChange, at);
        account.Assign(new AssignServiceRequest("second-line"), Desk, at += Minutes(5));
        account.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, at += Hours(1));
        account.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingRequester), Engineer, at += Minutes(30));
        account.Resume(new ResumeServiceRequest(), Engineer, at += Hours(20));
        account.Fulfil(new FulfilServiceRequest("User added."), Engineer, at += Hours(10));
        account.Reopen(new ReopenServiceRequest("The user cannot log in."), Desk, at += Hours(1));
        yield return account;

        ServiceRequest approved = Submit(OsConfiguration, MondayMorning);
        approved.Approve(new ApproveServiceRequest(), Alice, MondayMorning + Hours(2));
        yield return approved;

        // Expedited: wanted on Wednesday, before the standard 5 business days (Monday 23rd is a holiday).
        yield return ServiceRequest.Submit(
            SubmitCommand(OsConfiguration) with { Priority = ServiceRequestPriorities.High, DesiredAt = Jst(2026, 11, 18, 15) },
            new ServiceRequestId("SR-2"),
            Desk,
            MondayMorning,
            Rules);

        ServiceRequest low = ServiceRequest.Submit(
            SubmitCommand(AccountChange) with { Priority = ServiceRequestPriorities.Low }, new ServiceRequestId("SR-3"), Desk, MondayMorning, Rules);
        low.Cancel(new CancelServiceRequest("No longer needed"), Requester, Jst(2026, 11, 19, 10));
        yield return low;
    }

    private static IEnumerable<string> Measure(ServiceRequest request) =>
        Probes.Where(t => t >= request.LastEventAt).Select(t => request.EvaluateFulfilment(t) is { } s ? $"at {t}: due={s.DueAt} breached={s.IsBreached} state={s.State}" : $"at {t}: not measured");
}
