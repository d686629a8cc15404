using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

public sealed class SlaPolicyCommandTests
{
    [Fact]
    public void Equality_SameActionAndEvent_AreEqual()
    {
        var a = new SlaPolicyCommand(SlaPolicyAction.Pause, SlaClockEvent.Paused(Jst(2026, 11, 16, 13), "awaiting customer"));
        var b = new SlaPolicyCommand(SlaPolicyAction.Pause, SlaClockEvent.Paused(Jst(2026, 11, 16, 13), "awaiting customer"));
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new SlaPolicyCommand(SlaPolicyAction.ChangePauseReason, a.Event));
        Assert.Equal("Pause: 2026-11-16T04:00:00Z paused: awaiting customer", a.ToString());
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Equal("clockEvent", Assert.Throws<ArgumentNullException>(() => new SlaPolicyCommand(SlaPolicyAction.Stop, null!)).ParamName);
        Assert.Equal("action", Assert.Throws<ArgumentOutOfRangeException>(() => new SlaPolicyCommand((SlaPolicyAction)9, SlaClockEvent.Stopped(Jst(2026, 11, 16, 13)))).ParamName);
    }
}
