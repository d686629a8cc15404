namespace ItsmCore.Sla;

/// <summary>What a <see cref="ContinuityExercise"/> proves.</summary>
public enum ContinuityExerciseKind
{
    /// <summary>A restore from backup is tested (case 18: the CRM, quarterly).</summary>
    RestoreTest,

    /// <summary>A failover to the standby is drilled (case 18: the trading platform, twice a year).</summary>
    FailoverDrill,
}
