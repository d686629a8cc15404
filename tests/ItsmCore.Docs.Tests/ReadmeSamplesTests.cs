using System;
using System.IO;
using System.Linq;
using ItsmCore.Docs.Tests.Samples;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Runs the README's samples and checks what their comments and the docs say they give.</summary>
public sealed class ReadmeSamplesTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public void QuickStart_Run_IsDueTuesday1130AndPrintsTheExplanationOfDocsCalendars()
    {
        var output = new StringWriter();

        var (_, received, due, _) = ReadmeSamples.QuickStart(output);

        Assert.Equal(new LocalDateTime(2026, 11, 20, 16, 30), received.InZone(Tokyo).LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 11, 30), due.InZone(Tokyo).LocalDateTime);
        string[] printed = output.ToString().Split('\n');
        const string FirstLine = "Calendar jp-office (Asia/Tokyo): 4:00:00 h of working time from Fri 2026-11-20 16:30:00 to Tue 2026-11-24 11:30:00";
        Assert.Equal(FirstLine, printed[0].TrimEnd());
        Assert.Contains(printed, l => l.Contains("2026-11-23 holiday: Labour Thanksgiving Day", StringComparison.Ordinal));

        // docs/calendars.md shows the same explanation.
        string calendarsDoc = File.ReadAllText(Path.Combine(Docs.Root(), "docs", "calendars.md"));
        Assert.Contains(FirstLine, calendarsDoc, StringComparison.Ordinal);
        Assert.Contains("counted Tue 2026-11-24 09:00:00 - Tue 2026-11-24 11:30:00  2:30:00 h", calendarsDoc, StringComparison.Ordinal);
        Assert.Contains(printed, l => l.TrimEnd() == "  counted Tue 2026-11-24 09:00:00 - Tue 2026-11-24 11:30:00  2:30:00 h");
    }

    [Fact]
    public void SlaSnippet_Run_PrintsElapsedAndDueAsItsCommentSays()
    {
        var output = new StringWriter();

        var (_, _, _, status) = ReadmeSamples.QuickStart(output);

        Assert.Equal(Duration.FromMinutes(90), status.Elapsed);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 14, 30), status.DueAt!.Value.InZone(Tokyo).LocalDateTime);
        Assert.Equal("0:01:30:00 used, due 2026-11-24T05:30:00Z", output.ToString().Split('\n').Select(l => l.TrimEnd()).Last(l => l.Length > 0));
    }

    [Fact]
    public void Readme_InstallLines_NameEveryAvailablePackage()
    {
        string root = Docs.Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string[] available = readme.Split('\n')
            .Where(l => l.StartsWith("| `ItsmCore.", StringComparison.Ordinal) && l.TrimEnd().EndsWith("| available |", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] packages = Directory.GetDirectories(Path.Combine(root, "src"))
            .Select(d => Path.GetFileName(d)!)
            .Where(p => File.Exists(Path.Combine(root, "src", p, p + ".csproj")))
            .ToArray();

        Assert.NotEmpty(available);
        Assert.All(available, p => Assert.Contains(p, packages));
        foreach (string p in available)
        {
            bool tool = File.ReadAllText(Path.Combine(root, "src", p, p + ".csproj")).Contains("<PackAsTool>true</PackAsTool>", StringComparison.Ordinal);
            Assert.Contains(tool ? $"dotnet tool install --global {p}\n" : $"dotnet add package {p}\n", readme, StringComparison.Ordinal);
        }
    }
}
