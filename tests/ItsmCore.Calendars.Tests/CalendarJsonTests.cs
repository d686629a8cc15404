using System;
using System.Linq;
using ItsmCore.Calendars;
using NodaTime;

namespace ItsmCore.Calendars.Tests;

public sealed class CalendarJsonTests
{
    /// <summary>The example of the calendar JSON format in the design document.</summary>
    private const string DesignExample = """
        {
          "id": "jp-office",
          "timeZone": "Asia/Tokyo",
          "weekly": { "monday": ["09:00-12:00", "13:00-18:00"], "tuesday": ["09:00-18:00"],
                      "wednesday": [], "thursday": [], "friday": [], "saturday": [], "sunday": [] },
          "holidaySets": ["JP"],
          "holidays": [ { "date": "2026-12-30", "name": "Year-end" },
                        { "rule": "fixed", "month": 12, "day": 31 },
                        { "rule": "nthWeekday", "month": 1, "weekday": "monday", "n": 2 },
                        { "rule": "lastWeekday", "month": 5, "weekday": "monday" } ],
          "exceptions": [ { "date": "2026-12-28", "hours": ["09:00-12:00"] } ],
          "closures": [ { "date": "2026-11-07", "hours": ["18:00-23:00"] },
                        { "rule": "nthWeekday", "weekday": "saturday", "n": 1, "hours": ["18:00-23:00"] } ]
        }
        """;

