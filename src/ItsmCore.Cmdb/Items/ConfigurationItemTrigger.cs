namespace ItsmCore.Cmdb;

/// <summary>What moves a configuration item through <see cref="ConfigurationItem.Lifecycle"/>.</summary>
public enum ConfigurationItemTrigger
{
    /// <summary>Planned to in build.</summary>
    StartBuild,

    /// <summary>Planned, in build or maintenance to production.</summary>
    PutInProduction,

    /// <summary>Production to maintenance.</summary>
    StartMaintenance,

    /// <summary>Any state but retired to retired (final).</summary>
    Retire,
}
