namespace ItsmCore.Changes;

/// <summary>The type of a change (ITIL): how it is authorized.</summary>
public enum ChangeType
{
    /// <summary>Pre-approved from a template of the standard-change catalogue; goes straight to scheduling.</summary>
    Standard,

    /// <summary>Assessed and authorized by its change authority (a CAB or a delegated authority).</summary>
    Normal,

    /// <summary>Authorized by the emergency board, outside the cadence.</summary>
    Emergency,
}
