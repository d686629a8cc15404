namespace ItsmCore.Changes;

/// <summary>Where a version of a change template stands.</summary>
public enum ChangeTemplateStatus
{
    /// <summary>Proposed, waiting for approval; not usable yet.</summary>
    Proposed,

    /// <summary>Approved: the version in use.</summary>
    Approved,

    /// <summary>Replaced by a later approved version.</summary>
    Superseded,

    /// <summary>The template was retired: no version is usable.</summary>
    Retired,
}
