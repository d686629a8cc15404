using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// The outcome of evaluating the recorded votes against a policy: each step's state, the overall result with its stable
/// code, and the votes that did not count, each with its refusal. Immutable; equal by value.
/// </summary>
/// <param name="PolicyId">The policy evaluated.</param>
/// <param name="Steps">The state of every step, in order.</param>
/// <param name="Result">The overall result.</param>
/// <param name="NotCounted">The refusals of the votes that did not count, in vote order.</param>
public sealed record ApprovalEvaluation(string PolicyId, EquatableArray<ApprovalStepState> Steps, ApprovalResult Result, EquatableArray<Refusal> NotCounted)
{
    /// <summary>The result's stable code: <c>Change.Approval.Pending</c>, <c>.Approved</c>, <c>.Rejected</c> or <c>.QuorumUnreachable</c>.</summary>
    public string Code => "Change.Approval." + Result;
}
