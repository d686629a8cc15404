using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Clocks;

public sealed class SlaClockSmokeTests
{
    [Fact]
    public void Smoke()
    {
        // Wed 2026-11-18 16:30 + 4 h on 09-18: Thu 11:30.
        SlaClock clock = SlaClock.Start(SlaTarget.Within(H(4), "jp-office"), Office, Jst(2026, 11, 18, 16, 30), SlaThresholds.Default);
        SlaStatus s = clock.Evaluate(Jst(2026, 11, 18, 17, 0));
        Assert.Equal(SlaClockState.Running, s.State);
        Assert.Equal(M(30), s.Elapsed);
        Assert.Equal(Jst(2026, 11, 19, 11, 30), s.DueAt);
        Assert.Equal(Jst(2026, 11, 19, 9, 30), clock.NextChangeAt(Jst(2026, 11, 18, 17, 0)));
        SlaClock paused = clock.Pause(Jst(2026, 11, 18, 17, 0), "awaiting customer").Resume(Jst(2026, 11, 19, 10, 0));
        Assert.Equal(Jst(2026, 11, 19, 13, 30), paused.Evaluate(Jst(2026, 11, 19, 10, 0)).DueAt);
        SlaClock replayed = SlaClock.Replay(paused.Events, Catalog);
        Assert.Equal(paused, replayed);
        Assert.Equal(paused, SlaClockJson.ReadClock(paused.ToJson(), Catalog));
        SlaStatus late = paused.Evaluate(Jst(2026, 11, 19, 14, 0));
        Assert.Equal(SlaClockState.Breached, late.State);
        Assert.Equal(Jst(2026, 11, 19, 13, 30) + Duration.Epsilon, late.BreachedAt);
        System.Console.WriteLine(paused.Explain(Jst(2026, 11, 19, 12, 0)));
    }
}
