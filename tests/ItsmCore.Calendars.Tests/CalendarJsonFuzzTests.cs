using System;
using ItsmCore.Calendars;

namespace ItsmCore.Calendars.Tests;

/// <summary>
/// Issue 11, item 5: <see cref="BusinessCalendar.FromJson"/> under seeded mutations of valid definitions. Every
/// document is rejected with a <see cref="CalendarFormatException"/> naming a JSON path, or accepted and round-trips to
/// an equal calendar; none runs longer than <see cref="JsonFuzz.HangGuard"/>.
/// </summary>
public sealed class CalendarJsonFuzzTests
{
    /// <summary>Valid definitions that use every part of the format between them.</summary>
    private static readonly string[] Seeds =
    {
        """
        { "id": "jp-office", "timeZone": "Asia/Tokyo",
          "weekly": { "monday": ["09:00-12:00", "13:00-18:00"], "tuesday": ["09:00-18:00"], "wednesday": [], "saturday": ["22:00-06:00"], "sunday": ["00:00-24:00"] },
          "holidaySets": ["JP"],
          "holidays": [ { "date": "2026-12-30", "name": "Year-end" },
                        { "rule": "fixed", "month": 12, "day": 31, "observance": "nextWeekdayIfWeekend" },
                        { "rule": "fixed", "month": 7, "day": 4, "observance": "nearestWeekday", "name": "Independence Day" },
                        { "rule": "nthWeekday", "month": 1, "weekday": "monday", "n": 2 },
                        { "rule": "lastWeekday", "month": 5, "weekday": "monday" },
                        { "rule": "easter", "offset": -2, "name": "Good Friday" } ],
          "exceptions": [ { "date": "2026-12-28", "hours": ["09:00-12:00"] }, { "date": "2026-12-29", "hours": [] } ],
          "closures": [ { "date": "2026-11-07", "hours": ["18:00-23:00"] },
                        { "rule": "nthWeekday", "weekday": "saturday", "n": 1, "hours": ["18:00-23:00"] },
                        { "rule": "lastWeekday", "weekday": "friday", "month": 3, "hours": ["00:00-24:00"] } ] }
        """,
        """
        { "id": "coverage", "operation": "union",
          "left": { "id": "berlin", "timeZone": "Europe/Berlin", "weekly": { "friday": ["08:00-17:00"] } },
          "right": { "id": "rest", "operation": "except",
                     "left": { "id": "24x7", "timeZone": "UTC", "weekly": { "monday": ["00:00-24:00"] } },
                     "right": { "id": "ny", "timeZone": "America/New_York", "weekly": { "monday": ["01:30-02:30"] }, "holidaySets": [] } } }
        """,
        """{ "id": "x", "timeZone": "Australia/Lord_Howe", "weekly": { "thursday": ["01:00-03:00:30"] } }""",
    };

    [Fact]
    public void FromJson_SeededMutations_RejectWithPathOrRoundTrip()
    {
        (int accepted, int rejected) = JsonFuzz.Run<BusinessCalendar, CalendarFormatException>(
            Seeds,
            BusinessCalendar.FromJson,
            e => e.Path,
            calendar => BusinessCalendar.FromJson(calendar.ToJson()),
            count: 4_000,
            name: nameof(CalendarJsonFuzzTests));

        // Both outcomes must occur, or the mutations test nothing.
        Assert.True(accepted > 50, $"accepted {accepted}");
        Assert.True(rejected > 2_000, $"rejected {rejected}");
    }

    [Fact]
    public void Tokenize_Seed_JoinsBackToTheMinifiedDocument()
    {
        string joined = string.Join(string.Empty, JsonFuzz.Tokenize(Seeds[2]));

        Assert.Equal("""{"id":"x","timeZone":"Australia/Lord_Howe","weekly":{"thursday":["01:00-03:00:30"]}}""", joined);
        Assert.Equal(BusinessCalendar.FromJson(Seeds[2]), BusinessCalendar.FromJson(joined));
    }
}
