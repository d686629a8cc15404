namespace ItsmCore.Cmdb;

/// <summary>How an explanation step carries a state.</summary>
public enum ExplanationStepKind
{
    /// <summary>Along an impairing relationship, from a CI at least as bad.</summary>
    Relationship,

    /// <summary>From a member to its redundancy group through the group's quorum.</summary>
    Quorum,
}
