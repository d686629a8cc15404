using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>The state of one step after the recorded votes. Immutable; equal by value.</summary>
/// <param name="Step">The step's name.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Required">Approvals needed.</param>
/// <param name="Eligible">Approvers who may vote: the step's approvers less the requester and the implementers.</param>
/// <param name="ApprovedBy">Who approved, in vote order.</param>
/// <param name="RejectedBy">Who rejected (at most one: the first rejection ends the step).</param>
/// <param name="DecidedAt">When the step was approved or rejected; null while waiting or open.</param>
public sealed record ApprovalStepState(
    string Step,
    ApprovalStepStatus Status,
    int Required,
    int Eligible,
    EquatableArray<string> ApprovedBy,
    string? RejectedBy,
    Instant? DecidedAt);
