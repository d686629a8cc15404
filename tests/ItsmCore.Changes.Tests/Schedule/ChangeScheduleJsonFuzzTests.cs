using System.IO;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// <see cref="ChangeScheduleJson.Read"/> under seeded mutations of the sample and of a small document using the rest of
/// the format. Every document is rejected with a <see cref="ChangeScheduleFormatException"/> naming a JSON path, or
/// accepted and round-trips (written and read again) to an equal document; none runs longer than
/// <see cref="JsonFuzz.HangGuard"/>.
/// </summary>
public sealed class ChangeScheduleJsonFuzzTests
{
    private const string Small = """
        { "format": "itsmcore-change-schedule/1", "cmdb": "../cmdb/case-cmdb.json",
          "calendars": [ { "id": "utc", "timeZone": "UTC", "weekly": { "monday": ["00:00-06:00"], "sunday": ["22:00-24:00"] } } ],
          "boards": [ { "id": "b1", "calendar": "utc", "meets": { "rule": "nthWeekday", "n": 2, "weekday": "tuesday" }, "at": "09:30", "cutOff": { "workingTime": "0:02:00:00" }, "leadTime": "0:01:00:00" },
                      { "id": "b2", "calendar": "utc", "meets": { "rule": "lastWeekday", "weekday": "friday" }, "at": "23:00" } ],
          "emergencyBoard": { "id": "e", "calendar": "utc", "decisionWithin": "0:01:00:00" },
          "changes": [ { "id": "A", "affected": ["web-1", "web-2"], "start": "2026-03-02T00:00:00Z", "end": "2026-03-02T01:00:00Z", "expectedOutage": "0:00:05:00", "implementers": ["x", "y"] },
                       { "id": "B", "class": "migration", "affected": ["svc-sales"], "start": "2026-03-02T00:30:00Z", "end": "2026-03-02T02:00:00Z" } ],
          "blackouts": [ { "name": "b", "start": "2026-03-31T00:00:00Z", "end": "2026-04-01T00:00:00Z", "scope": ["svc-sales", "db-1"] } ],
          "settings": [ { "item": "svc-sales", "maintenanceWindow": "utc", "freezePolicy": [] }, { "item": "db-1", "outageAllowance": "0:00:00:00" } ],
          "releaseFreezes": [ { "service": "svc-sales", "start": "2026-03-01T00:00:00Z", "end": "2026-03-03T00:00:00Z" } ],
          "errorBudgets": [ { "service": "svc-sales", "objective": 99.5, "window": "28:00:00:00", "freezeBelowRemainingPercent": 25 }, { "service": "db-1", "objective": 99, "window": "7:00:00:00" } ],
          "measuredDowntime": [ { "service": "svc-sales", "start": "2026-02-20T00:00:00Z", "end": "2026-02-20T02:00:00Z", "downtime": "0:01:30:00" } ] }
        """;

    [Fact]
    public void Read_SeededMutations_RejectWithPathOrRoundTrip()
    {
        (int accepted, int rejected) = JsonFuzz.Run<ChangeScheduleDocument, ChangeScheduleFormatException>(
            new[] { File.ReadAllText(ChangeScheduleJsonTests.SamplePath), Small },
            json => ChangeScheduleJson.Read(json, ChangeScheduleJsonTests.Resolve),
            e => e.Path,
            doc => ChangeScheduleJson.Read(ChangeScheduleJson.Write(doc), ChangeScheduleJsonTests.Resolve),
            count: 1_500,
            name: nameof(ChangeScheduleJsonFuzzTests));

        // Both outcomes must occur, or the mutations test nothing.
        Assert.True(accepted > 30, $"accepted {accepted}");
        Assert.True(rejected > 700, $"rejected {rejected}");
    }
}
