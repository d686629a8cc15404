using System;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Testing;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

/// <summary>
/// The aggregate conventions checked with the shared ItsmCore.Testing tools: random command scripts in which every
/// refused command changes nothing and the request rebuilt from its events equals the live one after every step.
/// </summary>
public sealed class ServiceRequestConventionTests
{
    [Fact]
    public void CommandScripts_EveryCommandInAnyOrder_RefusalsChangeNothingAndRebuildEqualsLive()
    {
        var runner = new CommandScript<ServiceRequest, ServiceRequestEvent>(
            rng => ServiceRequest.Submit(
                SubmitCommand(rng.Next(2) == 0 ? AccountChange : OsConfiguration) with { Priority = ServiceRequestPriorities.Scale.Levels[rng.Next(0, 3)] },
                Id,
                Desk,
                MondayMorning + Minutes(rng.Next(0, 600)),
                Rules),
            history => ServiceRequest.Rebuild(history, Rules),
            e => e is DomainException);
        Add(runner, "Approve", (r, rng, at) => r.Approve(new ApproveServiceRequest(), rng.Next(3) == 0 ? Bob : Alice, at), 2);
        Add(runner, "Reject", (r, rng, at) => r.Reject(new RejectServiceRequest("Not now"), rng.Next(3) == 0 ? Bob : Alice, at));
        Add(runner, "Assign", (r, rng, at) => r.Assign(new AssignServiceRequest(rng.Next(2) == 0 ? "second-line" : "unix") { Assignee = rng.Next(2) == 0 ? null : Engineer }, Desk, at), 3);
        Add(runner, "StartFulfilment", (r, rng, at) => r.StartFulfilment(new StartServiceRequestFulfilment(), Engineer, at), 3);
        Add(runner, "PutOnHold", (r, rng, at) => r.PutOnHold(new PutServiceRequestOnHold((ServiceRequestHoldReason)rng.Next(0, 2)), Engineer, at), 2);
        Add(runner, "Resume", (r, rng, at) => r.Resume(new ResumeServiceRequest(), Engineer, at), 2);
        Add(runner, "Fulfil", (r, rng, at) => r.Fulfil(new FulfilServiceRequest("Done."), Engineer, at), 2);
        Add(runner, "Close", (r, rng, at) => r.Close(new CloseServiceRequest(), Desk, at));
        Add(runner, "Reopen", (r, rng, at) => r.Reopen(new ReopenServiceRequest("Not what I asked for"), Requester, at));
        Add(runner, "Cancel", (r, rng, at) => r.Cancel(new CancelServiceRequest("Withdrawn"), Requester, at));
        Add(runner, "Comment", (r, rng, at) => r.AddComment(new AddServiceRequestComment((CommentVisibility)rng.Next(0, 2), "Any news?"), Requester, at), 2);

        CommandScriptReport report = runner.Run(scripts: 150, maxSteps: 30);

        Assert.True(report.Steps > 1000, report.ToString());
        Assert.All(new[] { "Approve", "Reject", "Assign", "Fulfil", "Reopen", "Comment" }, name =>
            Assert.True(report.Applied[name] > 0 && report.Refused[name] > 0, name));
    }

    private static void Add(CommandScript<ServiceRequest, ServiceRequestEvent> runner, string name, Action<ServiceRequest, Random, Instant> apply, int weight = 1) =>
        runner.Command(name, (request, random) => apply(request, random, request.LastEventAt + Minutes(random.Next(0, 600))), weight);
}
