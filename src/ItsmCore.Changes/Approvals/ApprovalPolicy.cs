using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Changes.Engine;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>An approval route: named steps taken in order. Immutable; equal by value.</summary>
public sealed record ApprovalPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="id">The policy id.</param>
    /// <param name="steps">The steps in order (at least one, names distinct ignoring case).</param>
    /// <exception cref="ArgumentNullException">An argument or a step is null.</exception>
    /// <exception cref="ArgumentException">A blank id, no steps, or a step name given twice.</exception>
    public ApprovalPolicy(string id, IEnumerable<ApprovalStep> steps)
    {
        Id = TextGuard.Check(id, nameof(id), 100);
        ArgumentNullException.ThrowIfNull(steps);
        Steps = EquatableArray.From(steps);
        if (Steps.IsEmpty || Steps.Any(s => s is null))
        {
            throw new ArgumentException("A policy needs at least one step and no null step.", nameof(steps));
        }

        if (Steps.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() != Steps.Count)
        {
            throw new ArgumentException("A step name is given twice.", nameof(steps));
        }
    }

    /// <summary>The policy id.</summary>
    public string Id { get; }

    /// <summary>The steps, in order.</summary>
    public EquatableArray<ApprovalStep> Steps { get; }

    /// <summary>
    /// Evaluates recorded votes, in the order given: steps open one after the other; a vote counts only on the open
    /// step, from one of its approvers who is neither the requester nor an implementer (segregation of duties), once per
    /// approver; the quorum approves the step and opens the next; any rejection ends the step and the route as
    /// rejected. Votes that do not count are listed with their refusal (<c>Change.Approval.UnknownStep</c>,
    /// <c>.NotApprover</c>, <c>.SegregationOfDuties</c>, <c>.StepNotOpen</c>, <c>.StepDecided</c>, <c>.AlreadyVoted</c>).
    /// </summary>
    /// <param name="votes">The recorded votes, in recording order.</param>
    /// <param name="requesterId">The change's requester (actor id).</param>
    /// <param name="implementerIds">The change's implementers (actor ids).</param>
    /// <returns>The step states and the coded result.</returns>
    /// <exception cref="ArgumentNullException">An argument or a vote is null.</exception>
    public ApprovalEvaluation Evaluate(IEnumerable<ApprovalVote> votes, string requesterId, IEnumerable<string> implementerIds)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(requesterId);
        ArgumentNullException.ThrowIfNull(implementerIds);
        return ApprovalEngine.Evaluate(this, votes, requesterId, implementerIds.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks a new vote before it is recorded: the evaluation with it when it counts, else its coded refusal (e.g.
    /// <c>Change.Approval.SegregationOfDuties</c> when the requester or an implementer votes).
    /// </summary>
    /// <param name="recorded">The votes recorded so far.</param>
    /// <param name="vote">The new vote.</param>
    /// <param name="requesterId">The change's requester.</param>
    /// <param name="implementerIds">The change's implementers.</param>
    /// <returns>The new evaluation, or the refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public Outcome<ApprovalEvaluation> CheckVote(IEnumerable<ApprovalVote> recorded, ApprovalVote vote, string requesterId, IEnumerable<string> implementerIds)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(vote);
        ApprovalVote[] before = recorded.ToArray();
        string[] implementers = implementerIds?.ToArray() ?? throw new ArgumentNullException(nameof(implementerIds));
        int refusedBefore = Evaluate(before, requesterId, implementers).NotCounted.Count;
        ApprovalEvaluation after = Evaluate([.. before, vote], requesterId, implementers);
        return after.NotCounted.Count > refusedBefore
            ? Outcome<ApprovalEvaluation>.Refused(after.NotCounted[^1])
            : Outcome<ApprovalEvaluation>.Success(after);
    }
}