    [Fact]
    public void FromJson_DesignExample_ReadsEveryField()
    {
        BusinessCalendar c = BusinessCalendar.FromJson(DesignExample);
        Assert.Equal("jp-office", c.Id);
        Assert.Equal("Asia/Tokyo", c.Zone.Id);
        // Monday 2026-12-28 has an exception 09:00-12:00 only.
        Assert.Equal(Duration.FromHours(3), c.WorkingTimeBetween(Cal.Jst(2026, 12, 28, 0), Cal.Jst(2026, 12, 29, 0)));
        // Tuesday 2026-12-29 is an ordinary Tuesday: 9 h. Wednesday 30th is closed by the explicit holiday and has no hours anyway.
        Assert.Equal(Duration.FromHours(9), c.WorkingTimeBetween(Cal.Jst(2026, 12, 29, 0), Cal.Jst(2026, 12, 30, 0)));
        // Monday 2026-11-02: 8 h with a lunch break.
        Assert.Equal(Duration.FromHours(8), c.WorkingTimeBetween(Cal.Jst(2026, 11, 2, 0), Cal.Jst(2026, 11, 3, 0)));
        // Monday 2027-01-11: second Monday of January, a holiday by rule (and Coming of Age Day by JP).
        Assert.False(c.IsWorkingDay(new LocalDate(2027, 1, 11)));
        // Monday 2026-05-25: last Monday of May.
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 5, 25)));
    }

    [Fact]
    public void ToJson_RoundTrip_GivesEqualCalendarAndSameJson()
    {
        BusinessCalendar c = BusinessCalendar.FromJson(DesignExample);
        string json = c.ToJson();
        BusinessCalendar back = BusinessCalendar.FromJson(json);
        Assert.Equal(c, back);
        Assert.Equal(json, back.ToJson());
    }

    [Fact]
    public void Builder_SameDefinitionAsJson_GivesEqualCalendar()
    {
        BusinessCalendar built = BusinessCalendar.CreateBuilder("jp-office", Cal.Tokyo)
            .WithHours(IsoDayOfWeek.Monday, "09:00-12:00", "13:00-18:00")
            .WithHours(IsoDayOfWeek.Tuesday, "09:00-18:00")
            .AddHolidaySet("JP")
            .AddHoliday(new LocalDate(2026, 12, 30), "Year-end")
            .AddFixedHoliday(12, 31)
            .AddNthWeekdayHoliday(1, IsoDayOfWeek.Monday, 2)
            .AddLastWeekdayHoliday(5, IsoDayOfWeek.Monday)
            .AddException(new LocalDate(2026, 12, 28), "09:00-12:00")
            .AddClosure(new LocalDate(2026, 11, 7), "18:00-23:00")
            .AddNthWeekdayClosure(IsoDayOfWeek.Saturday, 1, "18:00-23:00")
            .Build();
        Assert.Equal(BusinessCalendar.FromJson(DesignExample), built);
    }

    [Fact]
    public void FromJson_MissingWeekdays_MeanNoWorkingTime()
    {
        BusinessCalendar c = BusinessCalendar.FromJson("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["09:00-10:00"] } }""");
        Assert.Equal(Duration.FromHours(1), c.WorkingTimeBetween(Instant.FromUtc(2026, 11, 16, 0, 0), Instant.FromUtc(2026, 11, 23, 0, 0)));
    }

    [Fact]
    public void FromJson_OvernightAndWholeDay_AreUnderstood()
    {
        BusinessCalendar c = BusinessCalendar.FromJson("""
            { "id": "x", "timeZone": "UTC", "weekly": { "monday": ["22:00-06:00"], "sunday": ["00:00-24:00"] } }
            """);
        Assert.Equal(Duration.FromHours(8), c.WorkingTimeBetween(Instant.FromUtc(2026, 11, 16, 0, 0), Instant.FromUtc(2026, 11, 18, 0, 0)));
        Assert.Equal(Duration.FromHours(24), c.WorkingTimeBetween(Instant.FromUtc(2026, 11, 15, 0, 0), Instant.FromUtc(2026, 11, 16, 0, 0)));
    }

    [Fact]
    public void FromJson_HolidayObservanceAndEaster_AreApplied()
    {
        BusinessCalendar c = BusinessCalendar.FromJson("""
            { "id": "x", "timeZone": "Europe/London",
              "weekly": { "monday": ["09:00-17:00"], "tuesday": ["09:00-17:00"], "wednesday": ["09:00-17:00"], "thursday": ["09:00-17:00"], "friday": ["09:00-17:00"] },
              "holidays": [ { "rule": "fixed", "month": 12, "day": 26, "observance": "nextWeekdayIfWeekend", "name": "Boxing Day" },
                            { "rule": "fixed", "month": 7, "day": 4, "observance": "nearestWeekday", "name": "Independence Day" },
                            { "rule": "easter", "offset": -2, "name": "Good Friday" },
                            { "rule": "easter", "offset": 1, "name": "Easter Monday" } ] }
            """);
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 12, 28)));  // 26 Dec 2026 is a Saturday -> Monday 28th
        Assert.True(c.IsWorkingDay(new LocalDate(2026, 12, 25)));
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 7, 3)));    // 4 Jul 2026 is a Saturday -> Friday 3rd
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 4, 3)));    // Easter 2026 is 5 April
        Assert.False(c.IsWorkingDay(new LocalDate(2026, 4, 6)));
        Assert.False(c.IsWorkingDay(new LocalDate(2027, 3, 26)));   // Easter 2027 is 28 March
        Assert.True(c.IsWorkingDay(new LocalDate(2026, 4, 7)));
    }

    [Theory]
    [InlineData("""[]""", "$", "expected a calendar object")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", """, "$", "not valid JSON")]
    [InlineData("""{ "timeZone": "UTC" }""", "$.id", "required")]
    [InlineData("""{ "id": " ", "timeZone": "UTC" }""", "$.id", "must not be empty")]
    [InlineData("""{ "id": "x" }""", "$.timeZone", "required")]
    [InlineData("""{ "id": "x", "timeZone": "Mars/Olympus" }""", "$.timeZone", "unknown time zone id 'Mars/Olympus'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "colour": "red" }""", "$.colour", "unknown property")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "funday": [] } }""", "$.weekly.funday", "not a weekday")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": "09:00-18:00" } }""", "$.weekly.monday", "expected an array of strings")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["25:00-26:00"] } }""", "$.weekly.monday[0]", "hours out of range")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["09:00-12:60"] } }""", "$.weekly.monday[0]", "minutes or seconds out of range")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["9-17"] } }""", "$.weekly.monday[0]", "must be written HH:mm")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["09:00"] } }""", "$.weekly.monday[0]", "not an interval")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["10:00-10:00"] } }""", "$.weekly.monday[0]", "same time")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["24:00-06:00"] } }""", "$.weekly.monday[0]", "24:00 may only end")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": ["09:00-12:00", "11:00-18:00"] } }""", "$.weekly.monday[1]", "overlaps '09:00-12:00'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": [42] } }""", "$.weekly.monday[0]", "expected a string")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidaySets": ["XX"] }""", "$.holidaySets[0]", "unknown holiday set 'XX'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "name": "x" } ] }""", "$.holidays[0]", "either 'date' or 'rule'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "date": "2026-02-30" } ] }""", "$.holidays[0].date", "not a date")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "fixed", "month": 12 } ] }""", "$.holidays[0].day", "required for rule 'fixed'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "fixed", "month": 13, "day": 1 } ] }""", "$.holidays[0].month", "between 1 and 12")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "fixed", "month": 2, "day": 30 } ] }""", "$.holidays[0].day", "does not exist")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "fixed", "month": 2, "day": 1.5 } ] }""", "$.holidays[0].day", "expected an integer")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "fixed", "month": 2, "day": 1, "observance": "sometimes" } ] }""", "$.holidays[0].observance", "unknown observance")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "nthWeekday", "month": 1, "weekday": "monday", "n": 0 } ] }""", "$.holidays[0].n", "between 1 and 5")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "nthWeekday", "month": 1, "n": 2 } ] }""", "$.holidays[0].weekday", "required for rule 'nthWeekday'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "lastWeekday", "month": 1, "weekday": "someday" } ] }""", "$.holidays[0].weekday", "not a weekday")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "easter" } ] }""", "$.holidays[0].offset", "required for rule 'easter'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "rule": "lunar" } ] }""", "$.holidays[0].rule", "unknown holiday rule 'lunar'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "date": "2026-01-01", "month": 1 } ] }""", "$.holidays[0].month", "unknown property")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "exceptions": [ { "date": "2026-01-01" } ] }""", "$.exceptions[0].hours", "required")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "exceptions": [ { "date": "2026-01-01", "hours": [] }, { "date": "2026-01-01", "hours": [] } ] }""", "$.exceptions[1].date", "already has an exception")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "closures": [ { "date": "2026-01-01", "hours": [] } ] }""", "$.closures[0].hours", "at least one interval")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "closures": [ { "rule": "nthWeekday", "weekday": "saturday", "n": 6, "hours": ["18:00-23:00"] } ] }""", "$.closures[0].n", "between 1 and 5")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "closures": [ { "rule": "nthWeekday", "weekday": "saturday", "hours": ["18:00-23:00"] } ] }""", "$.closures[0].n", "required for rule 'nthWeekday'")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "closures": [ { "rule": "everyday", "hours": ["18:00-23:00"] } ] }""", "$.closures[0].rule", "unknown closure rule")]
    [InlineData("""{ "id": "x", "operation": "xor", "left": {}, "right": {} }""", "$.operation", "unknown operation 'xor'")]
    [InlineData("""{ "id": "x", "operation": "union", "left": { "id": "a", "timeZone": "UTC" } }""", "$.right", "required")]
    [InlineData("""{ "id": "x", "operation": "union", "left": { "id": "a", "timeZone": "UTC" }, "right": { "id": "b", "timeZone": "UTC", "weekly": { "monday": ["08:00-07:00:99"] } } }""", "$.right.weekly.monday[0]", "minutes or seconds out of range")]
    public void FromJson_InvalidDefinition_ThrowsNamingPathAndReason(string json, string path, string reason)
    {
        var e = Assert.Throws<CalendarFormatException>(() => BusinessCalendar.FromJson(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 11, defect 2: strings System.Text.Json cannot decode threw InvalidOperationException.</summary>
    [Theory]
    [InlineData("""{ "id": "\ud800", "timeZone": "UTC" }""", "$.id", "unpaired surrogate")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidaySets": ["\udc00"] }""", "$.holidaySets[0]", "unpaired surrogate")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "holidays": [ { "date": "2026-01-01", "name": "a\ud800b" } ] }""", "$.holidays[0].name", "unpaired surrogate")]
    [InlineData("""{ "id": "x", "timeZone": "Asia/Tokyo\udfff" }""", "$.timeZone", "unpaired surrogate")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "\ud800": 1 }""", "$", "name of property 2")]
    [InlineData("""{ "id": "x", "operation": "union", "left": { "id": "a", "timeZone": "UTC" }, "right": { "id": "\ud800\ud800", "timeZone": "UTC" } }""", "$.right.id", "unpaired surrogate")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "id": "y" }""", "$.id", "appears twice")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "weekly": { "monday": [], "monday": [] } }""", "$.weekly.monday", "appears twice")]
    [InlineData("""{ "id": "x", "timeZone": "UTC", "\u0069d": "y" }""", "$.id", "appears twice")]
    [InlineData("""{ "\u0069d": "x", "timeZone": "UTC", "id": "y" }""", "$.id", "appears twice")]
    public void FromJson_Issue11InvalidTextOrDuplicate_ThrowsCalendarFormatExceptionWithPath(string json, string path, string reason)
    {
        var e = Assert.Throws<CalendarFormatException>(() => BusinessCalendar.FromJson(json));
        Assert.Equal(path, e.Path);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_UnpairedSurrogateCharInTheText_ThrowsCalendarFormatExceptionAtRoot()
    {
        string json = "{ \"id\": \"\ud800\", \"timeZone\": \"UTC\" }";

        var e = Assert.Throws<CalendarFormatException>(() => BusinessCalendar.FromJson(json));

        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void FromJson_DuplicateInAnObjectWithManyProperties_ThrowsNamingIt()
    {
        string properties = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"\"p{i}\": {i}"));
        string json = "{ " + properties + ", \"p33\": 0 }";

        var e = Assert.Throws<CalendarFormatException>(() => BusinessCalendar.FromJson(json));

        Assert.Equal("$.p33", e.Path);
        Assert.Contains("appears twice", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FromJson_EscapedValidText_IsAccepted()
    {
        BusinessCalendar calendar = BusinessCalendar.FromJson("""{ "\u0069d": "o\u0066fice", "timeZone": "UTC" }""");

        Assert.Equal("office", calendar.Id);
    }

    [Fact]
    public void FromJson_PairedSurrogateEscape_IsAccepted()
    {
        BusinessCalendar calendar = BusinessCalendar.FromJson("""{ "id": "office-\ud83d\ude00", "timeZone": "UTC" }""");

        Assert.Equal("office-\U0001F600", calendar.Id);
    }

    [Fact]
    public void FromJson_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.FromJson(null!));
    }

    [Fact]
    public void Builder_InvalidHours_ReportsTheSamePathAsJson()
    {
        var e = Assert.Throws<CalendarFormatException>(() =>
            BusinessCalendar.CreateBuilder("x", Cal.Tokyo).WithHours(IsoDayOfWeek.Friday, "09:00-12:00", "10:00-11:00"));
        Assert.Equal("$.weekly.friday[1]", e.Path);
    }

    [Fact]
    public void Builder_EmptyId_Throws()
    {
        Assert.Throws<CalendarFormatException>(() => BusinessCalendar.CreateBuilder("", Cal.Tokyo));
        Assert.Throws<ArgumentNullException>(() => BusinessCalendar.CreateBuilder("x", null!));
    }
}
