namespace ItsmCore.Changes;

/// <summary>
/// The stable codes of change-request refusals (<see cref="ItsmCore.Primitives.DomainRuleException.Code"/>); validator
/// error codes follow <c>Change.{Field}.{Reason}</c>. Listed in docs/changes.md.
/// </summary>
public static class ChangeRefusalCodes
{
    /// <summary>A field edit or link on a closed, rejected or cancelled change.</summary>
    public const string Final = "Change.Status.Final";

    /// <summary>Authorization before the rollback plan was tested.</summary>
    public const string RollbackNotTested = "Change.RollbackPlan.NotTested";

    /// <summary>Assessment without a risk model in the rules.</summary>
    public const string NoRiskModel = "Change.Risk.NoModel";

    /// <summary>A CAB approval while the approval policy has not approved.</summary>
    public const string NotApproved = "Change.Approval.NotApproved";

    /// <summary>Emergency authorization without an emergency board in the rules.</summary>
    public const string NoEmergencyBoard = "Change.EmergencyBoard.None";

    /// <summary>Emergency authorization by someone not on the emergency board.</summary>
    public const string NotEmergencyBoardMember = "Change.EmergencyBoard.NotMember";

    /// <summary>A notice template that is not pre-approved.</summary>
    public const string NoticeTemplateNotPreApproved = "Change.NoticeTemplate.NotPreApproved";

    /// <summary>A template that is not in the catalogue, not approved, or of another change type.</summary>
    public const string TemplateNotApproved = "Change.Template.NotApproved";

    /// <summary>A template whose lead-time calendar the rules do not have.</summary>
    public const string CalendarUnknown = "Change.Template.CalendarUnknown";

    /// <summary>Releasing configuration updates before the implementation succeeded.</summary>
    public const string NotImplemented = "Change.ConfigurationUpdates.NotImplemented";

    /// <summary>Releasing configuration updates twice.</summary>
    public const string AlreadyReleased = "Change.ConfigurationUpdates.AlreadyReleased";

    /// <summary>Applying configuration updates to the CMDB before they were released.</summary>
    public const string NotReleased = "Change.ConfigurationUpdates.NotReleased";

    /// <summary>Applying a configuration update to an item the CMDB does not have.</summary>
    public const string ItemNotFound = "Change.ConfigurationUpdates.ItemNotFound";

    /// <summary>A configuration update the CMDB refuses (the CMDB's own code is in the refusal's data under <c>code</c>).</summary>
    public const string ItemRefused = "Change.ConfigurationUpdates.ItemRefused";
}
