using System;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// A service's recovery objectives as service-level values: the recovery time objective (<see cref="Rto"/>, how long
/// the service may be down after an outage starts) and the recovery point objective (<see cref="Rpo"/>, how much
/// recent data may be lost). The RTO is measured by an <see cref="SlaClock"/> from the outage start
/// (<see cref="StartRecoveryClock"/>); the RPO is checked against what a <see cref="BackupSchedule"/> can give
/// (<see cref="CheckRecoveryPoint"/>). Case 8: RTO 8 h, RPO 24 h; case 18: RTO 30 min, RPO 0.
/// Immutable and thread-safe; equal values compare equal.
/// </summary>
public sealed record RecoveryObjectives
{
    private RecoveryObjectives(Duration rto, Duration rpo)
    {
        Rto = rto;
        Rpo = rpo;
    }

    /// <summary>The recovery time objective: positive.</summary>
    public Duration Rto { get; }

    /// <summary>The recovery point objective: zero (no data loss, e.g. synchronous replication) or positive.</summary>
    public Duration Rpo { get; }

    /// <summary>Creates the objectives.</summary>
    /// <param name="rto">The recovery time objective: positive, at most <see cref="SlaTarget.MaxWorkingTime"/>.</param>
    /// <param name="rpo">The recovery point objective: zero or positive, at most <see cref="SlaTarget.MaxWorkingTime"/>.</param>
    /// <returns>The objectives.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A duration is out of range.</exception>
    public static RecoveryObjectives Of(Duration rto, Duration rpo)
    {
        if (rto <= Duration.Zero || rto > SlaTarget.MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(rto), rto, $"The RTO must be positive and at most {SlaTarget.MaxWorkingTime}.");
        }

        if (rpo < Duration.Zero || rpo > SlaTarget.MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(rpo), rpo, $"The RPO must be zero or positive and at most {SlaTarget.MaxWorkingTime}.");
        }

        return new RecoveryObjectives(rto, rpo);
    }

    /// <summary>
    /// Starts the RTO clock of an outage: an <see cref="SlaClock"/> with the target <see cref="Rto"/> on
    /// <paramref name="calendar"/>, from <paramref name="outageStart"/>. Recovery runs round the clock, so the calendar is
    /// normally 24x7 (<see cref="BusinessCalendar.AlwaysOpen"/>); stop the clock when service is restored: met or breached
    /// as any SLA clock (a stop exactly at <see cref="SlaStatus.DueAt"/> is met).
    /// </summary>
    /// <param name="outageStart">When the outage started.</param>
    /// <param name="calendar">The calendar the RTO is measured on.</param>
    /// <param name="thresholds">Warning thresholds; null for none.</param>
    /// <returns>The running clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outageStart"/> is outside the supported range.</exception>
    public SlaClock StartRecoveryClock(Instant outageStart, BusinessCalendar calendar, SlaThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return SlaClock.Start(SlaTarget.Within(Rto, calendar.Id), calendar, outageStart, thresholds);
    }

    /// <summary>Checks the RPO a backup schedule implies against <see cref="Rpo"/>.</summary>
    /// <param name="schedule">The backup schedule.</param>
    /// <returns>The verdict: met when the implied RPO is at most the objective.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schedule"/> is null.</exception>
    public RecoveryPointCheck CheckRecoveryPoint(BackupSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new RecoveryPointCheck(schedule, Rpo);
    }

    /// <summary>A readable form, e.g. <c>RTO 8 h, RPO 1 d</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"RTO {ReportText.FormatDuration(Rto)}, RPO {ReportText.FormatDuration(Rpo)}";
}
