using System;
using NodaTime;
using static ItsmCore.Sla.Tests.Policies.HostPolicy;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Policies;

public sealed class SlaPolicyResultTests
{
    private static readonly Instant Mon1000 = Jst(2026, 11, 16, 10);

    [Fact]
    public void Next_EarlierThanThePreviousSnapshot_ThrowsNamingAt()
    {
        // The previous snapshot issued nothing, so the clock alone could not tell: the chain remembers the instant.
        SlaPolicyResult<HostTicket> r = HostPolicy.Evaluator().Evaluate(null, Ticket("New"), Mon1000);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => r.Next(Ticket("Open"), Mon1000 - Duration.FromMinutes(1)));
        Assert.Equal("at", e.ParamName);
        Assert.Contains("earlier than the previous snapshot", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_SameInstant_IsAccepted()
    {
        SlaPolicyResult<HostTicket> r = HostPolicy.Evaluator().Evaluate(null, Ticket("New"), Mon1000).Next(Ticket("Open"), Mon1000);
        Assert.Equal(SlaPolicyAction.Start, Assert.Single(r.Commands).Action);
        Assert.Equal(Mon1000, r.At);
        Assert.Equal(Ticket("Open"), r.Snapshot);
    }

    [Fact]
    public void Next_UsesThisSnapshotAsThePreviousOne()
    {
        // The queue change is seen against this result's snapshot, so the reset rule fires.
        SlaPolicyResult<HostTicket> r = HostPolicy.Evaluator().Evaluate(null, Ticket("Open"), Mon1000).Next(Ticket("Open", "Low", "Network"), Mon1000 + Duration.FromHours(1));
        Assert.Equal(new[] { SlaPolicyAction.Reset, SlaPolicyAction.Reset }, new[] { r.Commands[0].Action, r.Commands[1].Action });
    }

    [Fact]
    public void Properties_DescribeTheEvaluation()
    {
        SlaPolicyResult<HostTicket> r = HostPolicy.Evaluator().Evaluate(null, Ticket("Resolved"), Mon1000);
        Assert.False(r.IsUnchanged);
        Assert.Equal(new[] { r.Clock!.Events[0], r.Clock.Events[1] }, r.Events);
        Assert.Equal((SlaStatus?)r.Clock.Evaluate(Mon1000), r.Status);
        Assert.Equal(
            "2026-11-16T01:00:00Z: 2 commands: Start: 2026-11-16T01:00:00Z started: 0:08:00:00 working time on 'jp-office', thresholds 50 %, 75 %, 90 %; Stop: 2026-11-16T01:00:00Z stopped",
            r.ToString());
        Assert.Equal("2026-11-16T01:00:00Z: no command", HostPolicy.Evaluator().Evaluate(null, Ticket("New"), Mon1000).ToString());
    }
}
