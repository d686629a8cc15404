using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Case 18: a trading platform with RTO 30 min and RPO 0 (synchronous replication), failover drills twice a year and
/// again after a major environment change; the CRM's restores tested quarterly; point-in-time recovery every 5 minutes
/// gives a 5-minute RPO, a daily backup a 24-hour one.
/// </summary>
public sealed class Case18ContinuityTests
{
    private static readonly RecoveryObjectives Trading = RecoveryObjectives.Of(M(30), Duration.Zero);

    private static readonly ContinuityExercise FailoverDrill =
        ContinuityExercise.Create("trading failover drill", ContinuityExerciseKind.FailoverDrill, Period.FromMonths(6), Period.FromMonths(1));

    private static readonly ContinuityExercise RestoreTest =
        ContinuityExercise.Create("CRM restore test", ContinuityExerciseKind.RestoreTest, Period.FromMonths(3));

    [Fact]
    public void RecoveryPoint_OnlySynchronousReplicationMeetsRpoZero()
    {
        RecoveryPointCheck replication = Trading.CheckRecoveryPoint(BackupSchedule.SynchronousReplication());
        Assert.Equal(Duration.Zero, replication.Implied);
        Assert.True(replication.IsMet);

        RecoveryPointCheck pitr = Trading.CheckRecoveryPoint(BackupSchedule.Every(M(5), 2016));
        Assert.Equal(M(5), pitr.Implied);
        Assert.False(pitr.IsMet);
        Assert.Equal(-M(5), pitr.Margin);
        Assert.Equal("RPO 5 min (every 5 min, 2016 generations) against 0 min: not met", pitr.ToString());

        RecoveryPointCheck daily = Trading.CheckRecoveryPoint(BackupSchedule.Daily(new LocalTime(3, 0), 14));
        Assert.False(daily.IsMet);
        Assert.Equal(-H(24), daily.Margin);

        // The same point-in-time recovery meets the CRM's 24 h with 23 h 55 min to spare; it keeps 7 days of logs.
        RecoveryPointCheck crm = RecoveryObjectives.Of(H(8), H(24)).CheckRecoveryPoint(BackupSchedule.Every(M(5), 2016));
        Assert.True(crm.IsMet);
        Assert.Equal(H(24) - M(5), crm.Margin);
        Assert.Equal(Duration.FromDays(7), BackupSchedule.Every(M(5), 2016).RetentionReach);
    }

    [Fact]
    public void RecoveryClock_Rto30Minutes_DueHalfAnHourAfterTheOutage()
    {
        SlaClock rto = Trading.StartRecoveryClock(Jst(2026, 11, 24, 14), AlwaysOpen);
        Assert.Equal(Jst(2026, 11, 24, 14, 30), rto.Evaluate(Jst(2026, 11, 24, 14, 10)).DueAt);
        Assert.Equal(Jst(2026, 11, 24, 14, 30) + Duration.Epsilon, rto.Evaluate(Jst(2026, 11, 24, 15)).BreachedAt);
    }

    [Fact]
    public void FailoverDrill_MajorChangeBringsItForward_AndBothAreListedOverdue()
    {
        var lastDrill = new LocalDate(2026, 6, 15);
        ContinuityExerciseDue regular = FailoverDrill.DueAfter(lastDrill, [lastDrill, new LocalDate(2026, 11, 20)]);
        Assert.Equal(new LocalDate(2026, 12, 15), regular.DueOn);
        Assert.Null(regular.MajorChangeOn);

        ContinuityExerciseDue afterChange = FailoverDrill.DueAfter(lastDrill, [new LocalDate(2026, 11, 20), new LocalDate(2026, 10, 5)]);
        Assert.Equal(new LocalDate(2026, 11, 5), afterChange.DueOn);
        Assert.Equal(new LocalDate(2026, 10, 5), afterChange.MajorChangeOn);

        ContinuityExerciseDue restore = RestoreTest.DueAfter(new LocalDate(2026, 8, 20), [new LocalDate(2026, 10, 5)]);
        Assert.Equal(new LocalDate(2026, 11, 20), restore.DueOn);

        Instant asOf = Jst(2026, 12, 6, 10);
        Assert.Equal(new[] { restore }, ContinuityExerciseDue.ListOverdue([regular, restore], asOf, Tokyo));
        Assert.Equal(new[] { afterChange, restore }, ContinuityExerciseDue.ListOverdue([restore, afterChange], asOf, Tokyo));
        Assert.Equal(31, afterChange.DaysOverdueOn(new LocalDate(2026, 12, 6)));
        Assert.Equal(0, regular.DaysOverdueOn(new LocalDate(2026, 12, 6)));
    }

    [Fact]
    public void Create_InvalidPeriodsOrName_Throw()
    {
        Assert.Throws<ArgumentException>(() => ContinuityExercise.Create("x", ContinuityExerciseKind.RestoreTest, Period.Zero));
        Assert.Throws<ArgumentException>(() => ContinuityExercise.Create("x", ContinuityExerciseKind.RestoreTest, Period.FromHours(6)));
        Assert.Throws<ArgumentException>(() => ContinuityExercise.Create("x", ContinuityExerciseKind.RestoreTest, Period.FromMonths(3), Period.FromDays(-1)));
        Assert.Throws<ArgumentException>(() => ContinuityExercise.Create(" x", ContinuityExerciseKind.RestoreTest, Period.FromMonths(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ContinuityExercise.Create("x", (ContinuityExerciseKind)7, Period.FromMonths(3)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryObjectives.Of(Duration.Zero, Duration.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => RecoveryObjectives.Of(M(30), -Duration.Epsilon));
        Assert.Throws<ArgumentOutOfRangeException>(() => BackupSchedule.Every(Duration.Zero, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => BackupSchedule.Daily(new LocalTime(3, 0), 0));
    }
}
