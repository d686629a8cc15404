using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The assistant on samples/changes/change-schedule.json, worked out by hand: web-1 and db-1 have the night window
/// 01:00-05:00 JST (16:00-20:00 UTC); svc-sales and svc-payment have service hours 08:00-22:00 JST (23:00-13:00 UTC).
/// </summary>
public sealed class ScheduleAssistantTests
{
    private static readonly Instant KnownAt = Instant.FromUtc(2026, 12, 1, 0, 0);

    private static ScheduledChange Change(string id, string item, int outageMinutes = 0, string? implementer = null) =>
        new(new ChangeId(id), ChangeClass.Fix, new[] { new ConfigurationItemId(item) }, KnownAt, KnownAt + Duration.FromHours(1), Duration.FromMinutes(outageMinutes), implementer is null ? null : new[] { implementer });

    [Fact]
    public void NextFreeWindows_WebServerOnTheEighth_SkipsTheBusyNightAndStartsWhenTheNextNightWindowOpens()
    {
        ScheduleAssistant assistant = ChangeScheduleJsonTests.Sample().ToAssistant(KnownAt);

        // 16:00-18:00Z CHG-101 (db-1: the cluster web-1 depends on) and 17:00-19:00Z CHG-102 (web-1 itself) block the
        // night of the 8th until 19:00Z, and 19:00-21:00Z leaves the window at 20:00Z: the next night opens at 16:00Z on the 9th.
        IReadOnlyList<FreeWindow> windows = assistant.NextFreeWindows(Change("CHG-200", "web-1"), Duration.FromHours(2), Instant.FromUtc(2026, 12, 8, 15, 0), Duration.FromDays(3), count: 3);

        Assert.Equal(
            new[]
            {
                new Interval(Instant.FromUtc(2026, 12, 9, 16, 0), Instant.FromUtc(2026, 12, 9, 18, 0)),
                new Interval(Instant.FromUtc(2026, 12, 9, 18, 0), Instant.FromUtc(2026, 12, 9, 20, 0)),
                new Interval(Instant.FromUtc(2026, 12, 10, 17, 0), Instant.FromUtc(2026, 12, 10, 19, 0)), // CHG-103 takes lb-1 (and so the pool) 16:00-17:00Z
            },
            windows.Select(w => w.Window));
        // Within a day of the 9th 16:00-18:00Z: CHG-101 and CHG-102 (the 8th) and CHG-103 (the 10th) share svc-sales.
        Assert.Equal(new[] { "CHG-101", "CHG-102", "CHG-103" }, windows[0].Neighbours.Select(c => c.Value));
        Assert.Equal(Duration.Zero, windows[0].ServiceTime);
        Assert.Contains("3 other change(s) within a day share an affected service (CHG-101, CHG-102, CHG-103)", windows[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void NextFreeWindows_OutageOverTheAllowance_FindsNothing()
    {
        ScheduleAssistant assistant = ChangeScheduleJsonTests.Sample().ToAssistant(KnownAt);

        // Taking lb-1 down takes svc-sales down; its allowance is 10 minutes.
        IReadOnlyList<FreeWindow> windows = assistant.NextFreeWindows(Change("CHG-201", "lb-1", outageMinutes: 20), Duration.FromHours(1), KnownAt, Duration.FromDays(90));

        Assert.Empty(windows);
    }

    [Fact]
    public void NextFreeWindows_RescheduleOfAnExistingChange_IgnoresItsOwnCurrentWindow()
    {
        ScheduleAssistant assistant = ChangeScheduleJsonTests.Sample().ToAssistant(KnownAt);

        // CHG-102 (web-1) moved: its own 17:00-19:00Z window does not block it; CHG-101 (db-1, related) does until 18:00Z,
        // and kim implements both. 18:00-19:00Z is free.
        ScheduledChange chg102 = new(new ChangeId("CHG-102"), ChangeClass.Feature, new[] { new ConfigurationItemId("web-1") }, KnownAt, KnownAt + Duration.FromHours(1), null, new[] { "kim" });
        IReadOnlyList<FreeWindow> windows = assistant.NextFreeWindows(chg102, Duration.FromHours(1), Instant.FromUtc(2026, 12, 8, 16, 0), Duration.FromDays(1));

        Assert.Equal(new Interval(Instant.FromUtc(2026, 12, 8, 18, 0), Instant.FromUtc(2026, 12, 8, 19, 0)), windows.Single().Window);
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(60, 0, 1)]
    [InlineData(60, 1, 0)]
    [InlineData(60, 1, 1001)]
    public void NextFreeWindows_OutOfRange_Throws(int lengthMinutes, int horizonDays, int count)
    {
        ScheduleAssistant assistant = ChangeScheduleJsonTests.Sample().ToAssistant(KnownAt);

        Assert.Throws<ArgumentOutOfRangeException>(() => assistant.NextFreeWindows(Change("X", "web-1"), Duration.FromMinutes(lengthMinutes), KnownAt, Duration.FromDays(horizonDays), count));
    }
}
