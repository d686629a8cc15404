using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Tests.Approvals;

public sealed class ApprovalTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 1, 0);

    private static readonly ApprovalPolicy TwoSteps = new(
        "normal-high",
        [
            new ApprovalStep("Technical review", ["tech-a", "tech-b", "tech-c"], ApprovalQuorum.Count(2)),
            new ApprovalStep("CAB", ["cab-1", "cab-2", "cab-3", "cab-4"], ApprovalQuorum.Percentage(50)),
        ]);

    private static ApprovalVote Vote(string step, string who, ApprovalDecision decision = ApprovalDecision.Approve, int minute = 0) =>
        new(step, Actor.Of(who), decision, T0 + Duration.FromMinutes(minute));

    [Theory]
    [InlineData(50, 3, 2)]
    [InlineData(50, 4, 2)]
    [InlineData(66.67, 3, 3)]
    [InlineData(66.66, 3, 2)]
    [InlineData(33.33, 3, 1)]
    [InlineData(100, 7, 7)]
    [InlineData(1, 7, 1)]
    public void RequiredOf_Percentage_IsTheExactCeiling(double percent, int approvers, int expected) =>
        Assert.Equal(expected, ApprovalQuorum.Percentage((decimal)percent).RequiredOf(approvers));

    [Fact]
    public void Evaluate_TwoStepsReachingQuorum_AreApprovedInOrder()
    {
        ApprovalVote[] votes =
        [
            Vote("Technical review", "tech-a", minute: 1),
            Vote("CAB", "cab-1", minute: 2), // not open yet: does not count
            Vote("technical review", "tech-c", minute: 3),
            Vote("CAB", "cab-1", minute: 4),
            Vote("CAB", "cab-3", minute: 5),
        ];

        ApprovalEvaluation evaluation = TwoSteps.Evaluate(votes, "requester", ["implementer"]);

        Assert.Equal(ApprovalResult.Approved, evaluation.Result);
        Assert.Equal("Change.Approval.Approved", evaluation.Code);
        Assert.Equal(
            new ApprovalStepState("Technical review", ApprovalStepStatus.Approved, 2, 3, ["tech-a", "tech-c"], null, T0 + Duration.FromMinutes(3)),
            evaluation.Steps[0]);
        Assert.Equal(new ApprovalStepState("CAB", ApprovalStepStatus.Approved, 2, 4, ["cab-1", "cab-3"], null, T0 + Duration.FromMinutes(5)), evaluation.Steps[1]);
        Refusal notOpen = Assert.Single(evaluation.NotCounted);
        Assert.Equal("Change.Approval.StepNotOpen", notOpen.Code);
    }

    [Fact]
    public void Evaluate_OneRejection_EndsTheStepAndTheRoute()
    {
        ApprovalEvaluation evaluation = TwoSteps.Evaluate(
            [Vote("Technical review", "tech-a"), Vote("Technical review", "tech-b", ApprovalDecision.Reject, 1), Vote("Technical review", "tech-c", minute: 2)],
            "requester",
            []);

        Assert.Equal(ApprovalResult.Rejected, evaluation.Result);
        Assert.Equal(ApprovalStepStatus.Rejected, evaluation.Steps[0].Status);
        Assert.Equal("tech-b", evaluation.Steps[0].RejectedBy);
        Assert.Equal(ApprovalStepStatus.Waiting, evaluation.Steps[1].Status);
        Assert.Equal("Change.Approval.StepDecided", Assert.Single(evaluation.NotCounted).Code);
    }

    [Fact]
    public void CheckVote_ImplementerOrRequesterApproving_IsRefusedForSegregationOfDuties()
    {
        var policy = new ApprovalPolicy("p", [new ApprovalStep("Review", ["alice", "bob", "carol"], ApprovalQuorum.Count(1))]);

        Outcome<ApprovalEvaluation> byImplementer = policy.CheckVote([], Vote("Review", "bob"), "alice", ["bob"]);
        Refusal refusal = Assert.Single(byImplementer.Refusals);
        Assert.Equal("Change.Approval.SegregationOfDuties", refusal.Code);
        Assert.Equal("implementer", refusal["role"]);
        Assert.Equal("requester", policy.CheckVote([], Vote("Review", "alice"), "alice", ["bob"]).Refusals[0]["role"]);
        Assert.Equal("Change.Approval.NotApprover", policy.CheckVote([], Vote("Review", "mallory"), "alice", ["bob"]).Refusals[0].Code);
        Assert.Equal("Change.Approval.UnknownStep", policy.CheckVote([], Vote("CAB", "carol"), "alice", ["bob"]).Refusals[0].Code);

        Outcome<ApprovalEvaluation> byCarol = policy.CheckVote([], Vote("Review", "carol"), "alice", ["bob"]);
        Assert.Equal(ApprovalResult.Approved, byCarol.Value.Result);
        Assert.Equal("Change.Approval.AlreadyVoted", new ApprovalPolicy("p2", [new ApprovalStep("Review", ["carol", "dave"], ApprovalQuorum.All)])
            .CheckVote([Vote("Review", "carol")], Vote("Review", "carol", ApprovalDecision.Reject), "alice", []).Refusals[0].Code);
    }

    [Fact]
    public void Evaluate_TooFewEligibleApprovers_IsQuorumUnreachable()
    {
        var policy = new ApprovalPolicy("p", [new ApprovalStep("Review", ["alice", "bob", "carol"], ApprovalQuorum.Percentage(60))]);

        // 60 % of 3 is 2, but alice requested and bob implements: only carol may vote.
        ApprovalEvaluation evaluation = policy.Evaluate([Vote("Review", "carol")], "alice", ["bob"]);
        Assert.Equal(ApprovalResult.QuorumUnreachable, evaluation.Result);
        Assert.Equal("Change.Approval.QuorumUnreachable", evaluation.Code);
        Assert.Equal(1, evaluation.Steps[0].Eligible);
        Assert.Equal(ApprovalResult.Pending, policy.Evaluate([], "x", []).Result);
    }

    [Fact]
    public void Step_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new ApprovalStep("Review", ["a", "b"], ApprovalQuorum.Count(3)));
        Assert.Throws<ArgumentException>(() => new ApprovalStep("Review", [], ApprovalQuorum.Count(1)));
        Assert.Throws<ArgumentException>(() => new ApprovalStep("Review", ["a", "a"], ApprovalQuorum.Count(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalQuorum.Percentage(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalQuorum.Percentage(100.01m));
        Assert.Throws<ArgumentOutOfRangeException>(() => ApprovalQuorum.Count(0));
        Assert.Throws<ArgumentException>(() => new ApprovalPolicy("p", [new ApprovalStep("A", ["a"], ApprovalQuorum.All), new ApprovalStep("a", ["b"], ApprovalQuorum.All)]));
    }

    [Fact]
    public void PolicyFor_RiskPicksTheRoute()
    {
        RiskScale scale = RiskScale.Default;
        var manager = new ApprovalPolicy("change-manager", [new ApprovalStep("Change manager", ["cm"], ApprovalQuorum.Count(1))]);
        var ecab = new ApprovalPolicy("ecab", [new ApprovalStep("ECAB", ["ops-lead", "itsm"], ApprovalQuorum.Count(1))]);
        var routing = new ApprovalRouting(scale,
        [
            new ApprovalRoute(ChangeType.Normal, scale.Get("Low"), manager),
            new ApprovalRoute(ChangeType.Normal, scale.Get("High"), TwoSteps),
            new ApprovalRoute(ChangeType.Emergency, scale.Lowest, ecab),
        ]);

        Assert.Same(manager, routing.PolicyFor(ChangeType.Normal, scale.Get("Low")).Value);
        Assert.Same(manager, routing.PolicyFor(ChangeType.Normal, scale.Get("Medium")).Value);
        Assert.Same(TwoSteps, routing.PolicyFor(ChangeType.Normal, scale.Get("High")).Value);
        Assert.Same(TwoSteps, routing.PolicyFor(ChangeType.Normal, scale.Highest).Value);
        Assert.Same(ecab, routing.PolicyFor(ChangeType.Emergency, scale.Highest).Value);
        Assert.True(routing.PolicyFor(ChangeType.Standard, scale.Lowest).HasRefusal(ApprovalRouting.NoRouteCode));
        Assert.Throws<ArgumentException>(() => new ApprovalRouting(scale, [new ApprovalRoute(ChangeType.Normal, scale.Lowest, manager), new ApprovalRoute(ChangeType.Normal, scale.Lowest, ecab)]));
    }

    [Fact]
    public void DelegatedAuthority_AgileTrack_ReleaseByDevelopmentCiUpdatesOnlyByOperations()
    {
        var directory = new RoleDirectory(new() { ["dev-1"] = ["development"], ["ops-1"] = ["operations"], ["both"] = ["development", "operations"] });
        DelegatedAuthority agile = DelegatedAuthority.AgileTrack;

        Assert.True(agile.AuthorizeRelease(Actor.Of("dev-1"), directory).IsSuccess);
        Assert.True(agile.AuthorizeCiUpdate(Actor.Of("ops-1"), directory).IsSuccess);
        Assert.True(agile.AuthorizeCiUpdate(Actor.Of("both"), directory).IsSuccess);
        Outcome<Actor> devUpdatesCi = agile.AuthorizeCiUpdate(Actor.Of("dev-1"), directory);
        Assert.Equal("Change.CiUpdate.NotAllowed", Assert.Single(devUpdatesCi.Refusals).Code);
        Assert.Equal("operations", devUpdatesCi.Refusals[0]["requiredRole"]);
        Assert.Equal("Change.Release.NotDelegated", agile.AuthorizeRelease(Actor.Of("ops-1"), directory).Refusals[0].Code);
    }

    /// <summary>An in-memory role directory: actor id to roles.</summary>
    internal sealed class RoleDirectory(Dictionary<string, string[]> roles) : IRoleDirectory
    {
        public bool IsInRole(string actorId, string role) => roles.TryGetValue(actorId, out string[]? held) && held.Contains(role, StringComparer.Ordinal);
    }
}
