using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Tests.Approvals;

/// <summary><see cref="ApprovalPolicy.Evaluate"/> against a brute-force evaluator that works step by step over the whole vote list.</summary>
public sealed class ApprovalPropertyTests
{
    private static readonly string[] People = ["p0", "p1", "p2", "p3", "p4", "p5"];

    [Fact]
    public void Evaluate_RandomPoliciesAndVotes_EqualsTheStepByStepOracle() => PropertyRunner.Run(Cases(), c =>
    {
        ApprovalEvaluation actual = c.Policy.Evaluate(c.Votes, c.Requester, c.Implementers);
        (ApprovalStepState[] steps, ApprovalResult result, int counted) = Oracle(c.Policy, c.Votes, c.Requester, c.Implementers);
        Assert.Equal(steps, actual.Steps.Items.ToArray());
        Assert.Equal(result, actual.Result);
        Assert.Equal(c.Votes.Length - counted, actual.NotCounted.Count);
    }, maxTest: 500);

    private static (ApprovalStepState[] Steps, ApprovalResult Result, int Counted) Oracle(ApprovalPolicy policy, ApprovalVote[] votes, string requester, string[] implementers)
    {
        var states = new List<ApprovalStepState>();
        int openFrom = 0;
        bool previousApproved = true;
        int counted = 0;
        foreach (ApprovalStep step in policy.Steps)
        {
            int eligible = step.Approvers.Items.Count(a => a != requester && !implementers.Contains(a));
            if (!previousApproved)
            {
                states.Add(new ApprovalStepState(step.Name, ApprovalStepStatus.Waiting, step.Required, eligible, [], null, null));
                continue;
            }

            var seen = new HashSet<string>();
            var approvers = new List<string>();
            ApprovalStepState? decided = null;
            for (int i = openFrom; i < votes.Length && decided is null; i++)
            {
                ApprovalVote v = votes[i];
                string who = v.Approver.Id;
                if (!string.Equals(v.Step, step.Name, StringComparison.OrdinalIgnoreCase) || !step.Approvers.Items.Contains(who)
                    || who == requester || implementers.Contains(who) || !seen.Add(who))
                {
                    continue;
                }

                counted++;
                if (v.Decision == ApprovalDecision.Reject)
                {
                    decided = new ApprovalStepState(step.Name, ApprovalStepStatus.Rejected, step.Required, eligible, EquatableArray.From(approvers), who, v.At);
                }
                else
                {
                    approvers.Add(who);
                    if (approvers.Count == step.Required)
                    {
                        decided = new ApprovalStepState(step.Name, ApprovalStepStatus.Approved, step.Required, eligible, EquatableArray.From(approvers), null, v.At);
                        openFrom = i + 1;
                    }
                }
            }

            decided ??= new ApprovalStepState(step.Name, ApprovalStepStatus.Open, step.Required, eligible, EquatableArray.From(approvers), null, null);
            previousApproved = decided.Status == ApprovalStepStatus.Approved;
            states.Add(decided);
        }

        ApprovalResult result =
            states.Any(s => s.Status == ApprovalStepStatus.Rejected) ? ApprovalResult.Rejected
            : states.All(s => s.Status == ApprovalStepStatus.Approved) ? ApprovalResult.Approved
            : states.First(s => s.Status == ApprovalStepStatus.Open) is { } open && open.Eligible < open.Required ? ApprovalResult.QuorumUnreachable
            : ApprovalResult.Pending;
        return ([.. states], result, counted);
    }

    private static Gen<Case> Cases() =>
        from stepCount in Gen.Choose(1, 3)
        from steps in Gen.ArrayOf(Step(), stepCount)
        from requester in Gen.Elements(People)
        from implementers in Gen.SubListOf(People)
        from voteCount in Gen.Choose(0, 14)
        from votes in Gen.ArrayOf(
            from step in Gen.Choose(0, stepCount)
            from who in Gen.Elements(People)
            from reject in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (step, who, reject),
            voteCount)
        select new Case(
            new ApprovalPolicy("p", steps.Select((s, i) => new ApprovalStep($"S{i}", s.Approvers, s.Quorum))),
            [.. votes.Select((v, i) => new ApprovalVote(v.step == stepCount ? "nope" : $"s{v.step}", Actor.Of(v.who), v.reject ? ApprovalDecision.Reject : ApprovalDecision.Approve, Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(i)))],
            requester,
            [.. implementers]);

    private static Gen<(string[] Approvers, ApprovalQuorum Quorum)> Step() =>
        from approvers in Gen.Shuffle(People).Select(p => p.ToArray())
        from count in Gen.Choose(1, 4)
        from required in Gen.Choose(1, count)
        from percent in Gen.Elements(25m, 33.33m, 50m, 66.67m, 75m, 100m)
        from usePercent in Gen.Elements(false, true)
        select (approvers[..count], usePercent ? ApprovalQuorum.Percentage(percent) : ApprovalQuorum.Count(required));

    internal sealed record Case(ApprovalPolicy Policy, ApprovalVote[] Votes, string Requester, string[] Implementers)
    {
        public override string ToString() =>
            $"steps [{string.Join("; ", Policy.Steps.Select(s => $"{s.Name}: {string.Join(",", s.Approvers)} {s.Quorum}"))}], requester {Requester}, implementers [{string.Join(",", Implementers)}], votes [{string.Join("; ", Votes.Select(v => $"{v.Step} {v.Approver.Id} {v.Decision}"))}]";
    }
}
