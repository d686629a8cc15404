using System;
using ItsmCore.Tests;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

public sealed class ScheduleGanttTests
{
    [Fact]
    public void ToMermaid_Sample_MatchesApprovedChart()
    {
        ChangeScheduleDocument doc = ChangeScheduleJsonTests.Sample();
        ChangeSchedule schedule = doc.ToSchedule(Instant.FromUtc(2026, 12, 1, 0, 0));

        string chart = ScheduleGantt.ToMermaid(doc.Changes, doc.Blackouts, schedule.AllConflicts(), DateTimeZoneProviders.Tzdb["Asia/Tokyo"], "Sample change schedule");

        Snapshot.Verify(chart, "ScheduleGanttTests.ToMermaid_Sample_MatchesApprovedChart");
    }

    [Fact]
    public void ToMermaid_LabelWithColonAndHash_IsKeptOnOneTaskLine()
    {
        var blackout = Blackout.Everything("close: #1; month", Instant.FromUtc(2026, 1, 31, 0, 0), Instant.FromUtc(2026, 2, 1, 0, 0));

        string chart = ScheduleGantt.ToMermaid([], [blackout], [], DateTimeZone.Utc);

        Assert.Contains("    close   1  month (everything) :crit, b0, 2026-01-31 00:00:00, 2026-02-01 00:00:00\n", chart, StringComparison.Ordinal);
    }
}
