using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>Case 8, the CRM service: RTO 8 h, RPO 24 h, a daily full backup at 03:00 kept for 14 generations.</summary>
public sealed class Case8ContinuityTests
{
    private static readonly RecoveryObjectives Crm = RecoveryObjectives.Of(H(8), H(24));

    [Fact]
    public void DailyBackup_Implies24HoursAndReaches14Days_MeetsTheRpoExactly()
    {
        BackupSchedule daily = BackupSchedule.Daily(new LocalTime(3, 0), 14);
        Assert.Equal(H(24), daily.ImpliedRpo);
        Assert.Equal(Duration.FromDays(14), daily.RetentionReach);

        RecoveryPointCheck check = Crm.CheckRecoveryPoint(daily);
        Assert.True(check.IsMet);
        Assert.Equal(Duration.Zero, check.Margin);
        Assert.Equal("RPO 1 d (daily at 03:00, 14 generations) against 1 d: met", check.ToString());

        // One nanosecond less of objective and the same schedule falls short.
        Assert.False(RecoveryObjectives.Of(H(8), H(24) - Duration.Epsilon).CheckRecoveryPoint(daily).IsMet);
    }

    [Fact]
    public void RecoveryClock_OutageFromTuesday10_IsDueAt18On24x7()
    {
        // Outage from Tuesday 2026-11-24 10:00 JST; recovery runs round the clock.
        Instant outage = Jst(2026, 11, 24, 10);
        SlaClock rto = Crm.StartRecoveryClock(outage, AlwaysOpen);

        Assert.Equal(SlaTarget.Within(H(8), "24x7"), rto.Target);
        Assert.Equal(Jst(2026, 11, 24, 18), rto.Evaluate(outage).DueAt);
        Assert.Equal(SlaClockState.Met, rto.Stop(Jst(2026, 11, 24, 17, 30)).Evaluate(Jst(2026, 11, 24, 17, 30)).State);
        Assert.Equal(SlaClockState.Met, rto.Stop(Jst(2026, 11, 24, 18)).Evaluate(Jst(2026, 11, 24, 18)).State);
        SlaStatus late = rto.Evaluate(Jst(2026, 11, 24, 18, 1));
        Assert.True(late.IsBreached);
        Assert.Equal(Jst(2026, 11, 24, 18) + Duration.Epsilon, late.BreachedAt);
    }

    [Fact]
    public void QuarterlyRestoreTest_LastInAugust_IsOverdueSinceNovember21()
    {
        ContinuityExercise restore = ContinuityExercise.Create("CRM restore test", ContinuityExerciseKind.RestoreTest, Period.FromMonths(3));
        ContinuityExerciseDue due = restore.DueAfter(new LocalDate(2026, 8, 20), []);

        Assert.Equal(new LocalDate(2026, 11, 20), due.DueOn);
        Assert.Null(due.MajorChangeOn);
        Assert.Empty(ContinuityExerciseDue.ListOverdue([due], Jst(2026, 11, 20, 23, 59, 59), Tokyo));
        Assert.Equal(new[] { due }, ContinuityExerciseDue.ListOverdue([due], Jst(2026, 11, 21, 0), Tokyo));
        // 2026-12-06 01:00 UTC is 10:00 in Tokyo: 16 days overdue.
        Assert.Equal(16, due.DaysOverdueOn(Instant.FromUtc(2026, 12, 6, 1, 0).InZone(Tokyo).Date));
    }
}
