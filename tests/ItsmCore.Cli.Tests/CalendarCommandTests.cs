using System.IO;
using System.Text.Json;

namespace ItsmCore.Cli.Tests;

// Expected values are worked out by hand from samples/calendars/jp-office.json (Asia/Tokyo, weekdays
// 09:00-12:00 and 13:00-18:00, JP holidays; 2026-11-23 is Labour Thanksgiving Day, a Monday; closure
// 2026-11-27 17:00-18:00).
public sealed class CalendarCommandTests
{
    [Fact]
    public void Add_FridayAfternoonFourHours_EndsTuesdayAfterTheHoliday()
    {
        // Fri 16:30-18:00 = 1h30, Mon is a holiday, Tue 09:00 + 2h30 = 11:30 JST = 02:30Z.
        Tool.Result r = Tool.Run("calendar", "add", Tool.JpOffice, "2026-11-20T16:30", "4h");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("result        2026-11-24T02:30:00Z (Tue 2026-11-24 11:30:00 +09:00)", r.Output, System.StringComparison.Ordinal);
        Assert.Equal("", r.Error);
    }

    [Fact]
    public void Add_Json_WritesTheResultInstant()
    {
        Tool.Result r = Tool.Run("calendar", "add", Tool.JpOffice, "2026-11-20T07:30:00Z", "0:04:00:00", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("2026-11-24T02:30:00Z", json.RootElement.GetProperty("result").GetString());
        Assert.Equal("jp-office", json.RootElement.GetProperty("calendar").GetString());
    }

    [Fact]
    public void Subtract_FromTuesdayMorning_GoesBackOverTheHolidayAndWeekend()
    {
        Tool.Result r = Tool.Run("calendar", "subtract", Tool.JpOffice, "2026-11-24T11:30+09:00", "4h", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal("2026-11-20T07:30:00Z", json.RootElement.GetProperty("result").GetString());
    }

    [Fact]
    public void Between_FridayToTuesday_IsFourHours()
    {
        Tool.Result r = Tool.Run("calendar", "between", Tool.JpOffice, "2026-11-20T16:30", "2026-11-24T11:30", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal("0:04:00:00", json.RootElement.GetProperty("workingTime").GetString());
    }

    [Fact]
    public void Explain_OverTheHoliday_NamesTheHolidayAndTheWeekend()
    {
        Tool.Result r = Tool.Run("calendar", "explain", Tool.JpOffice, "2026-11-20T16:30", "4h");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("holiday: Labour Thanksgiving Day", r.Output, System.StringComparison.Ordinal);
        Assert.Contains("non-working weekday", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_WithoutDurationOrUntil_IsBadInput()
    {
        Tool.Result r = Tool.Run("calendar", "explain", Tool.JpOffice, "2026-11-20T16:30");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("give either DURATION or --until END", r.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Intervals_HolidayWeekAndClosure_ShowsEachDay()
    {
        Tool.Result r = Tool.Run("calendar", "intervals", Tool.JpOffice, "--from", "2026-11-20", "--to", "2026-11-27");
        string[] lines = r.Output.Split('\n');

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(lines, l => l.StartsWith("2026-11-20  Fri  09:00-12:00 13:00-18:00  8h", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-11-23  Mon  -", System.StringComparison.Ordinal) && l.Contains("holiday: Labour Thanksgiving Day", System.StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("2026-11-27  Fri  09:00-12:00 13:00-17:00  7h", System.StringComparison.Ordinal) && l.Contains("closure", System.StringComparison.Ordinal));
        Assert.Equal(8, System.Array.FindAll(lines, l => l.StartsWith("2026-11-", System.StringComparison.Ordinal)).Length);
    }

    [Fact]
    public void Intervals_RangeBackwards_IsBadInput()
    {
        Tool.Result r = Tool.Run("calendar", "intervals", Tool.JpOffice, "--from", "2026-11-27", "--to", "2026-11-20");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--to: is before --from", r.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Holidays_Jp2026_ListsTheSubstituteAndCitizensHolidays()
    {
        Tool.Result r = Tool.Run("calendar", "holidays", "JP", "--year", "2026", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        string[] dates = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
            json.RootElement.GetProperty("holidays").EnumerateArray(), h => h.GetProperty("date").GetString()!));
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2026-01-01", dates);
        Assert.Contains("2026-05-06", dates); // Constitution Day falls on a Sunday: substitute holiday
        Assert.Contains("2026-09-22", dates); // between Respect for the Aged Day and the equinox
        Assert.Contains("2026-11-23", dates);
        Assert.DoesNotContain("2026-12-31", dates); // year-end days are the calendar's own, not the set's
    }

    [Fact]
    public void Holidays_UnknownSet_IsBadInput()
    {
        Tool.Result r = Tool.Run("calendar", "holidays", "XX", "--year", "2026");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown holiday set 'XX'", r.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Sample_IsValid()
    {
        Tool.Result r = Tool.Run("calendar", "check", Tool.JpOffice);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("ok, calendar 'jp-office' in Asia/Tokyo", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileWithFourProblems_ListsEveryOneWithItsPath()
    {
        string file = Path.Combine(Path.GetTempPath(), "itsmcore-check-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """
            { "id": "bad", "timeZone": "Mars/Olympus",
              "weekly": { "monday": ["09:00-12:00", "25:00-26:00"], "tuesday": ["09:00-12:00", "11:00-13:00"] },
              "holidays": [ { "date": "2026-12-30" }, { "rule": "nthWeekday", "month": 1, "weekday": "monday", "n": 0 } ],
              "closures": [ { "date": "2026-11-07" } ] }
            """);
        try
        {
            Tool.Result r = Tool.Run("calendar", "check", file, "--json");

            using JsonDocument json = JsonDocument.Parse(r.Output);
            string[] paths = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(
                json.RootElement.GetProperty("problems").EnumerateArray(), p => p.GetProperty("path").GetString()!));
            Assert.Equal(1, r.ExitCode);
            Assert.False(json.RootElement.GetProperty("valid").GetBoolean());
            Assert.Contains("$.timeZone", paths);
            Assert.Contains(paths, p => p.StartsWith("$.weekly.monday[1]", System.StringComparison.Ordinal));
            Assert.Contains(paths, p => p.StartsWith("$.weekly.tuesday", System.StringComparison.Ordinal));
            Assert.Contains(paths, p => p.StartsWith("$.holidays[1]", System.StringComparison.Ordinal));
            Assert.Contains(paths, p => p.StartsWith("$.closures[0]", System.StringComparison.Ordinal));
            Assert.DoesNotContain(paths, p => p.StartsWith("$.holidays[0]", System.StringComparison.Ordinal) || p.StartsWith("$.weekly.monday[0]", System.StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_NotJson_IsOneProblemAtTheRoot()
    {
        string file = Path.Combine(Path.GetTempPath(), "itsmcore-check-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, "{ not json");
        try
        {
            Tool.Result r = Tool.Run("calendar", "check", file);

            Assert.Equal(1, r.ExitCode);
            Assert.Contains("1 problem", r.Output, System.StringComparison.Ordinal);
            Assert.Contains("not valid JSON", r.Output, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Add_MissingFile_IsBadInputNamingTheFile()
    {
        Tool.Result r = Tool.Run("calendar", "add", "no-such-file.json", "2026-11-20T07:30:00Z", "4h");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("itsmcore: FILE: cannot read 'no-such-file.json': no such file" + System.Environment.NewLine, r.Error);
    }

    [Fact]
    public void Add_LocalTimeSkippedByDst_IsBadInput()
    {
        string file = Path.Combine(Path.GetTempPath(), "itsmcore-ny-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "id": "ny", "timeZone": "America/New_York", "weekly": { "sunday": ["00:00-24:00"] } }""");
        try
        {
            Tool.Result r = Tool.Run("calendar", "add", file, "2026-03-08T02:30", "1h");

            Assert.Equal(2, r.ExitCode);
            Assert.Contains("does not exist in America/New_York", r.Error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
