using System;
using System.Collections.Immutable;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static ItsmCore.Sla.Tests.ServiceLevelFixtures;
using Interval = NodaTime.Interval;

namespace ItsmCore.Sla.Tests;

public sealed class IntervalSetTests
{
    private static Interval Minutes(int start, int end) => new(ScenarioBase + Duration.FromMinutes(start), ScenarioBase + Duration.FromMinutes(end));

    [Fact]
    public void Normalize_OverlappingTouchingAndEmpty_AreMergedOrDropped()
    {
        ImmutableArray<Interval> set = IntervalSet.Normalize(new[] { Minutes(30, 40), Minutes(0, 10), Minutes(10, 20), Minutes(5, 7), Minutes(50, 50) }, null, "x");

        Assert.Equal(new[] { Minutes(0, 20), Minutes(30, 40) }, set);
    }

    [Fact]
    public void Normalize_WithClip_CutsToTheClip()
    {
        ImmutableArray<Interval> set = IntervalSet.Normalize(new[] { Minutes(-10, 10), Minutes(50, 70), Minutes(100, 110) }, Minutes(0, 60), "x");

        Assert.Equal(new[] { Minutes(0, 10), Minutes(50, 60) }, set);
    }

    [Fact]
    public void SubtractAndIntersect_SplitIntervals()
    {
        ImmutableArray<Interval> a = ImmutableArray.Create(Minutes(0, 100));
        ImmutableArray<Interval> b = ImmutableArray.Create(Minutes(10, 20), Minutes(30, 40), Minutes(90, 120));

        Assert.Equal(new[] { Minutes(0, 10), Minutes(20, 30), Minutes(40, 90) }, IntervalSet.Subtract(a, b));
        Assert.Equal(new[] { Minutes(10, 20), Minutes(30, 40), Minutes(90, 100) }, IntervalSet.Intersect(a, b));
        Assert.Equal(Duration.FromMinutes(100), IntervalSet.Total(a));
    }

    private static Gen<Interval[]> Sets() => Gen.ArrayOf(IntervalNear(0, 2_000, 300));

    [Fact]
    public void Normalize_Property_IsIdempotentOrderIndependentAndKeepsMembership()
    {
        var gen = from set in Sets()
                  from probes in Gen.ArrayOf(Gen.Choose(-10, 2_400), 30)
                  select (Set: set, Probes: probes);
        PropertyRunner.Run(gen, t =>
        {
            ImmutableArray<Interval> once = IntervalSet.Normalize(t.Set, null, "x");

            Assert.Equal<Interval>(once, IntervalSet.Normalize(once, null, "x"));
            Assert.Equal<Interval>(once, IntervalSet.Normalize(t.Set.Reverse(), null, "x"));
            Assert.Equal<Interval>(once, IntervalSet.Normalize(t.Set.Concat(t.Set), null, "x"));
            for (int i = 1; i < once.Length; i++)
            {
                Assert.True(once[i - 1].End < once[i].Start, "sorted, disjoint and not touching");
            }

            foreach (int probe in t.Probes)
            {
                Instant instant = ScenarioBase + Duration.FromMinutes(probe);
                Assert.Equal(Contains(t.Set, instant), Contains(once, instant));
            }

            Assert.True(IntervalSet.Total(once) <= t.Set.Aggregate(Duration.Zero, (sum, i) => sum + i.Duration));
        });
    }

    [Fact]
    public void SubtractIntersect_Property_PartitionTheFirstSet()
    {
        var gen = from a in Sets()
                  from b in Sets()
                  select (A: a, B: b);
        PropertyRunner.Run(gen, t =>
        {
            ImmutableArray<Interval> a = IntervalSet.Normalize(t.A, null, "a");
            ImmutableArray<Interval> b = IntervalSet.Normalize(t.B, null, "b");

            Assert.Equal(IntervalSet.Total(a), IntervalSet.Total(IntervalSet.Subtract(a, b)) + IntervalSet.Total(IntervalSet.Intersect(a, b)));
            Assert.Equal<Interval>(IntervalSet.Intersect(a, b), IntervalSet.Intersect(b, a));
            Assert.Empty(IntervalSet.Intersect(IntervalSet.Subtract(a, b), b));
        });
    }
}
