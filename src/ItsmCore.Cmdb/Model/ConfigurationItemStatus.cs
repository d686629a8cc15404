namespace ItsmCore.Cmdb;

/// <summary>The lifecycle status of a configuration item (JSON: <c>planned</c>, <c>in-build</c>, <c>production</c>, <c>maintenance</c>, <c>retired</c>).</summary>
public enum ConfigurationItemStatus
{
    /// <summary>Planned, not yet built.</summary>
    Planned,

    /// <summary>Being built or installed.</summary>
    InBuild,

    /// <summary>In production.</summary>
    Production,

    /// <summary>In production, under maintenance.</summary>
    Maintenance,

    /// <summary>Retired: kept for history; relationships to it are reported by the health report.</summary>
    Retired,
}
