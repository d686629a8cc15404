namespace ItsmCore.ServiceRequests;

/// <summary>
/// The stable codes of a service request's business refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>)
/// and of the validation failures that are specific to service requests, in the <c>{Record}.{Field or Rule}.{Reason}</c>
/// form shared with the validators' error codes (<c>ServiceRequest.{Field}.{Reason}</c>, e.g.
/// <c>ServiceRequest.Title.Blank</c>). docs/incidents.md lists them all. A code keeps its meaning once published.
/// </summary>
public static class ServiceRequestRefusalCodes
{
    /// <summary>A comment on a closed, cancelled or rejected request.</summary>
    public const string Final = "ServiceRequest.Status.Final";

    /// <summary>An approval or rejection by someone who is not one of the type's approvers (data: <c>approver</c>, <c>requestType</c>).</summary>
    public const string NotApprover = "ServiceRequest.Approver.NotApprover";

    /// <summary>A submission naming a request type the catalogue does not have (validation failure of <c>TypeId</c>).</summary>
    public const string TypeUnknown = "ServiceRequest.TypeId.Unknown";

    /// <summary>A submission whose <c>RequestedAt</c> is outside the calendars' supported range (validation failure).</summary>
    public const string RequestedAtOutOfRange = "ServiceRequest.RequestedAt.OutOfRange";

    /// <summary>A submission whose <c>RequestedAt</c> is later than the submission itself (validation failure).</summary>
    public const string RequestedAtAfterSubmission = "ServiceRequest.RequestedAt.AfterSubmission";

    /// <summary>A desired date on a low-priority request, which has no date yet (refusal of <c>ServiceRequestRules.Schedule</c>, and validation failure of <c>DesiredAt</c>; data: <c>desired</c>).</summary>
    public const string DesiredAtNotAllowed = "ServiceRequest.DesiredAt.NotAllowed";

    /// <summary>
    /// A desired date earlier than creation plus the lead time (data: <c>earliestAllowed</c>, the earliest allowed instant,
    /// and <c>earliestAllowedLocal</c>, <c>desired</c>, <c>createdAt</c>, <c>leadTime</c>): the code of the one rule shared with
    /// standard changes, <see cref="ItsmCore.Sla.LeadTime.TooEarlyCode"/>.
    /// </summary>
    public const string DesiredAtTooEarly = ItsmCore.Sla.LeadTime.TooEarlyCode;
}
