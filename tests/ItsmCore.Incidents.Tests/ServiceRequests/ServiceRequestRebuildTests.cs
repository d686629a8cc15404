using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

public sealed class ServiceRequestRebuildTests
{
    /// <summary>
    /// One random step: which command (0-11; with <paramref name="Allowed"/>, an index into the commands the current
    /// state allows, so that stories get deep), a variant picking its input, and minutes after the last event
    /// (negative: too early).
    /// </summary>
    private readonly record struct Step(bool Allowed, int Command, int Variant, int Minutes);

    private static readonly Actor[] Deciders = [Alice, Bob, Desk];

    [Fact]
    public void Rebuild_RandomCommandSequences_ReproducesEveryPropertyTheJournalAndTheClock()
    {
        Gen<Step> step =
            from allowed in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from command in Gen.Choose(0, 11)
            from variant in Gen.Choose(0, 5)
            from minutes in Gen.Frequency((1, Gen.Constant(-1)), (6, Gen.Choose(0, 3 * 24 * 60)))
            select new Step(allowed, command, variant, minutes);
        Gen<(bool Approval, int StartMinutes, Step[] Steps)> story =
            from approval in Gen.Elements(true, false)
            from startMinutes in Gen.Choose(0, 60 * 24 * 365)
            from length in Gen.Choose(0, 40)
            from steps in Gen.ArrayOf(step, length)
            select (approval, startMinutes, steps);

        PropertyRunner.Run(story, s =>
        {
            ServiceRequest request = Submit(s.Approval ? OsConfiguration : AccountChange, Jst(2026, 1, 1, 0) + Minutes(s.StartMinutes));
            foreach (Step st in s.Steps)
            {
                string before = Describe(request);
                Instant at = request.LastEventAt + Minutes(st.Minutes);
                try
                {
                    Run(request, st.Allowed ? st with { Command = PickAllowed(request.Status, st) } : st, at);
                    Assert.True(st.Minutes >= 0, "A command earlier than the last event was accepted.");
                }
                catch (Exception e) when (e is InvalidTransitionException or DomainRuleException or ArgumentOutOfRangeException)
                {
                    Assert.True(e is not ArgumentOutOfRangeException || st.Minutes < 0, e.Message);
                    Assert.Equal(before, Describe(request));
                }

                // Invariants: a clock once the request is ready to fulfil; a hold reason exactly while on hold.
                bool approved = request.Approvals.Any(a => a.Decision == ServiceRequestApprovalDecision.Approved);
                Assert.Equal(!s.Approval || approved, request.FulfilmentClock is not null);
                Assert.Equal(request.Status == ServiceRequestStatus.OnHold, request.FulfilmentClock?.Evaluate(request.LastEventAt).IsPaused ?? false);
                Assert.Equal(request.Status == ServiceRequestStatus.OnHold, request.HoldReason is not null);
            }

            ServiceRequest rebuilt = ServiceRequest.Rebuild(request.UncommittedEvents, Rules);
            Assert.Equal(Describe(request), Describe(rebuilt));
            Assert.Equal(request.Journal, rebuilt.Journal);
            Assert.Equal(request.FulfilmentClock, rebuilt.FulfilmentClock);
            Assert.Empty(rebuilt.UncommittedEvents);
            Assert.Equal(request.Version, rebuilt.PersistedVersion);
            if (request.FulfilmentClock is { } clock)
            {
                Instant now = request.LastEventAt + Hours(1);
                Assert.Equal(request.EvaluateFulfilment(now), rebuilt.EvaluateFulfilment(now));
                Assert.Equal(request.NextSlaChangeAt(now), rebuilt.NextSlaChangeAt(now));
                Assert.Equal(clock, ItsmCore.Sla.SlaClock.Replay(clock.Events, CalendarProvider));
            }
        });
    }

