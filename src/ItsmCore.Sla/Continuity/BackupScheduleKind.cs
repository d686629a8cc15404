namespace ItsmCore.Sla;

/// <summary>How a <see cref="BackupSchedule"/> protects data.</summary>
public enum BackupScheduleKind
{
    /// <summary>Backups (full, incremental or point-in-time recovery logs) at a fixed interval.</summary>
    Periodic,

    /// <summary>Synchronous replication: no committed write is lost (RPO zero).</summary>
    SynchronousReplication,
}
