namespace ItsmCore.Incidents;

/// <summary>
/// The stable codes of an incident's business refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>), in
/// the <c>{Record}.{Field or Rule}.{Reason}</c> form shared with the validators' error codes
/// (<c>Incident.{Field}.{Reason}</c>). docs/incidents.md lists them all. A code keeps its meaning once published.
/// </summary>
public static class IncidentRefusalCodes
{
    /// <summary>A command that edits or adds to a closed or cancelled incident (or changes the priority or severity of, escalates or declares major a resolved one: it is reopened first).</summary>
    public const string Final = "Incident.Status.Final";

    /// <summary>A functional escalation to the group the incident is already assigned to.</summary>
    public const string EscalationSameGroup = "Incident.Escalation.SameGroup";

    /// <summary>An escalation without a reply target when IncidentOptions.EscalationReplyTarget is not set.</summary>
    public const string ReplyWithinNotConfigured = "Incident.ReplyWithin.NotConfigured";

    /// <summary>Answering an escalation number the incident does not have.</summary>
    public const string EscalationNotFound = "Incident.Escalation.NotFound";

    /// <summary>Answering an escalation that was answered.</summary>
    public const string EscalationAlreadyAnswered = "Incident.Escalation.AlreadyAnswered";

    /// <summary>Adding a link the incident has.</summary>
    public const string LinkExists = "Incident.Link.Exists";

    /// <summary>Linking an incident to itself as parent or related incident.</summary>
    public const string LinkSelf = "Incident.Link.Self";

    /// <summary>Linking a second parent major incident.</summary>
    public const string LinkSecondParent = "Incident.Link.SecondParent";

    /// <summary>Removing a link the incident does not have.</summary>
    public const string LinkNotFound = "Incident.Link.NotFound";

    /// <summary>Declaring a major incident twice.</summary>
    public const string MajorAlreadyDeclared = "Incident.Major.AlreadyDeclared";

    /// <summary>Declaring a major incident without a criterion when the severity does not meet the policy.</summary>
    public const string MajorPolicyNotMet = "Incident.Major.PolicyNotMet";

    /// <summary>Opening a task on an incident that is not major.</summary>
    public const string MajorNotDeclared = "Incident.Major.NotDeclared";

    /// <summary>Opening a task without a target when IncidentOptions.MajorIncidentTaskTargets has none for its priority.</summary>
    public const string TargetNotConfigured = "Incident.Target.NotConfigured";

    /// <summary>Completing a task number the incident does not have.</summary>
    public const string TaskNotFound = "Incident.Task.NotFound";

    /// <summary>Completing a completed task.</summary>
    public const string TaskAlreadyCompleted = "Incident.Task.AlreadyCompleted";

    /// <summary>Expecting a communication under a name in use.</summary>
    public const string ExpectationExists = "Incident.Expectation.Exists";

    /// <summary>Preparing an action under a name in use.</summary>
    public const string ActionExists = "Incident.Action.Exists";

    /// <summary>Deciding an action that was not prepared.</summary>
    public const string ActionNotFound = "Incident.Action.NotFound";

    /// <summary>Deciding an action twice.</summary>
    public const string ActionAlreadyDecided = "Incident.Action.AlreadyDecided";
}
