namespace ItsmCore.ServiceRequests;

/// <summary>
/// The stable codes of a service request's business refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>),
/// in the <c>{Record}.{Field or Rule}.{Reason}</c> form shared with the validators' error codes. docs/incidents.md lists
/// them all. A code keeps its meaning once published.
/// </summary>
public static class ServiceRequestRefusalCodes
{
    /// <summary>A comment on a closed, cancelled or rejected request.</summary>
    public const string Final = "ServiceRequest.Status.Final";

    /// <summary>An approval or rejection by someone who is not one of the type's approvers (data: <c>approver</c>, <c>requestType</c>).</summary>
    public const string NotApprover = "ServiceRequest.Approver.NotApprover";
}
