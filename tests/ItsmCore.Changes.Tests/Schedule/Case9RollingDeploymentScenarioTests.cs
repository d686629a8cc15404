using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using NodaTime;
using Xunit;
using static ItsmCore.Changes.Tests.Schedule.ScheduleTestCmdb;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// Domain brief, cases 9, 10 and 14: the old deployment stopped every application server behind the load balancer
/// (a "sorry" page) for about an hour; the new one rolls one server at a time with no outage. The CIs are case 10's:
/// a load balancer in front of two web/AP servers (a pool that needs one up), which use two DB servers (likewise).
/// </summary>
public sealed class Case9RollingDeploymentScenarioTests
{
    private static readonly CmdbGraph Shop = Graph(
        new[] { "lb", "ap-1", "ap-2", "db-1", "db-2" },
        new[] { ("ap-pool", 1), ("db-pool", 1) },
        new[] { "shop" },
        new[] { ("shop", "lb"), ("lb", "ap-pool"), ("ap-1", "db-pool"), ("ap-2", "db-pool") },
        new[] { ("ap-1", "ap-pool"), ("ap-2", "ap-pool"), ("db-1", "db-pool"), ("db-2", "db-pool") });

    private static readonly BusinessCalendar ServiceHours = BusinessCalendar.CreateBuilder("shop-hours", DateTimeZone.Utc).WithWeekdayHours("08:00-20:00").Build();

    [Fact]
    public void Rolling_OneServerAtATime_NoOutageAndNoConflict()
    {
        DeploymentPlan plan = RollingDeployment.Rolling(Shop, Ci("ap-pool"), Minute(60), Duration.FromMinutes(30)).Value;
        Assert.Equal(new[] { new[] { "ap-1" }, new[] { "ap-2" } }, plan.Batches.Select(b => b.Members.Select(m => m.Value).ToArray()));
        Assert.Equal(Duration.Zero, plan.ExpectedOutage);
        Assert.True(plan.KeepsQuorum);
        Assert.All(plan.Batches, b => Assert.Equal((1, ImpactState.Degraded, 0), (b.Up, b.GroupState, b.ServicesDown.Count)));
        Assert.Equal(new Interval(Minute(60), Minute(120)), plan.Window);

        IReadOnlyList<ScheduledChange> steps = plan.ToScheduledChanges(new ChangeId("CHG-42"), ChangeClass.Feature, new[] { "ops" });
        Assert.Equal(new[] { "CHG-42-1", "CHG-42-2" }, steps.Select(s => s.Id.Value));
        ScheduleSettings settings = ScheduleSettings.Empty.WithServiceHours(Ci("shop"), ServiceHours);
        Assert.Empty(ChangeSchedule.Create(steps, Array.Empty<Blackout>(), settings, Shop).AllConflicts());
    }

    [Fact]
    public void AllAtOnce_SorryPageForAnHour_OutageIsTheWindowAndRefused()
    {
        DeploymentPlan plan = RollingDeployment.AllAtOnce(Shop, Ci("ap-pool"), Minute(600), Duration.FromHours(1));
        Assert.Equal(Duration.FromHours(1), plan.ExpectedOutage);
        Assert.False(plan.KeepsQuorum);
        DeploymentBatch batch = Assert.Single(plan.Batches);
        Assert.Equal((0, ImpactState.Down), (batch.Up, batch.GroupState));
        Assert.Equal(new[] { Ci("shop") }, batch.ServicesDown.ToArray());

        Outcome<DeploymentPlan> outcome = RollingDeployment.Check(plan);
        Refusal refusal = Assert.Single(outcome.Refusals);
        Assert.Equal(RollingDeployment.BelowQuorum, refusal.Code);
        Assert.Equal(("ap-pool", "1", "0", "2", "1"), (refusal["group"], refusal["batch"], refusal["up"], refusal["members"], refusal["minimum"]));

        // scheduled as one change at 10:00 on a weekday, its hour of outage falls in service hours
        ScheduledChange change = Assert.Single(plan.ToScheduledChanges(new ChangeId("CHG-41")));
        Assert.Equal(Duration.FromHours(1), change.ExpectedOutage);
        ScheduleSettings settings = ScheduleSettings.Empty.WithServiceHours(Ci("shop"), ServiceHours);
        ScheduleConflict conflict = Assert.Single(ChangeSchedule.Create([], Array.Empty<Blackout>(), settings, Shop).CheckConflicts(change));
        Assert.Equal((ScheduleConflictCode.ServiceHours, "shop", Duration.FromHours(1)), (conflict.Code, conflict.OtherParty, conflict.Amount));
    }

    [Fact]
    public void Rolling_BatchesOverlappingInTheSchedule_CombinedOutage()
    {
        IReadOnlyList<ScheduledChange> steps = RollingDeployment.Rolling(Shop, Ci("ap-pool"), Minute(60), Duration.FromMinutes(30)).Value
            .ToScheduledChanges(new ChangeId("CHG-43"));
        ScheduledChange late = steps[0] with { };
        ScheduledChange overlapping = new(steps[1].Id, null, steps[1].AffectedItems, Minute(75), Minute(105));
        ScheduleConflict conflict = Assert.Single(ChangeSchedule.Create(new[] { late }, Array.Empty<Blackout>(), ScheduleSettings.Empty, Shop).CheckConflicts(overlapping),
            c => c.Code == ScheduleConflictCode.CombinedOutage);
        Assert.Equal(("shop", new Interval(Minute(75), Minute(90))), (conflict.OtherParty, conflict.Interval));
    }
}
