namespace ItsmCore.Alerts;

/// <summary>What a failure does to the business services, as the CMDB's impact analysis sees it.</summary>
public enum ServiceImpactKind
{
    /// <summary>At least one business service is Down: a lost quorum or a dependency without redundancy.</summary>
    ServiceAffecting = 0,

    /// <summary>Business services are only Degraded: redundancy groups kept their quorum (a failover); not service affecting.</summary>
    AbsorbedByRedundancy = 1,

    /// <summary>No business service depends on the failed CI.</summary>
    NoServiceImpaired = 2,

    /// <summary>The alert names no CI, or one the CMDB does not hold: the impact cannot be decided (the intake treats it as service affecting).</summary>
    Unknown = 3,
}
