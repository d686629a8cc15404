using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using Xunit;
using static ItsmCore.Changes.Tests.Schedule.ScheduleTestCmdb;

namespace ItsmCore.Changes.Tests.Schedule;

public sealed class ChangeScheduleTests
{
    // sales depends on pool (2 web servers, MinUp 1); billing depends on db.
    private static readonly CmdbGraph Shop = Graph(
        new[] { "web-1", "web-2", "db" },
        new[] { ("pool", 1) },
        new[] { "sales", "billing" },
        new[] { ("sales", "pool"), ("billing", "db") },
        new[] { ("web-1", "pool"), ("web-2", "pool") });

    private static ChangeSchedule Schedule(ScheduleSettings? settings, IEnumerable<Blackout>? blackouts, params ScheduledChange[] changes) =>
        ChangeSchedule.Create(changes, blackouts ?? Array.Empty<Blackout>(), settings ?? ScheduleSettings.Empty, Shop);

    [Fact]
    public void ScheduledChange_EmptyWindow_ThrowsNamingTheChange()
    {
        ArgumentException error = Assert.Throws<ArgumentException>(() => Change("CHG-7", 60, 60, new[] { "db" }));
        Assert.Contains("CHG-7", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Change("CHG-8", 61, 60, new[] { "db" }));
    }

    [Fact]
    public void ScheduledChange_NoClass_CountsAsFeature() =>
        Assert.Equal(ChangeClass.Feature, Change("c", 0, 1, new[] { "db" }).Class);

