using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Sla;

/// <summary>
/// How a service's data is protected, and so the recovery point it can give: periodic backups (a daily full backup at
/// 03:00, point-in-time recovery every 5 minutes) imply an RPO of their interval, the most data lost when the failure
/// comes just before the next backup; synchronous replication implies an RPO of zero. <see cref="Generations"/> is the
/// number of backups kept, so <see cref="RetentionReach"/> (generations × interval) is how far back a restore can go:
/// 14 daily generations reach 14 days. Immutable and thread-safe; equal values compare equal.
/// </summary>
/// <remarks>
/// The interval is elapsed time: "daily" is 24 h. In a zone with daylight saving time a daily backup at a fixed local
/// time is 23 or 25 h apart across a transition; describe such a schedule with <see cref="Every"/> and the longest gap
/// when that hour matters.
/// </remarks>
public sealed record BackupSchedule
{
    /// <summary>The most generations a schedule may keep: 1,000,000.</summary>
    public const int MaxGenerations = 1_000_000;

    private BackupSchedule(BackupScheduleKind kind, Duration interval, int generations, LocalTime? dailyAt)
    {
        Kind = kind;
        Interval = interval;
        Generations = generations;
        DailyAt = dailyAt;
    }

    /// <summary>Periodic backups or synchronous replication.</summary>
    public BackupScheduleKind Kind { get; }

    /// <summary>The time between two backups; zero for synchronous replication.</summary>
    public Duration Interval { get; }

    /// <summary>How many backups are kept (0 for synchronous replication, which keeps no history).</summary>
    public int Generations { get; }

    /// <summary>The local time of a daily backup (<see cref="Daily"/>); null otherwise.</summary>
    public LocalTime? DailyAt { get; }

    /// <summary>The RPO the schedule implies: the most recent data a failure can lose, <see cref="Interval"/> (zero for synchronous replication).</summary>
    public Duration ImpliedRpo => Interval;

    /// <summary>How far back the oldest kept backup reaches: <see cref="Generations"/> × <see cref="Interval"/> (14 daily: 14 days).</summary>
    public Duration RetentionReach => Interval * Generations;

    /// <summary>A daily full backup at a local time, keeping <paramref name="generations"/> of them (case 8: 03:00, 14).</summary>
    /// <param name="at">The local time of the backup.</param>
    /// <param name="generations">How many are kept: 1 to <see cref="MaxGenerations"/>.</param>
    /// <returns>The schedule: interval 24 h.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="generations"/> is out of range.</exception>
    public static BackupSchedule Daily(LocalTime at, int generations)
    {
        CheckGenerations(generations);
        return new BackupSchedule(BackupScheduleKind.Periodic, Duration.FromDays(1), generations, at);
    }

    /// <summary>Backups (or point-in-time recovery logs) every <paramref name="interval"/>, keeping <paramref name="generations"/>.</summary>
    /// <param name="interval">The time between two backups: positive, at most 366 days.</param>
    /// <param name="generations">How many are kept: 1 to <see cref="MaxGenerations"/>.</param>
    /// <returns>The schedule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static BackupSchedule Every(Duration interval, int generations)
    {
        if (interval <= Duration.Zero || interval > SlaTarget.MaxWorkingTime)
        {
            throw new ArgumentOutOfRangeException(nameof(interval), interval, $"The backup interval must be positive and at most {SlaTarget.MaxWorkingTime}.");
        }

        CheckGenerations(generations);
        return new BackupSchedule(BackupScheduleKind.Periodic, interval, generations, null);
    }

    /// <summary>Synchronous replication: every committed write is on the replica, so the implied RPO is zero.</summary>
    /// <returns>The schedule.</returns>
    public static BackupSchedule SynchronousReplication() => new(BackupScheduleKind.SynchronousReplication, Duration.Zero, 0, null);

    /// <summary>A readable form: <c>daily at 03:00, 14 generations</c>, <c>every 5 min, 2016 generations</c>, <c>synchronous replication</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Kind == BackupScheduleKind.SynchronousReplication ? "synchronous replication"
        : string.Create(CultureInfo.InvariantCulture,
            $"{(DailyAt is { } at ? "daily at " + LocalTimePattern.CreateWithInvariantCulture("HH:mm").Format(at) : "every " + ReportText.FormatDuration(Interval))}, {Generations} generation{(Generations == 1 ? "" : "s")}");

    private static void CheckGenerations(int generations)
    {
        if (generations < 1 || generations > MaxGenerations)
        {
            throw new ArgumentOutOfRangeException(nameof(generations), generations, $"A schedule keeps 1 to {MaxGenerations} generations.");
        }
    }
}
