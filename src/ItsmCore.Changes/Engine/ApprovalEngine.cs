using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Engine;

/// <summary>
/// Replays recorded votes against an <see cref="ApprovalPolicy"/> in the order given (the order they were recorded):
/// one pass, O(votes x approvers per step). Stateless; every call builds its own arrays, so it is thread-safe.
/// </summary>
/// <remarks>
/// Invariants after each vote: exactly the steps before the first not-approved step are approved; that step is open
/// or rejected; every later step is waiting. A vote counts only on the open step, from one of its approvers who is
/// neither the requester nor an implementer, once per approver; any other vote is listed with its refusal.
/// </remarks>
internal static class ApprovalEngine
{
    public static ApprovalEvaluation Evaluate(ApprovalPolicy policy, IEnumerable<ApprovalVote> votes, string requesterId, IReadOnlyCollection<string> implementerIds)
    {
        int n = policy.Steps.Count;
        var status = new ApprovalStepStatus[n];
        var approvedBy = new List<string>[n];
        var rejectedBy = new string?[n];
        var decidedAt = new Instant?[n];
        for (int i = 0; i < n; i++)
        {
            status[i] = i == 0 ? ApprovalStepStatus.Open : ApprovalStepStatus.Waiting;
            approvedBy[i] = [];
        }

        var notCounted = new List<Refusal>();
        foreach (ApprovalVote vote in votes)
        {
            ArgumentNullException.ThrowIfNull(vote, nameof(votes));
            string who = vote.Approver.Id;
            int k = IndexOf(policy, vote.Step);
            Refusal? refusal = null;
            if (k < 0)
            {
                refusal = Refuse("UnknownStep", $"The policy '{policy.Id}' has no step '{vote.Step}'.", vote);
            }
            else if (!policy.Steps[k].Approvers.Items.Contains(who))
            {
                refusal = Refuse("NotApprover", $"'{who}' is not an approver of step '{policy.Steps[k].Name}'.", vote);
            }
            else if (string.Equals(who, requesterId, StringComparison.Ordinal) || implementerIds.Contains(who))
            {
                string role = string.Equals(who, requesterId, StringComparison.Ordinal) ? "requester" : "implementer";
                refusal = Refuse("SegregationOfDuties", $"'{who}' is the change's {role} and may not approve it.", vote, role);
            }
            else if (status[k] == ApprovalStepStatus.Waiting)
            {
                refusal = Refuse("StepNotOpen", $"Step '{policy.Steps[k].Name}' is not open: an earlier step is not approved.", vote);
            }
            else if (status[k] != ApprovalStepStatus.Open)
            {
                refusal = Refuse("StepDecided", $"Step '{policy.Steps[k].Name}' is already {status[k].ToString().ToLowerInvariant()}.", vote);
            }
            else if (approvedBy[k].Contains(who))
            {
                refusal = Refuse("AlreadyVoted", $"'{who}' has already voted on step '{policy.Steps[k].Name}'.", vote);
            }

            if (refusal is not null)
            {
                notCounted.Add(refusal);
                continue;
            }

            if (vote.Decision == ApprovalDecision.Reject)
            {
                status[k] = ApprovalStepStatus.Rejected;
                rejectedBy[k] = who;
                decidedAt[k] = vote.At;
                continue;
            }

            approvedBy[k].Add(who);
            if (approvedBy[k].Count >= policy.Steps[k].Required)
            {
                status[k] = ApprovalStepStatus.Approved;
                decidedAt[k] = vote.At;
                if (k + 1 < n)
                {
                    status[k + 1] = ApprovalStepStatus.Open;
                }
            }
        }

        var states = new ApprovalStepState[n];
        ApprovalResult result = ApprovalResult.Approved;
        for (int i = 0; i < n; i++)
        {
            ApprovalStep step = policy.Steps[i];
            int eligible = step.Approvers.Items.Count(a => !string.Equals(a, requesterId, StringComparison.Ordinal) && !implementerIds.Contains(a));
            states[i] = new ApprovalStepState(step.Name, status[i], step.Required, eligible, EquatableArray.From(approvedBy[i]), rejectedBy[i], decidedAt[i]);
            if (status[i] == ApprovalStepStatus.Rejected)
            {
                result = ApprovalResult.Rejected;
            }
            else if (status[i] == ApprovalStepStatus.Open && result == ApprovalResult.Approved)
            {
                result = eligible < step.Required ? ApprovalResult.QuorumUnreachable : ApprovalResult.Pending;
            }
        }

        return new ApprovalEvaluation(policy.Id, EquatableArray.From(states), result, EquatableArray.From(notCounted));
    }

    private static int IndexOf(ApprovalPolicy policy, string? name)
    {
        for (int i = 0; name is not null && i < policy.Steps.Count; i++)
        {
            if (string.Equals(policy.Steps[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static Refusal Refuse(string reason, string text, ApprovalVote vote, string? role = null)
    {
        var data = new List<KeyValuePair<string, string>> { new("approver", vote.Approver.Id), new("step", vote.Step) };
        if (role is not null)
        {
            data.Add(new("role", role));
        }

        return new Refusal(RefusalCode.Of("Change", "Approval", reason), text, data);
    }
}
