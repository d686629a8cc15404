using System.IO;
using System.Linq;
using System.Text.Json;

namespace ItsmCore.Cli.Tests;

// samples/sla/incident-breached.json on jp-office: started Fri 2026-11-20 16:30 JST with 4 h, paused 17:00,
// resumed Tue 09:00, stopped Tue 15:00. Worked by hand: 30 min Friday + 09:00-12:00 + 13:00-15:00 = 5 h 30 min;
// the 4 h are used up at Tue 13:30 JST (04:30Z), so the first instant over the target is 04:30Z + 1 ns.
// Thresholds: 50 % (2 h) at 10:30 JST, 75 % (3 h) at 11:30 JST, 90 % (3 h 36 min) at 13:06 JST.
// samples/sla/request-met.json on the built-in 24x7: 1 h running, 2 h paused, 2 h running, stopped: met with 3 h.
public sealed class SlaCommandTests
{
    private static readonly string Breached = Tool.Sample("sla/incident-breached.json");
    private static readonly string Met = Tool.Sample("sla/request-met.json");

    [Fact]
    public void Evaluate_BreachedLog_ReportsTheBreachAndExitsOne()
    {
        Tool.Result r = Tool.Run("sla", "evaluate", Breached, "--calendar", Tool.JpOffice, "--at", "2026-11-24T06:00:00Z", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("Breached", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("0:05:30:00", json.RootElement.GetProperty("elapsed").GetString());
        Assert.Equal("2026-11-24T04:30:00.000000001Z", json.RootElement.GetProperty("breachedAt").GetString());
    }

    [Fact]
    public void Evaluate_BeforeTheBreach_IsRunningWithTheDueInstant()
    {
        Tool.Result r = Tool.Run("sla", "evaluate", Breached, "--calendar", Tool.JpOffice, "--at", "2026-11-24T10:00+09:00", "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal("Running", json.RootElement.GetProperty("state").GetString());
        Assert.Equal("0:01:30:00", json.RootElement.GetProperty("elapsed").GetString());
        Assert.Equal("2026-11-24T04:30:00Z", json.RootElement.GetProperty("dueAt").GetString());
        Assert.Equal("2026-11-24T01:30:00Z", json.RootElement.GetProperty("nextChangeAt").GetString());
    }

    [Fact]
    public void Evaluate_MetLogOnBuiltIn24x7_IsMet()
    {
        Tool.Result r = Tool.Run("sla", "evaluate", Met, "--at", "2026-11-20T12:00:00Z");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("state               Met", r.Output, System.StringComparison.Ordinal);
        Assert.Contains("elapsed             3h", r.Output, System.StringComparison.Ordinal);
        Assert.Contains("target              4 h on 24x7\n", r.Output.Replace("\r\n", "\n", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        Assert.Contains("budget              4h", r.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CalendarNotLoaded_NamesTheEventPath()
    {
        Tool.Result r = Tool.Run("sla", "evaluate", Breached, "--at", "2026-11-24T06:00:00Z");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("$.events[0].target.calendarId: calendar 'jp-office' is not loaded", r.Error, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EventsOutOfOrder_NamesTheRefusedEvent()
    {
        string file = Path.Combine(Path.GetTempPath(), "itsmcore-sla-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """
            { "events": [
              { "kind": "started", "at": "2026-11-20T01:00:00Z", "target": { "calendarId": "24x7", "workingTime": "0:04:00:00" } },
              { "kind": "resumed", "at": "2026-11-20T02:00:00Z" } ] }
            """);
        try
        {
            Tool.Result r = Tool.Run("sla", "evaluate", file, "--at", "2026-11-20T03:00:00Z");

            Assert.Equal(2, r.ExitCode);
            Assert.Contains("$.events[1]: Resumed refused", r.Error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_MalformedLog_NamesThePath()
    {
        string file = Path.Combine(Path.GetTempPath(), "itsmcore-sla-" + System.Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "events": [ { "kind": "started", "at": "yesterday" } ] }""");
        try
        {
            Tool.Result r = Tool.Run("sla", "evaluate", file, "--at", "2026-11-20T03:00:00Z");

            Assert.Equal(2, r.ExitCode);
            Assert.Contains("$.events[0]", r.Error, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Replay_BreachedLog_ShowsEachEventAndExitsOne()
    {
        Tool.Result r = Tool.Run("sla", "replay", Breached, "--calendar", Tool.JpOffice, "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        JsonElement[] steps = json.RootElement.GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(new[] { "Started", "Paused", "Resumed", "Stopped" }, steps.Select(s => s.GetProperty("event").GetString()));
        Assert.Equal(new[] { "Running", "Paused", "Running", "Breached" }, steps.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal("0:00:30:00", steps[1].GetProperty("elapsed").GetString());
    }

    [Fact]
    public void Timeline_BreachedLog_DrawsPausedCountingAndBreach()
    {
        Tool.Result r = Tool.Run("sla", "timeline", Breached, "--calendar", Tool.JpOffice, "--json");

        using JsonDocument json = JsonDocument.Parse(r.Output);
        string bar = json.RootElement.GetProperty("bar").GetString()!;
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(60, bar.Length);
        Assert.Contains('.', bar);
        Assert.Contains('=', bar);
        Assert.EndsWith("#", bar, System.StringComparison.Ordinal); // the last column (14:13-15:00 JST) counts after the breach
        Assert.Equal(3, json.RootElement.GetProperty("thresholdCrossings").GetArrayLength());
    }

    [Fact]
    public void Timeline_Svg_WritesTheChart()
    {
        string svg = Path.Combine(Path.GetTempPath(), "itsmcore-timeline-" + System.Guid.NewGuid().ToString("N") + ".svg");
        try
        {
            Tool.Result r = Tool.Run("sla", "timeline", Breached, "--calendar", Tool.JpOffice, "--svg", svg, "--width", "40");
            string text = File.ReadAllText(svg);

            Assert.Equal(1, r.ExitCode);
            Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", text, System.StringComparison.Ordinal);
            Assert.Contains("fill=\"#c62828\"", text, System.StringComparison.Ordinal); // counting after the breach
            Assert.Contains("breach at 2026-11-24T04:30:00.000000001Z", text, System.StringComparison.Ordinal);
            Assert.Contains("svg written to", r.Output, System.StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Timeline_SvgIntoMissingFolder_IsBadInput()
    {
        Tool.Result r = Tool.Run("sla", "timeline", Met, "--svg", Path.Combine(Path.GetTempPath(), "no-such-folder-" + System.Guid.NewGuid().ToString("N"), "x.svg"));

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--svg: cannot write", r.Error, System.StringComparison.Ordinal);
    }
}
