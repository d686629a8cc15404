using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// The verdict of <see cref="RecoveryObjectives.CheckRecoveryPoint"/>: the RPO a <see cref="BackupSchedule"/> implies
/// against the objective. Met when the implied RPO is at most the objective (exactly at it is met). Immutable and
/// thread-safe.
/// </summary>
public sealed record RecoveryPointCheck
{
    internal RecoveryPointCheck(BackupSchedule schedule, Duration objective)
    {
        Schedule = schedule;
        Objective = objective;
    }

    /// <summary>The schedule checked.</summary>
    public BackupSchedule Schedule { get; }

    /// <summary>The recovery point objective.</summary>
    public Duration Objective { get; }

    /// <summary>The RPO the schedule implies (<see cref="BackupSchedule.ImpliedRpo"/>).</summary>
    public Duration Implied => Schedule.ImpliedRpo;

    /// <summary>True when <see cref="Implied"/> is at most <see cref="Objective"/>.</summary>
    public bool IsMet => Implied <= Objective;

    /// <summary><see cref="Objective"/> - <see cref="Implied"/>: negative by how much the schedule falls short.</summary>
    public Duration Margin => Objective - Implied;

    /// <summary>A readable form, e.g. <c>RPO 5 min (every 5 min, 2016 generations) against 0 min: not met</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"RPO {ReportText.FormatDuration(Implied)} ({Schedule}) against {ReportText.FormatDuration(Objective)}: {(IsMet ? "met" : "not met")}";
}
