using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks the numbers docs/sla.md gives for its samples.</summary>
public sealed class SlaDocTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public async Task Timeline_Run_IsDueTuesday1430AndBreachedOneNanosecondLater()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/sla.md");
        SlaClock clock = run.Variable<SlaClock>("sla");
        Instant due = run.Variable<Instant>("due");

        Assert.Equal(Duration.FromMinutes(30), run.Variable<SlaStatus>("status").Elapsed);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 14, 30), due.InZone(Tokyo).LocalDateTime);
        Assert.Equal(Instant.FromUtc(2026, 11, 24, 5, 30), due);
        Assert.True(run.Variable<bool>("breached"));
        Assert.False(clock.Evaluate(due).IsBreached);
        Assert.Equal(due + Duration.Epsilon, clock.Evaluate(due + Duration.FromHours(1)).BreachedAt);
    }

    [Fact]
    public async Task Timeline_Events_AreTheFirstThreeEventsOfTheDocumentsJson()
    {
        DocumentRun run = await DocumentRunner.RunAsync("docs/sla.md");
        string json = DocSamplesTests.Blocks("docs/sla.md").Single(b => b.Language == "json").Code;

        IReadOnlyList<SlaClockEvent> documented = SlaClockJson.ReadEvents(json);

        Assert.Equal(run.Variable<SlaClock>("sla").Events.Take(3), documented.Take(3));
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

        Assert.Equal(new[] { "11:00:00", "12:00:00", "12:36:00", "13:00:00.000000001" }, wakes);
        string doc = File.ReadAllText(Path.Combine(Docs.Root(), "docs", "sla.md"));
        Assert.Contains("NextChangeAt = 11:00 (50 %) -> 12:00 (75 %) -> 12:36 (90 %) -> 13:00:00.000000001 (breach) -> null", doc, System.StringComparison.Ordinal);
    }
}
