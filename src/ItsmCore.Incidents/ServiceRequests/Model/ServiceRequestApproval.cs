using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>An approval decision on a service request: who decided, on whose authority, when, what, and why.</summary>
/// <param name="At">When the decision was recorded.</param>
/// <param name="Approver">Who decided.</param>
/// <param name="Authority">The approver id of the request type under which the decision was taken: the group given as <c>OnBehalfOf</c>, or the approver's own id.</param>
/// <param name="Decision">Approved or rejected.</param>
/// <param name="Comment">The approver's comment (the reason, for a rejection); null when none was given.</param>
public sealed record ServiceRequestApproval(Instant At, Actor Approver, string Authority, ServiceRequestApprovalDecision Decision, string? Comment);
