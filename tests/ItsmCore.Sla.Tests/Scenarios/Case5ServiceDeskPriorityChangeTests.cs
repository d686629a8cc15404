using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Scenarios;

/// <summary>
/// Domain brief, case 5: service desk priority targets high 2 h, medium 4 h, low 8 h, here on the office calendar
/// (Mon-Fri 09:00-18:00 Asia/Tokyo, JP holidays) as the objective tier. A ticket opened as low on Wednesday
/// 2026-11-18 16:00 is raised to high on Thursday 10:00, after 3 working hours (Wed 16-18, Thu 09-10), under each
/// target-change policy.
/// </summary>
public sealed class Case5ServiceDeskPriorityChangeTests
{
    private static readonly Instant Opened = Jst(2026, 11, 18, 16, 0);
    private static readonly Instant Raised = Jst(2026, 11, 19, 10, 0);

    [Fact]
    public void Case5_Targets_DueInstantsFromWednesday1600()
    {
        SlaDefinition d = Desk(SlaTargetChangePolicy.KeepStart);
        Assert.Equal(Jst(2026, 11, 18, 18, 0), Due(d, "high"));
        Assert.Equal(Jst(2026, 11, 19, 11, 0), Due(d, "medium"));
        Assert.Equal(Jst(2026, 11, 19, 15, 0), Due(d, "low"));
    }

    [Fact]
    public void Case5_LowToHigh_KeepStart_IsBreachedAtTheChange()
    {
        // 3 h counted against a 2 h target measured from the original start: breached at the instant of the change.
        SlaStatus s = Raise(SlaTargetChangePolicy.KeepStart);
        Assert.Equal(SlaClockState.Breached, s.State);
        Assert.Equal(Raised, s.BreachedAt);
        Assert.Equal(H(3), s.Elapsed);
        Assert.Equal(-H(1), s.Remaining);
    }

    [Fact]
    public void Case5_LowToHigh_Restart_GivesTheFullTwoHoursFromTheChange()
    {
        SlaStatus s = Raise(SlaTargetChangePolicy.Restart);
        Assert.Equal(SlaClockState.Running, s.State);
        Assert.Equal(Duration.Zero, s.Elapsed);
        Assert.Equal(Jst(2026, 11, 19, 12, 0), s.DueAt);
    }

    [Fact]
    public void Case5_LowToHigh_KeepPercentConsumed_Carries37Point5Percent()
    {
        // 3 h of 8 h = 37.5 %, so 45 min of the 2 h target count as used: 1 h 15 min left, due 11:15.
        SlaStatus s = Raise(SlaTargetChangePolicy.KeepPercentConsumed);
        Assert.Equal(SlaClockState.Running, s.State);
        Assert.Equal(M(45), s.Elapsed);
        Assert.Equal(37.5d, s.PercentConsumed);
        Assert.Equal(Jst(2026, 11, 19, 11, 15), s.DueAt);
    }

    [Fact]
    public void Case5_HighToLow_KeepStart_TheLongerTargetCountsFromTheOriginalStart()
    {
        // Opened high Wednesday 16:00 (due Wednesday 18:00); lowered at 17:00 after 1 h: 7 h left, due Thursday 15:00.
        TieredSlaClock clock = TieredSlaClock.Start(Desk(SlaTargetChangePolicy.KeepStart), "high", Opened, Catalog)
            .ChangePriority(Jst(2026, 11, 18, 17, 0), "low", Catalog);
        Assert.Equal(Jst(2026, 11, 19, 15, 0), clock.Evaluate(Jst(2026, 11, 18, 17, 0)).Objective!.Value.DueAt);
    }

    private static SlaStatus Raise(SlaTargetChangePolicy policy) =>
        TieredSlaClock.Start(Desk(policy), "low", Opened, Catalog)
            .ChangePriority(Raised, "high", Catalog)
            .Evaluate(Raised)
            .Objective!.Value;

    private static Instant? Due(SlaDefinition d, string priority) =>
        TieredSlaClock.Start(d, priority, Opened, Catalog).Evaluate(Opened).Objective!.Value.DueAt;

    private static SlaDefinition Desk(SlaTargetChangePolicy policy) =>
        SlaDefinition.CreateBuilder("service-desk-resolution", SlaMetric.Resolution)
            .WithTargetChangePolicy(policy)
            .WithPriority("high", SlaTarget.Within(H(2), "jp-office"), null)
            .WithPriority("medium", SlaTarget.Within(H(4), "jp-office"), null)
            .WithPriority("low", SlaTarget.Within(H(8), "jp-office"), null)
            .Build();
}
