using System.Collections.Generic;
using System.Linq;
using ItsmCore.Sla;
using ItsmCore.ServiceRequests;
using NodaTime;
using Xunit;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// History never changes under the host: the fulfilment target a request was measured against is written into the event
/// that started its clock (<see cref="ServiceRequestSubmitted"/> or <see cref="ServiceRequestApproved"/>), so a rebuild
/// with an edited and reordered catalogue yields the same deadlines and breaches.
/// </summary>
public sealed class ServiceRequestHistoryRegressionTests
{
    private static readonly Instant[] Probes =
        Enumerable.Range(0, 30).Select(i => MondayMorning + Duration.FromMinutes(53 * i * i)).ToArray();

    /// <summary>The same types in the reverse order with other targets (an hour of business time) and approvers.</summary>
    private static ServiceCatalog Edited { get; } = ServiceCatalog.Of(
    [
        new ServiceRequestType(
            OsConfiguration.Id, OsConfiguration.Name, OsConfiguration.ServiceImpact, SlaTarget.Within(Hours(1), SecondLineId), requiresApproval: true, approvers: ["alice"]),
        new ServiceRequestType(AccountChange.Id, AccountChange.Name, AccountChange.ServiceImpact, SlaTarget.Within(Minutes(10), SecondLineId)),
    ]);

    [Fact]
    public void Rebuild_CatalogueChangedAndReordered_SameDeadlinesAndBreaches()
    {
        foreach (ServiceRequest live in Recorded())
        {
            ServiceRequest rebuilt = ServiceRequest.Rebuild(live.UncommittedEvents, RulesFor(Edited));

            Assert.Equal(Measure(live), Measure(rebuilt));
            Assert.Equal(live.FulfilmentClock, rebuilt.FulfilmentClock);
        }
    }

    [Fact]
    public void Rebuild_CatalogueChangedAndReordered_MeasuresDeadlinesAndBreaches()
    {
        // Guards the test above against comparing nothing.
        List<string> measured = Recorded().SelectMany(Measure).ToList();

        Assert.Contains(measured, m => m.Contains("breached=True", System.StringComparison.Ordinal));
        Assert.Contains(measured, m => m.Contains("breached=False", System.StringComparison.Ordinal));
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
    }

    private static IEnumerable<string> Measure(ServiceRequest request) =>
        Probes.Where(t => t >= request.LastEventAt).Select(t => request.EvaluateFulfilment(t) is { } s ? $"at {t}: due={s.DueAt} breached={s.IsBreached} state={s.State}" : $"at {t}: not measured");
}
