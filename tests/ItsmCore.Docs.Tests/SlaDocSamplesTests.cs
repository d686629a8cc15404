using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Docs.Tests.Samples;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Docs.Tests;

/// <summary>Runs the samples of docs/sla.md and checks the numbers its text gives.</summary>
public sealed class SlaDocSamplesTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public void Timeline_Run_IsDueTuesday1430AndBreachedOneNanosecondLater()
    {
        var (clock, status, due, breached) = SlaDocSamples.Timeline();

        Assert.Equal(Duration.FromMinutes(30), status.Elapsed);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 14, 30), due.InZone(Tokyo).LocalDateTime);
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 5, 30), due);
        Assert.True(breached);
        Assert.False(clock.Evaluate(due).IsBreached);
        Assert.Equal(due + Duration.Epsilon, clock.Evaluate(due + Duration.FromHours(1)).BreachedAt);
    }

    [Fact]
    public void Timeline_Events_AreTheFirstThreeEventsOfTheDocumentsJson()
    {
        var (clock, _, _, _) = SlaDocSamples.Timeline();
        string doc = File.ReadAllText(Path.Combine(Docs.Root(), "docs", "sla.md"));
        string json = DocSamplesTests.Blocks(doc, "json").Single();

        IReadOnlyList<SlaClockEvent> documented = SlaClockJson.ReadEvents(json);

        Assert.Equal(clock.Events.Take(3), documented.Take(3));
    }

    [Fact]
    public void NextChangeAt_FourHoursFrom0900OnANineToSixDay_IsTheDocumentedSequence()
    {
        BusinessCalendar nineToSix = BusinessCalendar.CreateBuilder("nine-to-six", Tokyo).WithWeekdayHours("09:00-18:00").Build();
        Instant start = Tokyo.AtStrictly(new LocalDateTime(2026, 11, 30, 9, 0)).ToInstant();
        SlaClock clock = SlaClock.Start(SlaTarget.Within(Duration.FromHours(4), "nine-to-six"), nineToSix, start, SlaThresholds.Of(50, 75, 90));

        var wakes = new List<string>();
        for (Instant? wake = clock.NextChangeAt(start); wake is Instant w; wake = clock.NextChangeAt(w))
        {
            wakes.Add(LocalTimePattern.ExtendedIso.Format(w.InZone(Tokyo).TimeOfDay));
        }

        // docs/sla.md: 11:00 (50 %) -> 12:00 (75 %) -> 12:36 (90 %) -> 13:00:00.000000001 (breach) -> null
        Assert.Equal(new[] { "11:00:00", "12:00:00", "12:36:00", "13:00:00.000000001" }, wakes);
        string doc = File.ReadAllText(Path.Combine(Docs.Root(), "docs", "sla.md"));
        Assert.Contains("NextChangeAt = 11:00 (50 %) -> 12:00 (75 %) -> 12:36 (90 %) -> 13:00:00.000000001 (breach) -> null", doc, StringComparison.Ordinal);
    }
}
