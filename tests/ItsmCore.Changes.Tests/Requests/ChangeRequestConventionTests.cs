using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using ItsmCore.Tests;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static ItsmCore.Changes.Tests.Requests.ChangeRequestScenarioTests;

namespace ItsmCore.Changes.Tests.Requests;

/// <summary>The aggregate conventions (docs/conventions.md) checked on <see cref="ChangeRequest"/>.</summary>
public sealed class ChangeRequestConventionTests
{
    private static readonly Actor Manager = Actor.Of("change-manager");

    private static ChangeRequest Failed()
    {
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).Classified().Build();
        change.AssessRisk(new AssessChangeRisk("Service stop", "Unlikely"), Manager, change.LastEventAt);
        change.RecordVote(new RecordChangeVote("Technical review", ApprovalDecision.Approve), Actor.Of("ops-lead"), change.LastEventAt);
        change.RecordVote(new RecordChangeVote("CAB", ApprovalDecision.Approve), Actor.Of("cab-chair"), change.LastEventAt);
        change.RecordVote(new RecordChangeVote("CAB", ApprovalDecision.Approve), Actor.Of("security"), change.LastEventAt);
        change.RecordVote(new RecordChangeVote("CAB", ApprovalDecision.Approve), Actor.Of("app-lead"), change.LastEventAt);
        change.DecideAtCab(new DecideChangeAtCab(CabDecision.Approve), Manager, change.LastEventAt);
        change.Schedule(new ScheduleChange(), Manager, change.LastEventAt);
        change.StartImplementation(new StartChangeImplementation(), Actor.Of("implementer"), change.LastEventAt);
        change.FailImplementation(new FailChangeImplementation("smoke test failed"), Actor.Of("implementer"), change.LastEventAt + Duration.FromMinutes(1));
        return change;
    }

    [Fact]
    public void Rebuild_UnderChangedOptions_KeepsRiskPolicyDeadlineAndJournal()
    {
        ChangeRequest original = Failed();
        ChangeRules changed = ChangeRules.Create(new ChangeOptions { RollbackDecisionWithin = Duration.FromHours(1) });

        ChangeRequest rebuilt = ChangeRequest.Rebuild(original.UncommittedEvents, changed);

        Assert.Same(changed, rebuilt.Rules);
        Assert.Equal(original.Risk, rebuilt.Risk);
        Assert.Equal(MonthlyCabRoute, rebuilt.ApprovalPolicy);
        Assert.Equal(ApprovalResult.Approved, rebuilt.ApprovalResult);
        Assert.Equal(original.LastEventAt + Duration.FromMinutes(5), rebuilt.RollbackDecisionDueAt);
        Assert.Equal(AggregateState.Describe(original), AggregateState.Describe(rebuilt));
        AggregateAssert.RebuildEqualsLive<ChangeRequest, ChangeEvent>(original, h => ChangeRequest.Rebuild(h, changed));
    }

    [Fact]
    public void Submit_EmptyPlannedWindow_ValidationErrorNamesTheChange()
    {
        Instant start = Instant.FromUtc(2026, 12, 1, 0, 0);
        var command = new SubmitChangeRequest(ChangeType.Normal, "t", "d", "r", Manager, start, start, "plan", "rollback") { Class = "cosmetic", ExpectedOutage = Duration.Zero };

        ValidationException ex = Assert.Throws<ValidationException>(() => ChangeRequest.Submit(command, new ChangeId("CHG-77"), Manager, start, ChangeRules.Default));

        Assert.Equal(["Change.Class.Unknown", "Change.PlannedWindow.EndNotAfterStart", "Change.ExpectedOutage.NotPositive"], ex.Errors.Select(e => e.ErrorCode));
        Assert.All(ex.Errors, e => Assert.StartsWith("Change CHG-77: ", e.ErrorMessage, StringComparison.Ordinal));
        Assert.Equal("PlannedEnd", ex.Errors.ElementAt(1).PropertyName);
    }

    [Fact]
    public void Lifecycles_ExportedAsMermaid_MatchApprovedDiagrams()
    {
        string text = string.Join(
            "\n",
            Enum.GetValues<ChangeType>().Select(t => "%% " + t + "\n" + ChangeRequest.LifecycleFor(t).ToMermaid()));

        Snapshot.Verify(text, "ChangeRequestConventionTests.Lifecycles_ExportedAsMermaid_MatchApprovedDiagrams");
        Assert.False(ChangeRequest.NormalLifecycle.CanFire(ChangeStatus.Submitted, ChangeTrigger.Schedule));
        Assert.True(ChangeRequest.StandardLifecycle.CanFire(ChangeStatus.Submitted, ChangeTrigger.Schedule));
        Assert.True(ChangeRequest.EmergencyLifecycle.CanFire(ChangeStatus.Authorized, ChangeTrigger.Start));
        Assert.False(ChangeRequest.NormalLifecycle.CanFire(ChangeStatus.Authorized, ChangeTrigger.Start));
    }

    [Fact]
    public void AddItsmCoreChanges_TwiceOrEqual_IsHarmless_DifferentIsRefused()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreChanges(o => o.RollbackDecisionWithin = Duration.FromMinutes(5));
        services.AddItsmCoreChanges();
        services.AddItsmCoreChanges(o => o.RollbackDecisionWithin = Duration.FromMinutes(5));

        Assert.Throws<ArgumentException>(() => services.AddItsmCoreChanges(o => o.RollbackDecisionWithin = Duration.FromMinutes(6)));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddItsmCoreChanges(o => o.Classes = ["stability"]));
        using ServiceProvider provider = services.BuildServiceProvider();
        Assert.Single(services, d => d.ServiceType == typeof(ChangeRules));
        Assert.Equal(Duration.FromMinutes(5), provider.GetRequiredService<ChangeRules>().RollbackDecisionWithin);
        IValidator<SubmitChangeRequest> validator = provider.GetRequiredService<IValidator<SubmitChangeRequest>>();
        Instant at = Instant.FromUtc(2026, 12, 1, 0, 0);
        Assert.Equal("Change.PlannedWindow.EndNotAfterStart", validator.Validate(new SubmitChangeRequest(ChangeType.Normal, "t", "d", "r", Manager, at, at - Duration.Epsilon, "p", "r")).Errors.Single().ErrorCode);
    }

    [Fact]
    public async Task SaveAsync_TwoWritersOfOneChange_SecondIsAConflict()
    {
        var repository = new InMemoryChangeRequestRepository(Rules());
        ChangeRequest change = Build.ChangeRequest().WithRules(Rules()).Build();
        await repository.SaveAsync(change);
        ChangeRequest a = (await repository.FindAsync(change.Id))!;
        ChangeRequest b = (await repository.FindAsync(change.Id))!;
        a.Classify(new ClassifyChange(), Manager, a.LastEventAt);
        b.Cancel(new CancelChange("duplicate"), Manager, b.LastEventAt);

        await repository.SaveAsync(a);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(b));
        Assert.Equal(ChangeStatus.Classified, (await repository.FindAsync(change.Id))!.Status);
    }

    [Fact]
    public void CommandScript_RandomCommands_RefusalsChangeNothingAndRebuildEqualsLive()
    {
        ChangeRules rules = Rules();
        var directory = new Approvals.ApprovalTests.RoleDirectory(new Dictionary<string, string[]> { ["dev"] = ["development"], ["ops"] = ["operations"] });
        string[] approvers = ["ops-lead", "cab-chair", "security", "app-lead", "cm", "it-service-manager", "qa-lead", "requester"];
        string[] steps = ["Technical review", "CAB", "Change manager", "Final approval", "Staging approval"];
        var runner = new CommandScript<ChangeRequest, ChangeEvent>(
            rng =>
            {
                ChangeRequestBuilder builder = Build.ChangeRequest().WithRules(rules).OfType(rng.Next(2) == 0 ? ChangeType.Normal : ChangeType.Emergency).WithConfigurationUpdates(("CI-1", "v2"));
                if (rng.Next(3) == 0)
                {
                    builder = builder.OnDelegatedTrack();
                }

                if (rng.Next(4) == 0)
                {
                    builder = builder.WithUntestedRollback();
                }

                return builder.Build();
            },
            history => ChangeRequest.Rebuild(history, rules),
            ex => ex is ValidationException or DomainException or ArgumentOutOfRangeException or ArgumentNullException);
        Instant At(ChangeRequest c, Random r) => c.LastEventAt + Duration.FromMinutes(r.Next(0, 30));
        Actor Who(Random r) => Actor.Of(r.Next(2) == 0 ? "dev" : "ops");
        runner.Command("Classify", (c, r) => c.Classify(new ClassifyChange(Class: r.Next(2) == 0 ? null : "fix"), Manager, At(c, r)));
        runner.Command("Assess", (c, r) => c.AssessRisk(new AssessChangeRisk(r.Next(2) == 0 ? "None" : "Service stop", "Unlikely"), Manager, At(c, r)));
        runner.Command("Vote", (c, r) => c.RecordVote(new RecordChangeVote(steps[r.Next(steps.Length)], r.Next(5) == 0 ? ApprovalDecision.Reject : ApprovalDecision.Approve), Actor.Of(approvers[r.Next(approvers.Length)]), At(c, r)), 6);
        runner.Command("Cab", (c, r) => c.DecideAtCab(new DecideChangeAtCab((CabDecision)r.Next(3), "minutes"), Manager, At(c, r)), 2);
        runner.Command("Emergency", (c, r) => c.AuthorizeEmergency(new AuthorizeEmergencyChange(r.Next(2) == 0 ? null : "payment-delay-notice"), Actor.Of("it-service-manager"), At(c, r)));
        runner.Command("Schedule", (c, r) => c.Schedule(new ScheduleChange(), Manager, At(c, r)));
        runner.Command("Start", (c, r) => c.StartImplementation(new StartChangeImplementation(), Who(r), At(c, r), directory));
        runner.Command("Succeed", (c, r) => c.CompleteImplementation(new CompleteChangeImplementation(), Manager, At(c, r)));
        runner.Command("Fail", (c, r) => c.FailImplementation(new FailChangeImplementation("broken"), Manager, At(c, r)));
        runner.Command("RollBack", (c, r) => c.RollBack(new RollBackChange(), Manager, At(c, r)));
        runner.Command("Release", (c, r) => c.ReleaseConfigurationUpdates(new ReleaseChangeConfigurationUpdates(), Who(r), At(c, r), directory));
        runner.Command("Review", (c, r) => c.RecordReview(new ReviewChange("ok", "none"), Manager, At(c, r)));
        runner.Command("Close", (c, r) => c.Close(new CloseChange(), Manager, At(c, r)));
        runner.Command("Cancel", (c, r) => c.Cancel(new CancelChange("withdrawn"), Manager, At(c, r)), 1);
        runner.Command("Link", (c, r) => c.Link(new LinkChangeRecord((ChangeLinkKind)r.Next(3), "REC-" + r.Next(3)), Manager, At(c, r)));

        CommandScriptReport report = runner.Run(scripts: 150, maxSteps: 40);

        Assert.All(new[] { "Vote", "Cab", "Emergency", "Start" }, op => Assert.True(report.Applied[op] > 0 && report.Refused[op] > 0, op));
        Assert.All(new[] { "Release", "Close" }, op => Assert.True(report.Refused[op] > 0, op));
    }
}
