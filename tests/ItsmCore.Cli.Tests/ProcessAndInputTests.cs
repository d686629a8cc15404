using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ItsmCore.Cli.Tests;

public sealed class ProcessAndInputTests
{
    [Fact]
    public void Process_CalendarAdd_PrintsTheResultAndExitsZero()
    {
        Tool.Result r = Tool.RunProcess("calendar", "add", "samples/calendars/jp-office.json", "2026-11-20T16:30", "4h");

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("2026-11-24T02:30:00Z (Tue 2026-11-24 11:30:00 +09:00)", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_BreachedSla_ExitsOne()
    {
        Tool.Result r = Tool.RunProcess("sla", "evaluate", "samples/sla/incident-breached.json", "--calendar", "samples/calendars/jp-office.json", "--at", "2026-11-24T06:00:00Z");

        Assert.Equal(1, r.ExitCode);
        Assert.Contains("Breached", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_BadInstant_ExitsTwoWithAMessageAndNoStackTrace()
    {
        Tool.Result r = Tool.RunProcess("calendar", "add", "samples/calendars/jp-office.json", "2026-13-40T99:00", "4h");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Output);
        Assert.StartsWith("itsmcore: START: '2026-13-40T99:00' is not an instant", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_UnknownOption_ExitsTwo()
    {
        Tool.Result r = Tool.RunProcess("budget", "--objective", "99.9", "--bogus", "1");

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("calendar --help")]
    [InlineData("calendar add --help")]
    [InlineData("sla timeline --help")]
    [InlineData("availability serial --help")]
    [InlineData("budget --help")]
    [InlineData("cmdb --help")]
    [InlineData("cmdb impact --help")]
    [InlineData("cmdb health --help")]
    [InlineData("changes --help")]
    [InlineData("changes conflicts --help")]
    [InlineData("changes next-cab --help")]
    [InlineData("changes slots --help")]
    [InlineData("changes ics --help")]
    public void Help_EveryLevel_PrintsUsageAndExitsZero(string commandLine)
    {
        Tool.Result r = Tool.Run(commandLine.Split(' '));

        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_DocumentsTheExitCodes()
    {
        Tool.Result r = Tool.Run("--help");

        Assert.Contains("Exit codes: 0 ok, 1 finding", r.Output, StringComparison.Ordinal);
        Assert.Contains("2 bad input", r.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1980")]
    [InlineData("2100")]
    public void Year_FirstAndLastSupported_ListHolidays(string year)
    {
        Tool.Result r = Tool.Run("calendar", "holidays", "JP", "--year", year);

        Assert.Equal(0, r.ExitCode);
        Assert.Contains(year + "-01-01", r.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void LibraryRefusal_ObjectiveOf100_IsBadInputWithoutTheParameterSuffix()
    {
        Tool.Result r = Tool.Run("budget", "--objective", "100", "--downtime", "1m");

        Assert.Equal(2, r.ExitCode);
        Assert.Equal("itsmcore: objective: An objective of 100 % leaves no error budget." + Environment.NewLine, r.Error);
    }

    [Fact]
    public void NoCommand_IsBadInput()
    {
        Assert.Equal(2, Tool.Run().ExitCode);
        Assert.Equal(2, Tool.Run("calendar").ExitCode);
    }

    [Theory]
    [InlineData("--zone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'")]
    [InlineData("--at", "2026-11-20", "is not an instant")]
    [InlineData("--at", "2026-11-20T07:30:00+25:00", "is not an instant")]
    [InlineData("--at", "99999-01-01T00:00:00Z", "is not an instant")]
    public void SlaOptions_BadValues_AreBadInput(string option, string value, string message)
    {
        string[] args = option == "--at"
            ? new[] { "sla", "evaluate", Tool.Sample("sla/request-met.json"), option, value }
            : new[] { "sla", "evaluate", Tool.Sample("sla/request-met.json"), "--at", "2026-11-20T12:00:00Z", option, value };
        Tool.Result r = Tool.Run(args);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4x")]
    [InlineData("-4h")]
    [InlineData("h")]
    [InlineData("99999999d")]
    [InlineData("36501d")]
    [InlineData("1.5h")]
    [InlineData("")]
    public void Duration_BadValues_AreBadInput(string duration)
    {
        Tool.Result r = Tool.Run("calendar", "add", Tool.JpOffice, "2026-11-20T07:30:00Z", duration);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("itsmcore: DURATION: ", r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100.5")]
    [InlineData("0")]
    [InlineData("abc")]
    [InlineData("1e2")]
    [InlineData("-5")]
    [InlineData("99,9")]
    public void Percent_BadValues_AreBadInput(string percent)
    {
        Tool.Result r = Tool.Run("budget", "--objective", percent, "--downtime", "1m");

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("itsmcore: --objective: ", r.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1979")]
    [InlineData("2101")]
    [InlineData("20x6")]
    [InlineData("99999999999999999999")]
    public void Year_BadValues_AreBadInput(string year)
    {
        Tool.Result r = Tool.Run("calendar", "holidays", "JP", "--year", year);

        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("itsmcore: --year: ", r.Error, StringComparison.Ordinal);
    }

    private static readonly string[] Pieces =
    {
        "2026", "-", "11", "20", "T", "07", ":", "30", "Z", "+09:00", "h", "m", "d", "s", "4", "0", ".", "%", "99.9",
        "Asia/Tokyo", "/", "e", "web-1", "web-2", "fw-1", "tape-", "svc-sales", "CHG-10", "mermaid", "dot", "table", "\u0000", "\u00e9", " ", "\u0661", "-0", "00:00", "9999999999", "NaN", "\u221e", "1e9",
    };

    private static readonly string[][] Shapes =
    {
        new[] { "calendar", "add", "{FILE}", "{0}", "{1}" },
        new[] { "calendar", "subtract", "{FILE}", "{0}", "{1}" },
        new[] { "calendar", "between", "{FILE}", "{0}", "{1}" },
        new[] { "calendar", "explain", "{FILE}", "{0}", "--until", "{1}" },
        new[] { "calendar", "intervals", "{FILE}", "--from", "{0}", "--to", "{1}" },
        new[] { "calendar", "holidays", "{0}", "--year", "{1}" },
        new[] { "sla", "evaluate", "{LOG}", "--at", "{0}", "--zone", "{1}" },
        new[] { "sla", "timeline", "{LOG}", "--at", "{0}", "--width", "{1}" },
        new[] { "availability", "allowed", "{0}", "--month", "{1}", "--calendar", "{FILE}" },
        new[] { "availability", "serial", "{0}", "{1}", "--target", "{0}" },
        new[] { "budget", "--objective", "{0}", "--downtime", "{1}", "--period", "{1}" },
        new[] { "budget", "--objective", "{0}", "--events", "{1}", "--bad", "{0}" },
        new[] { "cmdb", "impact", "{CMDB}", "--down", "{0}", "--degraded", "{1}" },
        new[] { "cmdb", "impact", "{CMDB}", "--down", "web-1", "--at", "{0}", "--format", "{1}" },
        new[] { "cmdb", "impact", "{0}", "--down", "{1}" },
        new[] { "cmdb", "health", "{CMDB}", "--at", "{0}", "--zone", "{1}" },
        new[] { "cmdb", "health", "{1}", "--at", "{0}" },
        new[] { "changes", "conflicts", "{SCHEDULE}", "--at", "{0}" },
        new[] { "changes", "next-cab", "{SCHEDULE}", "--at", "{0}", "--affected", "{1}" },
        new[] { "changes", "slots", "{SCHEDULE}", "--length", "{0}", "--from", "{1}", "--affected", "web-1", "--at", "2026-12-01T00:00:00Z" },
        new[] { "changes", "slots", "{SCHEDULE}", "--length", "1h", "--change", "{0}", "--horizon", "{1}", "--at", "2026-12-01T00:00:00Z" },
        new[] { "changes", "ics", "{0}", "--at", "{1}" },
    };

    [Fact]
    public void EveryArgumentReader_RandomText_ExitsWithACodeAndAMessageNeverAStackTrace()
    {
        Gen<string> text = Gen.OneOf(
            Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p.Take(6))),
            Gen.Choose(0, 0x2FFF).Select(c => (char)c).ArrayOf().Select(cs => new string(cs.Take(12).ToArray())));
        Gen<(int Shape, string A, string B)> cases =
            from shape in Gen.Choose(0, Shapes.Length - 1)
            from a in text
            from b in text
            select (shape, a, b);

        PropertyRunner.Run(cases, c =>
        {
            string[] args = Shapes[c.Shape]
                .Select(s => s.Replace("{FILE}", Tool.JpOffice, StringComparison.Ordinal)
                    .Replace("{LOG}", Tool.Sample("sla/request-met.json"), StringComparison.Ordinal)
                    .Replace("{CMDB}", Tool.Sample("cmdb/case-cmdb.json"), StringComparison.Ordinal)
                    .Replace("{SCHEDULE}", Tool.Sample("changes/change-schedule.json"), StringComparison.Ordinal)
                    .Replace("{0}", c.A, StringComparison.Ordinal)
                    .Replace("{1}", c.B, StringComparison.Ordinal))
                .ToArray();
            Tool.Result r = Tool.Run(args);

            Assert.True(r.ExitCode is 0 or 1 or 2, $"exit {r.ExitCode} for [{string.Join(" | ", args)}]: {r.Error}");
            Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal);
            if (r.ExitCode == 2)
            {
                Assert.StartsWith("itsmcore: ", r.Error, StringComparison.Ordinal);
            }
        }, maxTest: 400);
    }
}
