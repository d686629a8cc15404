namespace ItsmCore.Cmdb;

/// <summary>The state of a configuration item in an impact analysis, ordered Up &lt; Degraded &lt; Down.</summary>
public enum ImpactState
{
    /// <summary>Unaffected.</summary>
    Up = 0,

    /// <summary>Working with reduced quality or redundancy.</summary>
    Degraded = 1,

    /// <summary>Not working (or taken out for maintenance).</summary>
    Down = 2,
}
