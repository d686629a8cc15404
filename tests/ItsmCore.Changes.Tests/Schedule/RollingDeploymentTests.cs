using System;
using System.Linq;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;
using Xunit;
using static ItsmCore.Changes.Tests.Schedule.ScheduleTestCmdb;

namespace ItsmCore.Changes.Tests.Schedule;

public sealed class RollingDeploymentTests
{
    // a four-node pool that needs two up; a two-node pool that needs both; a group containing the first pool
    private static readonly CmdbGraph Farm = Graph(
        new[] { "n1", "n2", "n3", "n4", "m1", "m2", "x" },
        new[] { ("four", 2), ("pair", 2), ("outer", 2) },
        new[] { "app" },
        new[] { ("app", "four"), ("app", "pair") },
        new[] { ("n1", "four"), ("n2", "four"), ("n3", "four"), ("n4", "four"), ("m1", "pair"), ("m2", "pair"), ("four", "outer"), ("x", "outer") });

    [Fact]
    public void Rolling_BatchSizeWithinSpare_KeepsQuorum()
    {
        DeploymentPlan plan = RollingDeployment.Rolling(Farm, Ci("four"), Minute(0), Duration.FromMinutes(10), batchSize: 2).Value;
        Assert.Equal(new[] { "n1,n2", "n3,n4" }, plan.Batches.Select(b => string.Join(",", b.Members.Select(m => m.Value))));
        Assert.Equal(new[] { new Interval(Minute(0), Minute(10)), new Interval(Minute(10), Minute(20)) }, plan.Batches.Select(b => b.Window));
        Assert.Equal((4, 2, Duration.Zero), (plan.MemberCount, plan.MinUp, plan.ExpectedOutage));
    }

    [Fact]
    public void Rolling_BatchBeyondSpare_RefusedBelowQuorum()
    {
        Outcome<DeploymentPlan> outcome = RollingDeployment.Rolling(Farm, Ci("four"), Minute(0), Duration.FromMinutes(10), batchSize: 3);
        Refusal refusal = Assert.Single(outcome.Refusals);
        Assert.Equal((RollingDeployment.BelowQuorum, "1", "1"), (refusal.Code, refusal["batch"], refusal["up"]));
        Assert.Equal(Duration.FromMinutes(10).ToString(), refusal["expectedOutage"]);
    }

    [Fact]
    public void Rolling_PoolWithoutSpare_RefusedEvenOneAtATime()
    {
        Outcome<DeploymentPlan> outcome = RollingDeployment.Rolling(Farm, Ci("pair"), Minute(0), Duration.FromMinutes(10));
        Assert.True(outcome.HasRefusal(RollingDeployment.BelowQuorum));
    }

    [Fact]
    public void Plan_HostBatches_OutageIsTheBatchesBelowQuorum()
    {
        DeploymentPlan plan = RollingDeployment.Plan(Farm, Ci("four"), new[] { new[] { Ci("n1") }, new[] { Ci("n2"), Ci("n3"), Ci("n4") } }, Minute(0), Duration.FromMinutes(15));
        Assert.Equal(Duration.FromMinutes(15), plan.ExpectedOutage);
        Assert.Equal(new[] { ImpactState.Degraded, ImpactState.Down }, plan.Batches.Select(b => b.GroupState));
        Assert.Equal(new[] { Duration.Zero, Duration.FromMinutes(15) }, plan.ToScheduledChanges(new ChangeId("c")).Select(c => c.ExpectedOutage));
    }

    [Fact]
    public void Plan_NestedGroup_MemberGroupTakenOut()
    {
        // taking the inner pool out as one member leaves 'x' alone in 'outer', which needs two
        DeploymentPlan plan = RollingDeployment.AllAtOnce(Farm, Ci("outer"), Minute(0), Duration.FromMinutes(30));
        Assert.Equal(Duration.FromMinutes(30), plan.ExpectedOutage);
        Assert.Equal(new[] { "four", "x" }, plan.Batches[0].Members.Select(m => m.Value));
    }

    [Fact]
    public void Plan_InvalidBatches_Throw()
    {
        Assert.Throws<ArgumentException>(() => RollingDeployment.Plan(Farm, Ci("four"), new[] { new[] { Ci("m1") } }, Minute(0), Duration.FromMinutes(1)));
        Assert.Throws<ArgumentException>(() => RollingDeployment.Plan(Farm, Ci("four"), new[] { new[] { Ci("n1") }, new[] { Ci("n1") } }, Minute(0), Duration.FromMinutes(1)));
        Assert.Throws<ArgumentException>(() => RollingDeployment.Plan(Farm, Ci("four"), new[] { Array.Empty<ConfigurationItemId>() }, Minute(0), Duration.FromMinutes(1)));
        Assert.Throws<ArgumentException>(() => RollingDeployment.Rolling(Farm, Ci("n1"), Minute(0), Duration.FromMinutes(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => RollingDeployment.Rolling(Farm, Ci("four"), Minute(0), Duration.Zero));
    }
}
