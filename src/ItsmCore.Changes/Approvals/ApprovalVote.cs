using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>A recorded vote. Immutable; equal by value.</summary>
/// <param name="Step">The step's name (ignoring case).</param>
/// <param name="Approver">Who voted.</param>
/// <param name="Decision">Approve or reject.</param>
/// <param name="At">When.</param>
public sealed record ApprovalVote(string Step, Actor Approver, ApprovalDecision Decision, Instant At);