    [Fact]
    public void Rebuild_EmptyHistory_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => ServiceRequest.Rebuild([], Rules));
    }

    [Fact]
    public void Rebuild_HistoryNotStartingWithASubmission_ThrowsArgumentException()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(
            () => ServiceRequest.Rebuild([new ServiceRequestClosed(Id, 1, MondayMorning, Desk, null)], Rules));
        Assert.Contains("starts with ServiceRequestSubmitted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_SecondSubmissionOrVersionGap_ThrowsArgumentException()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Assigned, MondayMorning);
        ServiceRequestEvent[] events = request.UncommittedEvents.ToArray();
        Assert.Throws<ArgumentException>(() => ServiceRequest.Rebuild([events[0], events[0] with { Version = 2 }], Rules));
        Assert.Throws<ArgumentException>(() => ServiceRequest.Rebuild([events[0], events[1] with { Version = 3 }], Rules));
        Assert.Throws<ArgumentException>(
            () => ServiceRequest.Rebuild([events[0], events[1] with { ServiceRequest = new ServiceRequestId("SR-2") }], Rules));
    }

    [Fact]
    public void Rebuild_HistoryBreakingTheLifecycle_ThrowsInvalidTransition()
    {
        ServiceRequest request = InState(ServiceRequestStatus.Submitted, MondayMorning);
        ServiceRequestEvent fulfilled = new ServiceRequestFulfilled(Id, 2, MondayMorning, Engineer, "Done.");
        Assert.Throws<InvalidTransitionException>(() => ServiceRequest.Rebuild([request.UncommittedEvents[0], fulfilled], Rules));
    }

    [Fact]
    public void Rebuild_TypeRemovedFromTheCatalogue_KeepsTheRecordedType()
    {
        // Before, the type was looked up in the current catalogue and a removed type gave KeyNotFoundException.
        ServiceRequest request = InState(ServiceRequestStatus.Submitted, MondayMorning);
        ServiceRequest rebuilt = ServiceRequest.Rebuild(request.UncommittedEvents, RulesFor(ServiceCatalog.Of([OsConfiguration])));
        Assert.Equal(AccountChange, rebuilt.Type);
        Assert.Equal(Describe(request), Describe(rebuilt));
    }

    [Fact]
    public void Rebuild_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceRequest.Rebuild(null!, Rules));
        Assert.Throws<ArgumentNullException>(() => ServiceRequest.Rebuild([], null!));
    }

    /// <summary>A command the state allows (a comment when none), rarely a cancel or a rejection, which end the story.</summary>
    private static int PickAllowed(ServiceRequestStatus status, Step step)
    {
        int[] commands = ServiceRequest.Lifecycle.TransitionsFrom(status)
            .Select(t => t.Trigger switch
            {
                ServiceRequestTrigger.Approve => 0,
                ServiceRequestTrigger.Reject => step.Variant >= 4 ? 1 : -1,
                ServiceRequestTrigger.Assign or ServiceRequestTrigger.Reassign => 2,
                ServiceRequestTrigger.StartWork => 3,
                ServiceRequestTrigger.PutOnHold => 4,
                ServiceRequestTrigger.Resume => 5,
                ServiceRequestTrigger.Fulfil => 6,
                ServiceRequestTrigger.Close => 7,
                ServiceRequestTrigger.Reopen => 8,
                ServiceRequestTrigger.Cancel => step.Variant == 0 ? 9 : -1,
                _ => -1,
            })
            .Where(c => c >= 0)
            .Append(10)
            .ToArray();
        return commands[step.Command % commands.Length];
    }

    private static void Run(ServiceRequest request, Step step, Instant at)
    {
        int v = step.Variant;
        switch (step.Command)
        {
            case 0:
                request.Approve(new ApproveServiceRequest { Comment = v % 2 == 0 ? null : "ok", OnBehalfOf = v == 3 ? "change-managers" : null }, Deciders[v % 3], at);
                break;
            case 1:
                request.Reject(new RejectServiceRequest("Not now") { OnBehalfOf = v == 4 ? "change-managers" : null }, Deciders[v % 3], at);
                break;
            case 2:
                request.Assign(new AssignServiceRequest(v % 2 == 0 ? "second-line" : "platform-team") { Assignee = v < 3 ? null : Engineer }, Desk, at);
                break;
            case 3:
                request.StartFulfilment(new StartServiceRequestFulfilment { Note = v == 0 ? "starting" : null }, Engineer, at);
                break;
            case 4:
                request.PutOnHold(new PutServiceRequestOnHold((ServiceRequestHoldReason)(v % 2)) { Note = v > 2 ? "waiting" : null }, Engineer, at);
                break;
            case 5:
                request.Resume(new ResumeServiceRequest(), Engineer, at);
                break;
            case 6:
                request.Fulfil(new FulfilServiceRequest("Done, variant " + v.ToString(System.Globalization.CultureInfo.InvariantCulture)), Engineer, at);
                break;
            case 7:
                request.Close(new CloseServiceRequest(), Desk, at);
                break;
            case 8:
                request.Reopen(new ReopenServiceRequest("Not what I asked for"), Requester, at);
                break;
            case 9:
                // Cancel less often than the other commands, so that stories get long; otherwise a comment.
                if (v == 0)
                {
                    request.Cancel(new CancelServiceRequest("Withdrawn"), Requester, at);
                }
                else
                {
                    request.AddComment(new AddServiceRequestComment(CommentVisibility.CustomerVisible, "Any news?"), Requester, at);
                }

                break;
            default:
                request.AddComment(new AddServiceRequestComment((CommentVisibility)(v % 2), "Note " + v.ToString(System.Globalization.CultureInfo.InvariantCulture)), Deciders[v % 3], at);
                break;
        }
    }
}
