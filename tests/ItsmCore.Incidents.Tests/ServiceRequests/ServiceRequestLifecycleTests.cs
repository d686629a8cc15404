using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>The lifecycle table as a whole: its content, its diagram, and the aggregate doing exactly what it says.</summary>
public sealed class ServiceRequestLifecycleTests
{
    private static readonly Lifecycle<ServiceRequestStatus, ServiceRequestTrigger> Table = ServiceRequest.Lifecycle;

    /// <summary>Every public command that fires a trigger: the trigger it fires in a state, and how to run it.</summary>
    private static readonly (string Name, Func<ServiceRequestStatus, ServiceRequestTrigger> Trigger, Action<ServiceRequest, Instant> Run)[] Commands =
    [
        ("Approve", _ => ServiceRequestTrigger.Approve, (r, at) => r.Approve(new ApproveServiceRequest(), Alice, at)),
        ("Reject", _ => ServiceRequestTrigger.Reject, (r, at) => r.Reject(new RejectServiceRequest("No budget"), Alice, at)),
        ("Assign", s => s is ServiceRequestStatus.Assigned or ServiceRequestStatus.InFulfilment or ServiceRequestStatus.OnHold
            ? ServiceRequestTrigger.Reassign
            : ServiceRequestTrigger.Assign, (r, at) => r.Assign(new AssignServiceRequest("platform-team"), Desk, at)),
        ("StartFulfilment", _ => ServiceRequestTrigger.StartWork, (r, at) => r.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, at)),
        ("PutOnHold", _ => ServiceRequestTrigger.PutOnHold, (r, at) => r.PutOnHold(new PutServiceRequestOnHold(ServiceRequestHoldReason.AwaitingSupplier), Engineer, at)),
        ("Resume", _ => ServiceRequestTrigger.Resume, (r, at) => r.Resume(new ResumeServiceRequest(), Engineer, at)),
        ("Fulfil", _ => ServiceRequestTrigger.Fulfil, (r, at) => r.Fulfil(new FulfilServiceRequest("Done."), Engineer, at)),
        ("Close", _ => ServiceRequestTrigger.Close, (r, at) => r.Close(new CloseServiceRequest(), Desk, at)),
        ("Reopen", _ => ServiceRequestTrigger.Reopen, (r, at) => r.Reopen(new ReopenServiceRequest("Wrong tenant"), Requester, at)),
        ("Cancel", _ => ServiceRequestTrigger.Cancel, (r, at) => r.Cancel(new CancelServiceRequest("Withdrawn"), Requester, at)),
    ];

    [Fact]
    public void Lifecycle_StateByTriggerMatrix_MatchesApprovedFile()
    {
        ServiceRequestTrigger[] triggers = Enum.GetValues<ServiceRequestTrigger>();
        var text = new StringBuilder();
        text.Append("| State | ").AppendJoin(" | ", triggers).Append(" |\n");
        text.Append("|---|").Append(string.Concat(triggers.Select(_ => "---|"))).Append('\n');
        foreach (ServiceRequestStatus state in Enum.GetValues<ServiceRequestStatus>())
        {
            text.Append("| ").Append(state);
            foreach (ServiceRequestTrigger trigger in triggers)
            {
                text.Append(" | ").Append(Table.CanFire(state, trigger) ? Table.Fire(state, trigger, "x").To.ToString() : ".");
            }

            text.Append(" |\n");
        }

        Snapshot.Verify(text.ToString(), "ServiceRequestLifecycleTests.Lifecycle_StateByTriggerMatrix_MatchesApprovedFile");
    }

    [Fact]
    public void Lifecycle_ToMermaid_MatchesApprovedFile()
    {
        Snapshot.Verify(Table.ToMermaid(), "ServiceRequestLifecycleTests.Lifecycle_ToMermaid_MatchesApprovedFile");
    }

    [Fact]
    public void Lifecycle_StartsSubmitted_EndsRejectedClosedOrCancelled()
    {
        Assert.Equal("ServiceRequest", Table.RecordType);
        Assert.Equal(ServiceRequestStatus.Submitted, Table.InitialState);
        Assert.Equal([ServiceRequestStatus.Rejected, ServiceRequestStatus.Closed, ServiceRequestStatus.Cancelled], Table.FinalStates);
        Assert.Equal(20, Table.Transitions.Count);
    }

    [Fact]
    public void Lifecycle_CancelAndItsReason_FromExactlyTheOpenStates()
    {
        ServiceRequestStatus[] open =
        [
            ServiceRequestStatus.Submitted, ServiceRequestStatus.AwaitingApproval, ServiceRequestStatus.Approved,
            ServiceRequestStatus.Assigned, ServiceRequestStatus.InFulfilment, ServiceRequestStatus.OnHold,
        ];
        LifecycleTransition<ServiceRequestStatus, ServiceRequestTrigger>[] cancels =
            Table.Transitions.Where(t => t.Trigger == ServiceRequestTrigger.Cancel).ToArray();
        Assert.Equal(open, cancels.Select(t => t.From));
        Assert.All(cancels, t => Assert.Equal(ServiceRequestStatus.Cancelled, t.To));
        Assert.All(cancels, t => Assert.Equal("reason required", t.Condition));
    }

    [Fact]
    public void Lifecycle_EveryTriggerButTheAutomaticOne_HasACommand()
    {
        var covered = new HashSet<ServiceRequestTrigger> { ServiceRequestTrigger.RequestApproval };
        foreach (ServiceRequestStatus state in Enum.GetValues<ServiceRequestStatus>())
        {
            covered.UnionWith(Commands.Select(c => c.Trigger(state)));
        }

        Assert.Equal(Enum.GetValues<ServiceRequestTrigger>().Order(), covered.Order());
    }

    [Fact]
    public void Aggregate_EveryStateAndCommand_DoesExactlyWhatTheTableSays()
    {
        int allowed = 0;
        foreach (ServiceRequestStatus state in Enum.GetValues<ServiceRequestStatus>())
        {
            foreach ((string name, Func<ServiceRequestStatus, ServiceRequestTrigger> triggerOf, Action<ServiceRequest, Instant> run) in Commands)
            {
                ServiceRequest request = InState(state, MondayMorning);
                ServiceRequestTrigger trigger = triggerOf(state);
                Instant at = request.LastEventAt + Minutes(5);
                string before = Describe(request);
                if (Table.CanFire(state, trigger))
                {
                    run(request, at);
                    Assert.True(Table.Fire(state, trigger, "x").To == request.Status, $"{name} from {state} reached {request.Status}.");
                    Assert.Equal(at, request.Journal[^1].At);
                    allowed++;
                    continue;
                }

                InvalidTransitionException e = Assert.Throws<InvalidTransitionException>(() => run(request, at));
                Assert.Equal("ServiceRequest", e.RecordType);
                Assert.Equal("SR-1", e.RecordId);
                Assert.Equal(state.ToString(), e.State);
                Assert.Equal(trigger.ToString(), e.Attempted);
                Assert.Equal(before, Describe(request));
            }
        }

        // Every transition of the table except the automatic RequestApproval was taken by a command.
        Assert.Equal(Table.Transitions.Count - 1, allowed);
    }

    [Fact]
    public void Aggregate_RefusedTransition_MessageNamesRecordStateAttemptAndAllowedTransitions()
    {
        ServiceRequest request = InState(ServiceRequestStatus.AwaitingApproval, MondayMorning);
        InvalidTransitionException e = Assert.Throws<InvalidTransitionException>(
            () => request.Fulfil(new FulfilServiceRequest("Done."), Engineer, MondayMorning + Hours(1)));
        Assert.Equal(
            "ServiceRequest SR-1: cannot Fulfil while AwaitingApproval: the ServiceRequest lifecycle has no Fulfil transition from AwaitingApproval; "
            + "allowed from AwaitingApproval: Approve (to Approved), Reject (to Rejected), Cancel (to Cancelled)",
            e.Message);

        ServiceRequest closed = InState(ServiceRequestStatus.Closed, MondayMorning);
        InvalidTransitionException final = Assert.Throws<InvalidTransitionException>(
            () => closed.Reopen(new ReopenServiceRequest("Again"), Requester, MondayMorning + Hours(1)));
        Assert.Equal("Closed is a final state; no transition leaves it", final.Reason);
    }
}
