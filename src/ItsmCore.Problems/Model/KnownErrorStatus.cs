namespace ItsmCore.Problems;

/// <summary>Whether a known-error record is in use.</summary>
public enum KnownErrorStatus
{
    /// <summary>In use: the service desk matches new incidents against it and applies its workaround.</summary>
    Active,

    /// <summary>No longer in use: the problem was closed or cancelled.</summary>
    Retired,
}
