using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace ItsmCore.Cli.Tests;

// samples/changes/change-schedule.json: seven changes on the case CMDB (samples/cmdb/case-cmdb.json), a year-end blackout,
// night maintenance windows 01:00-05:00 JST (16:00-20:00Z) on the servers, the load balancer and tape-1, service hours
// 08:00-22:00 JST for svc-sales and svc-payment, a 10-minute allowance on svc-sales and a release freeze on svc-payment
// from 14 to 21 December. Expectations below are worked out from the file.
public sealed class ChangeCommandTests
{
    private const string At = "2026-12-01T00:00:00Z";

    private static string Schedule => Tool.Sample("changes/change-schedule.json");

    [Fact]
    public void Conflicts_Sample_ListsEachConflictAndExitsOne()
    {
        Tool.Result r = Tool.Run("changes", "conflicts", Schedule, "--at", At);

        Assert.Equal(1, r.ExitCode);
        string[] rows = r.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(4).Select(l => string.Join(" ", l.Split("  ", StringSplitOptions.RemoveEmptyEntries).Take(3).Select(x => x.Trim()))).ToArray();
        Assert.Equal(
            new[]
            {
                "OutageAllowanceExceeded CHG-103 svc-sales",
                "MaintenanceWindow CHG-105 tape-1",
                "ReleaseFreeze CHG-106 svc-payment",
                "Blackout CHG-104 year-end freeze",
                "RelatedItem CHG-101, CHG-102 CHG-102",
                "AssigneeDoubleBooked CHG-101, CHG-102 kim",
            },
            rows);
        Assert.Contains("7 change(s), 1 blackout(s)", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_Json_GivesTheIntervalAndAmount()
    {
        Tool.Result r = Tool.Run("changes", "conflicts", Schedule, "--at", At, "--json");

        Assert.Equal(1, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        JsonElement maintenance = doc.RootElement.GetProperty("conflicts").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "MaintenanceWindow");
        Assert.Equal("2026-12-15T06:00:00Z", maintenance.GetProperty("from").GetString());
        Assert.Equal("0:01:00:00", maintenance.GetProperty("amount").GetString()); // 15:00-16:00 JST is wholly outside 01:00-05:00
    }

    [Fact]
    public void NextCab_WithAffectedWebServer_MeetingsAndEarliestNightWindow()
    {
        Tool.Result r = Tool.Run("changes", "next-cab", Schedule, "--at", At, "--affected", "web-1", "--json");

        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        JsonElement[] boards = doc.RootElement.GetProperty("boards").EnumerateArray().ToArray();
        // Monthly CAB: 10 December 2026 (a Thursday) at 14:00 JST, cut-off five business days back on 3 December.
        Assert.Equal("2026-12-10T05:00:00Z", boards[0].GetProperty("nextMeeting").GetString());
        Assert.Equal("2026-12-03T05:00:00Z", boards[0].GetProperty("nextCutOff").GetString());
        // The earliest implementation after the 14:00 meeting is the next night window of web-1: 01:00 JST on the 11th.
        Assert.Equal("2026-12-10T16:00:00Z", boards[0].GetProperty("earliestImplementation").GetString());
        // Agile track: every two weeks from Monday 2026-01-05, so Monday 7 December at 10:00 JST.
        Assert.Equal("2026-12-07T01:00:00Z", boards[1].GetProperty("nextMeeting").GetString());
        Assert.Equal("2026-12-01T04:00:00Z", doc.RootElement.GetProperty("emergencyBoard").GetProperty("decisionDueAt").GetString());
    }

    [Fact]
    public void Slots_NewChangeOnWebServer_SkipsTheBusyNight()
    {
        Tool.Result r = Tool.Run("changes", "slots", Schedule, "--at", At, "--affected", "web-1", "--length", "2h", "--from", "2026-12-08T15:00:00Z", "--horizon", "3d", "--count", "2", "--json");

        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        string[] starts = doc.RootElement.GetProperty("windows").EnumerateArray().Select(w => w.GetProperty("start").GetString()!).ToArray();
        Assert.Equal(new[] { "2026-12-09T16:00:00Z", "2026-12-09T18:00:00Z" }, starts);
    }

    [Fact]
    public void Slots_OutageOverTheAllowance_NoWindowExitsOne()
    {
        Tool.Result r = Tool.Run("changes", "slots", Schedule, "--at", At, "--change", "CHG-103", "--length", "1h");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no free window", r.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--change", "CHG-999", "--change: no change 'CHG-999' in the schedule")]
    [InlineData("--affected", "web-9", "--affected: no CI with the id 'web-9' in the CMDB")]
    public void Slots_UnknownIds_ExitTwoNamingTheOption(string option, string value, string message)
    {
        Tool.Result r = Tool.Run("changes", "slots", Schedule, "--at", At, option, value, "--length", "1h");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Ics_Sample_OneEventPerChangeAndBlackoutInUtc()
    {
        Tool.Result r = Tool.Run("changes", "ics", Schedule, "--at", At);

        Assert.Equal(0, r.ExitCode);
        string text = r.Output.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR\n", text, StringComparison.Ordinal);
        Assert.Equal(8, text.Split('\n').Count(l => l == "BEGIN:VEVENT"));
        Assert.Contains("UID:CHG-103@itsmcore\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261210T160000Z\n", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Blackout: year-end freeze\n", text, StringComparison.Ordinal);
        Assert.Contains("CATEGORIES:CHANGE,CONFLICT\n", text, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20261201T000000Z\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ics_WithJson_ExitsTwo()
    {
        Tool.Result r = Tool.Run("changes", "ics", Schedule, "--json");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("itsmcore: --json: ics writes iCalendar", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Conflicts_MalformedDocument_EveryProblemWithFileAndPath()
    {
        string dir = Path.Combine(Path.GetTempPath(), "itsmcore-changes-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            string file = Path.Combine(dir, "bad.json");
            File.WriteAllText(file, """{ "format": "itsmcore-change-schedule/1", "cmdb": "missing.json", "changes": [ { "id": "a b" } ] }""");

            Tool.Result r = Tool.Run("changes", "conflicts", file, "--at", At);

            Assert.Equal(2, r.ExitCode);
            Assert.Contains($"itsmcore: {file} $.cmdb: the CMDB document 'missing.json' cannot be read", r.Error, StringComparison.Ordinal);
            Assert.Contains($"itsmcore: {file} $.changes[0].affected: required property is missing", r.Error, StringComparison.Ordinal);
            Assert.Contains($"itsmcore: {file} $.changes[0].id: 'a b' is not a valid id", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Process_ConflictsOnTheSample_ExitsOneWithTheTable()
    {
        Tool.Result r = Tool.RunProcess("changes", "conflicts", "samples/changes/change-schedule.json", "--at", At);

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("AssigneeDoubleBooked", r.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, r.Error);
    }
}
