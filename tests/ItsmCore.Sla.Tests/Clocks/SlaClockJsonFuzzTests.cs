using System.Collections.Generic;
using System.Linq;

namespace ItsmCore.Sla.Tests.Clocks;

/// <summary>
/// Issue 11, item 5: <see cref="SlaClockJson.ReadEvents"/> under seeded mutations of valid clock logs. Every document
/// is rejected with an <see cref="SlaFormatException"/> naming a JSON path, or accepted and round-trips to equal events;
/// none runs longer than <see cref="JsonFuzz.HangGuard"/>.
/// </summary>
public sealed class SlaClockJsonFuzzTests
{
    /// <summary>Valid logs that use every event kind and target form between them.</summary>
    private static readonly string[] Seeds =
    {
        """
        { "events": [
          { "kind": "started", "at": "2026-11-20T07:30:00Z", "target": { "calendarId": "jp-office", "workingTime": "0:04:00:00" }, "thresholds": [50, 75, 90.5] },
          { "kind": "paused", "at": "2026-11-20T08:00:00Z", "reason": "awaiting customer" },
          { "kind": "resumed", "at": "2026-11-24T01:00:00.000000123Z" },
          { "kind": "targetChanged", "at": "2026-11-24T02:00:00Z", "target": { "calendarId": "24x7", "businessDays": 1, "dayEnd": "endOfBusinessDay" }, "policy": "keepStart" },
          { "kind": "targetChanged", "at": "2026-11-24T02:30:00Z", "target": { "calendarId": "24x7", "businessDays": 2, "dayEnd": "sameTimeOfDay" }, "policy": "keepPercentConsumed" },
          { "kind": "stopped", "at": "2026-11-24T03:00:00Z" } ] }
        """,
        """
        { "events": [
          { "kind": "started", "at": "2026-11-20T07:30:00Z", "target": { "calendarId": "jp-office", "nextBusinessDayAt": "09:30" } },
          { "kind": "targetChanged", "at": "2026-11-21T00:00:00Z", "target": { "calendarId": "jp-office", "workingTime": "1:02:03:04.5" }, "policy": "restart" },
          { "kind": "cancelled", "at": "2026-11-22T00:00:00Z", "reason": "withdrawn" } ] }
        """,
        """{ "events": [] }""",
    };

    [Fact]
    public void ReadEvents_SeededMutations_RejectWithPathOrRoundTrip()
    {
        (int accepted, int rejected) = JsonFuzz.Run<EventList, SlaFormatException>(
            Seeds,
            json => new EventList(SlaClockJson.ReadEvents(json)),
            e => e.Path,
            events => new EventList(SlaClockJson.ReadEvents(SlaClockJson.Write(events.Events))),
            count: 4_000,
            name: nameof(SlaClockJsonFuzzTests));

        // Both outcomes must occur, or the mutations test nothing.
        Assert.True(accepted > 50, $"accepted {accepted}");
        Assert.True(rejected > 2_000, $"rejected {rejected}");
    }

    /// <summary>The events a log holds, equal when they are equal in order.</summary>
    private sealed record EventList(IReadOnlyList<SlaClockEvent> Events)
    {
        public bool Equals(EventList? other) => other is not null && Events.SequenceEqual(other.Events);

        public override int GetHashCode() => Events.Count;
    }
}