    [Fact]
    public void CheckConflicts_SharedItem_OneSameItemConflictOverTheIntersection()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 120, new[] { "db", "web-1" }));
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("b", 60, 180, new[] { "web-1", "db" })));
        Assert.Equal(ScheduleConflictCode.SameItem, conflict.Code);
        Assert.Equal(new[] { "b", "a" }, conflict.Changes.Select(c => c.Value));
        Assert.Equal("a", conflict.OtherParty);
        Assert.Equal(new Interval(Minute(60), Minute(120)), conflict.Interval);
        Assert.Equal(new[] { Ci("web-1"), Ci("db") }, conflict.Items.ToArray());
    }

    [Fact]
    public void CheckConflicts_TouchingWindows_NoConflict()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "db" }, new[] { "kim" }));
        Assert.Empty(schedule.CheckConflicts(Change("b", 60, 90, new[] { "db" }, new[] { "kim" })));
    }

    [Fact]
    public void CheckConflicts_RollingStepsOnOnePoolAtOnce_RelatedAndCombinedOutage()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "web-1" }));
        IReadOnlyList<ScheduleConflict> conflicts = schedule.CheckConflicts(Change("b", 30, 90, new[] { "web-2" }));
        Assert.Equal(new[] { ScheduleConflictCode.RelatedItem, ScheduleConflictCode.CombinedOutage }, conflicts.Select(c => c.Code));
        Assert.Null(conflicts[0].Chain);
        Assert.Equal(new[] { Ci("sales") }, conflicts[0].Items.ToArray());
        ScheduleConflict combined = conflicts[1];
        Assert.Equal(new[] { "b", "a" }, combined.Changes.Select(c => c.Value));
        Assert.Equal("sales", combined.OtherParty);
        Assert.Equal(new Interval(Minute(30), Minute(60)), combined.Interval);
        Assert.Contains(combined.Chain!.Steps, s => s.Kind == ExplanationStepKind.Quorum);
        Assert.Contains("sales", combined.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckConflicts_ChainBuiltOnFirstRead_EqualToAnotherCheckAndStableUnderWith()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "web-1" }), Change("c", 0, 60, new[] { "pool" }));
        ScheduledChange proposed = Change("b", 30, 90, new[] { "web-2" });
        ScheduleConflict[] first = schedule.CheckConflicts(proposed).ToArray(), second = schedule.CheckConflicts(proposed).ToArray();
        Assert.Equal(first, second);
        Assert.Equal(first.Select(c => c.GetHashCode()), second.Select(c => c.GetHashCode()));
        ScheduleConflict related = Assert.Single(first, c => c.Code == ScheduleConflictCode.RelatedItem && c.Chain is not null);
        Assert.Equal("c", related.OtherParty);
        Assert.Equal("pool", related.Chain!.Item.Value);
        Assert.Equal($"Changes 'b' and 'c' are related: {related.Chain}.", related.Explanation);

        // a with-expression replacing one of the two keeps the other as built
        ScheduleConflict renamed = second.Single(c => c.Code == ScheduleConflictCode.RelatedItem && c.Chain is not null) with { Explanation = "x" };
        Assert.Equal(related.Chain.ToString(), renamed.Chain!.ToString());
        Assert.NotEqual(related, renamed);
        ScheduleConflict unchained = related with { Chain = null };
        Assert.Equal(related.Explanation, unchained.Explanation);
        Assert.Null(unchained.Chain);

        // read from many threads at once: one value
        ScheduleConflict fresh = schedule.CheckConflicts(proposed).Single(c => c.Code == ScheduleConflictCode.CombinedOutage);
        string[] read = Enumerable.Range(0, 8).AsParallel().Select(_ => fresh.Explanation).ToArray();
        Assert.Single(read.Distinct());
        Assert.Contains("sales", read[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CheckConflicts_RollingStepsOneAfterTheOther_NoCombinedOutage()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "web-1" }));
        Assert.Empty(schedule.CheckConflicts(Change("b", 60, 120, new[] { "web-2" })));
    }

    [Fact]
    public void AllConflicts_ThreeStepsOnThreeNodePoolMinUpTwo_ThreePairsAndNoTriple()
    {
        CmdbGraph graph = Graph(new[] { "n1", "n2", "n3" }, new[] { ("pool", 2) }, new[] { "shop" }, new[] { ("shop", "pool") },
            new[] { ("n1", "pool"), ("n2", "pool"), ("n3", "pool") });
        ChangeSchedule schedule = ChangeSchedule.Create(
            new[] { Change("a", 0, 60, new[] { "n1" }), Change("b", 10, 70, new[] { "n2" }), Change("c", 20, 80, new[] { "n3" }) },
            Array.Empty<Blackout>(), ScheduleSettings.Empty, graph);
        ScheduleConflict[] combined = schedule.AllConflicts().Where(c => c.Code == ScheduleConflictCode.CombinedOutage).ToArray();
        Assert.Equal(new[] { ("a,b", 10, 60), ("a,c", 20, 60), ("b,c", 20, 70) },
            combined.Select(c => (string.Join(",", c.Changes.Select(x => x.Value)), (int)(c.Interval.Start - Day).TotalMinutes, (int)(c.Interval.End - Day).TotalMinutes)).Order());
        Assert.All(combined, c => Assert.Equal("shop", c.OtherParty));
    }

    [Fact]
    public void CheckConflicts_NineChangesOnOneGroupAtOnce_CombinedOutageNotEnumerated()
    {
        string[] nodes = Enumerable.Range(1, 10).Select(i => "n" + i).ToArray();
        CmdbGraph graph = Graph(nodes, new[] { ("pool", 1) }, new[] { "shop" }, new[] { ("shop", "pool") }, nodes.Select(n => (n, "pool")));
        ScheduledChange[] steps = nodes.Take(8).Select((n, i) => Change("c" + i, i, 100 + i, new[] { n })).ToArray();
        ChangeSchedule schedule = ChangeSchedule.Create(steps, Array.Empty<Blackout>(), ScheduleSettings.Empty, graph);
        Assert.DoesNotContain(schedule.AllConflicts(), c => c.Code is ScheduleConflictCode.CombinedOutage or ScheduleConflictCode.CombinedOutageNotEnumerated);
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("x", 50, 150, new[] { "n9" })), c => c.Code == ScheduleConflictCode.CombinedOutageNotEnumerated);
        Assert.Equal(new[] { "x", "c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7" }, conflict.Changes.Select(c => c.Value));
        Assert.Equal(("pool", new Interval(Minute(50), Minute(100))), (conflict.OtherParty, conflict.Interval));
        Assert.Equal(new[] { Ci("pool") }, conflict.Items.ToArray());
    }

    [Fact]
    public void CheckConflicts_OneImpairsTheOther_RelatedWithShortestChain()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "db" }));
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("b", 30, 90, new[] { "billing" })));
        Assert.Equal(ScheduleConflictCode.RelatedItem, conflict.Code);
        Assert.NotNull(conflict.Chain);
        Assert.Equal(Ci("billing"), conflict.Chain!.Item);
        Assert.Single(conflict.Chain.Steps);
    }

    [Fact]
    public void CheckConflicts_SameImplementer_DoubleBookedButUnassignedNever()
    {
        ChangeSchedule schedule = Schedule(null, null, Change("a", 0, 60, new[] { "db" }, new[] { "kim", "lee" }), Change("u", 0, 60, new[] { "web-1" }));
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("b", 30, 90, new[] { "web-1" }, new[] { "Kim", "lee" })), c => c.Code == ScheduleConflictCode.AssigneeDoubleBooked);
        Assert.Equal("lee", conflict.OtherParty);
        Assert.Equal(new Interval(Minute(30), Minute(60)), conflict.Interval);
    }

    [Fact]
    public void CheckConflicts_Blackout_ScopedToAffectedServiceOrEverything()
    {
        Blackout onSales = Blackout.For("sales-peak", Minute(50), Minute(200), new[] { Ci("sales") });
        Blackout onBilling = Blackout.For("billing-close", Minute(0), Minute(200), new[] { Ci("billing") });
        Blackout all = Blackout.Everything("year-end", Minute(80), Minute(85));
        ChangeSchedule schedule = Schedule(null, new[] { onSales, onBilling, all });
        IReadOnlyList<ScheduleConflict> conflicts = schedule.CheckConflicts(Change("b", 30, 90, new[] { "web-1" }));
        Assert.Equal(new[] { ("sales-peak", 50, 90), ("year-end", 80, 85) },
            conflicts.Select(c => (c.OtherParty, (int)(c.Interval.Start - Day).TotalMinutes, (int)(c.Interval.End - Day).TotalMinutes)));
    }

    [Fact]
    public void CheckConflicts_MaintenanceWindowAndServiceHours_TimeOutsideAndServiceTime()
    {
        BusinessCalendar nights = BusinessCalendar.CreateBuilder("nights", DateTimeZone.Utc).WithWeekdayHours("00:00-01:00").Build();
        BusinessCalendar office = BusinessCalendar.CreateBuilder("office", DateTimeZone.Utc).WithWeekdayHours("01:30-18:00").Build();
        ScheduleSettings settings = ScheduleSettings.Empty.WithMaintenanceWindow(Ci("db"), nights).WithServiceHours(Ci("billing"), office);
        ChangeSchedule schedule = Schedule(settings, null);
        IReadOnlyList<ScheduleConflict> withOutage = schedule.CheckConflicts(Change("b", 30, 120, new[] { "db" }, outageMinutes: 5));
        Assert.Equal(new[] { (ScheduleConflictCode.MaintenanceWindow, "db", 60), (ScheduleConflictCode.ServiceHours, "billing", 30) },
            withOutage.Select(c => (c.Code, c.OtherParty, (int)c.Amount!.Value.TotalMinutes)));
        Assert.DoesNotContain(schedule.CheckConflicts(Change("b", 30, 120, new[] { "db" })), c => c.Code == ScheduleConflictCode.ServiceHours);
    }

    [Fact]
    public void CheckConflicts_OutageAboveAllowance_Exceeded()
    {
        ScheduleSettings settings = ScheduleSettings.Empty.WithOutageAllowance(Ci("billing"), Duration.FromMinutes(10));
        ChangeSchedule schedule = Schedule(settings, null);
        Assert.Empty(schedule.CheckConflicts(Change("ok", 0, 60, new[] { "db" }, outageMinutes: 10)));
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("long", 0, 60, new[] { "db" }, outageMinutes: 11)));
        Assert.Equal((ScheduleConflictCode.OutageAllowanceExceeded, "billing"), (conflict.Code, conflict.OtherParty));
    }

    [Fact]
    public void CheckConflicts_AvailabilityBudget_WhatIsLeftOfTheMonth()
    {
        // 99.9 % of April's 30 x 24 h is 43.2 min; 20 min measured, 10 min planned earlier by 'a': 13.2 min left
        BusinessCalendar always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        var april = new Interval(Instant.FromUtc(2026, 4, 1, 0, 0), Instant.FromUtc(2026, 5, 1, 0, 0));
        ScheduleSettings settings = ScheduleSettings.Empty.WithOutageAllowance(Ci("billing"), Duration.FromMinutes(1))
            .WithServiceHours(Ci("billing"), always)
            .WithAvailabilityBudget(Ci("billing"), AvailabilityTarget.FromPercent(99.9m))
            .WithMeasuredDowntime(new DowntimeTable("billing", april, Duration.FromMinutes(20)));
        Assert.False(settings.OutageAllowances.ContainsKey(Ci("billing")));
        Instant at(int day) => Instant.FromUtc(2026, 4, day, 2, 0);
        ScheduledChange Db(string id, int day, double minutes) =>
            new(new ChangeId(id), ChangeClass.Fix, new[] { Ci("db") }, at(day), at(day) + Duration.FromHours(1), Duration.FromSeconds(minutes * 60));
        ChangeSchedule schedule = ChangeSchedule.Create(new[] { Db("a", 3, 10), Db("later", 20, 30) }, Array.Empty<Blackout>(), settings, Shop);
        Assert.DoesNotContain(schedule.CheckConflicts(Db("fits", 10, 13.2)), c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded);
        ScheduleConflict over = Assert.Single(schedule.CheckConflicts(Db("over", 10, 13.25)), c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded);
        Assert.Equal(("billing", Duration.FromSeconds(795)), (over.OtherParty, over.Amount));
        Assert.DoesNotContain(schedule.CheckConflicts(Db("a", 10, 23.2)), c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded);
        Assert.DoesNotContain(schedule.CheckConflicts(Db("first", 3, 23.2)), c => c.Code == ScheduleConflictCode.OutageAllowanceExceeded);
        Assert.Throws<ArgumentException>(() => ChangeSchedule.Create(Array.Empty<ScheduledChange>(), Array.Empty<Blackout>(),
            ScheduleSettings.Empty.WithAvailabilityBudget(Ci("billing"), AvailabilityTarget.FromPercent(99.9m)), Shop));
    }

    [Fact]
    public void CheckConflicts_ServiceMaintenanceWindow_AppliesToAChangeThatAffectsIt()
    {
        BusinessCalendar nights = BusinessCalendar.CreateBuilder("nights", DateTimeZone.Utc).WithWeekdayHours("00:00-01:00").Build();
        ChangeSchedule schedule = Schedule(ScheduleSettings.Empty.WithMaintenanceWindow(Ci("billing"), nights), null);
        ScheduleConflict conflict = Assert.Single(schedule.CheckConflicts(Change("b", 30, 90, new[] { "db" })));
        Assert.Equal((ScheduleConflictCode.MaintenanceWindow, "billing", Duration.FromMinutes(30)), (conflict.Code, conflict.OtherParty, conflict.Amount));
        Assert.Empty(schedule.CheckConflicts(Change("w", 30, 90, new[] { "web-1" })));
    }

    [Fact]
    public void CheckConflicts_ReleaseFreeze_StopsFeatureOnlyAndEndsAtItsEnd()
    {
        var freezes = new FreezeTable(new Dictionary<string, (int, int)[]> { ["billing"] = new[] { (0, 100) } });
        ChangeSchedule schedule = Schedule(ScheduleSettings.Empty.WithErrorBudget(freezes), null);
        Assert.Equal(ScheduleConflictCode.ReleaseFreeze, Assert.Single(schedule.CheckConflicts(Change("f", 99, 120, new[] { "db" }))).Code);
        Assert.Empty(schedule.CheckConflicts(Change("fix", 50, 120, new[] { "db" }, cls: ChangeClass.Fix)));
        Assert.Empty(schedule.CheckConflicts(Change("after", 100, 120, new[] { "db" })));
        ChangeSchedule strict = Schedule(ScheduleSettings.Empty.WithErrorBudget(freezes).WithFreezePolicy(Ci("billing"), new FreezePolicy(new[] { ChangeClass.Fix })), null);
        Assert.Single(strict.CheckConflicts(Change("fix", 50, 120, new[] { "db" }, cls: ChangeClass.Fix)));
        Assert.Empty(strict.CheckConflicts(Change("feature", 50, 120, new[] { "db" })));
    }

    [Fact]
    public void AllConflicts_PairReportedOnceAndRescheduleIgnoresItself()
    {
        ScheduledChange a = Change("a", 0, 60, new[] { "db" });
        ChangeSchedule schedule = Schedule(null, null, a, Change("b", 30, 90, new[] { "db" }));
        Assert.Single(schedule.AllConflicts());
        Assert.Empty(Schedule(null, null, a).CheckConflicts(Change("a", 10, 70, new[] { "db" })));
    }

    [Fact]
    public void Create_DuplicateChangeId_Throws() =>
        Assert.Throws<ArgumentException>(() => Schedule(null, null, Change("a", 0, 60, new[] { "db" }), Change("a", 70, 80, new[] { "db" })));
}
