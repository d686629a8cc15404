using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Docs.Tests;

/// <summary>Checks what README.md's samples and text say they give.</summary>
public sealed class ReadmeDocTests
{
    private static readonly DateTimeZone Tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    [Fact]
    public async Task QuickStart_Run_IsDueTuesday1130AndPrintsTheExplanationOfDocsCalendars()
    {
        DocumentRun run = await DocumentRunner.RunAsync("README.md");

        Assert.Equal(new LocalDateTime(2026, 11, 20, 16, 30), run.Variable<Instant>("received").InZone(Tokyo).LocalDateTime);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 11, 30), run.Variable<Instant>("due").InZone(Tokyo).LocalDateTime);
        string[] printed = run.Blocks[0].Lines.ToArray();
        const string FirstLine = "Calendar jp-office (Asia/Tokyo): 4:00:00 h of working time from Fri 2026-11-20 16:30:00 to Tue 2026-11-24 11:30:00";
        const string Counted = "  counted Tue 2026-11-24 09:00:00 - Tue 2026-11-24 11:30:00  2:30:00 h";
        Assert.Equal(FirstLine, printed[0]);
        Assert.Contains(Counted, printed);
        Assert.Contains(printed, l => l.Contains("2026-11-23 holiday: Labour Thanksgiving Day", StringComparison.Ordinal));

        // docs/calendars.md shows the same explanation.
        string calendarsDoc = File.ReadAllText(Path.Combine(Docs.Root(), "docs", "calendars.md"));
        Assert.Contains(FirstLine + "\n", calendarsDoc, StringComparison.Ordinal);
        Assert.Contains(Counted + "\n", calendarsDoc, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlaSnippet_Run_Used90MinutesAndDueTuesday1430InTokyo()
    {
        DocumentRun run = await DocumentRunner.RunAsync("README.md");

        SlaStatus status = run.Variable<SlaStatus>("status");
        Assert.Equal(Duration.FromMinutes(90), status.Elapsed);
        Assert.Equal(new LocalDateTime(2026, 11, 24, 14, 30), status.DueAt!.Value.InZone(Tokyo).LocalDateTime);
    }

    [Fact]
    public async Task IncidentSnippet_Run_RecordsANewIncidentReportedWhenTheClockSays()
    {
        DocumentRun run = await DocumentRunner.RunAsync("README.md");

        Incident incident = run.Variable<Incident>("incident");
        Assert.Equal(IncidentStatus.New, incident.Status);
        Assert.Equal(run.Variable<Instant>("received"), incident.ReportedAt);
        Assert.Equal("Mail delayed", incident.Title);
        Assert.Empty(incident.UncommittedEvents.Skip(incident.Journal.Count));
    }

    [Fact]
    public async Task JpOffice_EveryCalendarOfThatIdInTheDocs_IsTheQuickStartsCalendar()
    {
        BusinessCalendar office = (await DocumentRunner.RunAsync("README.md")).Variable<BusinessCalendar>("office");
        int seen = 0;

        foreach (string document in DocSamplesTests.AllDocuments().Where(d => DocSamplesTests.Blocks(d).Any(b => b.Language == "csharp")))
        {
            DocumentRun run = await DocumentRunner.RunAsync(document);
            foreach (var (name, calendar) in run.Values<BusinessCalendar>().Where(c => c.Value.Id == "jp-office"))
            {
                Assert.True(office.Equals(calendar), $"{document}: '{name}' is another calendar called jp-office");
                seen++;
            }

            // JSON texts of it; docs/integration.md's officeFromDecemberJson is its documented next version.
            foreach (var (name, json) in run.Values<string>().Where(j => j.Value.Contains("\"jp-office\"", StringComparison.Ordinal)
                && j.Value.Contains("\"weekly\"", StringComparison.Ordinal) && j.Name != "officeFromDecemberJson"))
            {
                Assert.True(office.Equals(BusinessCalendar.FromJson(json)), $"{document}: '{name}' is the JSON of another calendar called jp-office");
                seen++;
            }
        }

        Assert.True(seen >= 3, $"only {seen} jp-office calendars found");
    }

    [Fact]
    public async Task SampleCalendarFile_WithoutItsCompanyDays_IsTheQuickStartsCalendar()
    {
        BusinessCalendar office = (await DocumentRunner.RunAsync("README.md")).Variable<BusinessCalendar>("office");
        JsonObject file = JsonNode.Parse(File.ReadAllText(Path.Combine(Docs.Root(), "samples", "calendars", "jp-office.json")))!.AsObject();

        // README: "the quick start's jp-office plus the company's year-end days, a half day and one closure".
        Assert.Equal(4, file["holidays"]!.AsArray().Count);
        Assert.Single(file["exceptions"]!.AsArray());
        Assert.Single(file["closures"]!.AsArray());
        file["holidays"] = new JsonArray();
        file["exceptions"] = new JsonArray();
        file["closures"] = new JsonArray();
        Assert.Equal(office, BusinessCalendar.FromJson(file.ToJsonString()));
    }

    [Fact]
    public void Readme_InstallLines_NameEveryAvailablePackage()
    {
        string root = Docs.Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string[] available = readme.Split('\n')
            .Where(l => l.StartsWith("| `ItsmCore.", StringComparison.Ordinal) && l.Contains("| available", StringComparison.Ordinal))
            .Select(l => l.Split('`')[1])
            .Order(StringComparer.Ordinal)
            .ToArray();
        string[] packages = Directory.GetDirectories(Path.Combine(root, "src"))
            .Select(d => Path.GetFileName(d)!)
            .Where(p => File.Exists(Path.Combine(root, "src", p, p + ".csproj")))
            .ToArray();

        Assert.NotEmpty(available);
        Assert.All(available, p => Assert.Contains(p, packages));
        foreach (string p in packages)
        {
            bool tool = File.ReadAllText(Path.Combine(root, "src", p, p + ".csproj")).Contains("<PackAsTool>true</PackAsTool>", StringComparison.Ordinal);
            Assert.Contains(tool ? $"dotnet tool install --global {p}\n" : $"dotnet add package {p}\n", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_RepositoryLayout_NamesEveryPageUnderDocs()
    {
        string root = Docs.Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string[] named = readme.Split('\n').Single(l => l.StartsWith("docs/ ", StringComparison.Ordinal))
            .Split(new[] { ' ', ',', '(', ')' }, StringSplitOptions.RemoveEmptyEntries);

        Assert.All(
            Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)),
            page => Assert.Contains(page, named));
    }

    [Fact]
    public void Readme_TestToolingNotes_MatchTheCentralPackageVersions()
    {
        string root = Docs.Root();
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string notes = readme[readme.IndexOf("## Notes on test tooling", StringComparison.Ordinal)..];
        string packages = File.ReadAllText(Path.Combine(root, "Directory.Packages.props"));

        // Said to restore and be used: centrally versioned.
        foreach (string used in new[] { "FsCheck.Xunit", "NodaTime.Testing", "Microsoft.Extensions.TimeProvider.Testing", "Microsoft.CodeAnalysis.CSharp.Scripting" })
        {
            Assert.Contains(used, notes, StringComparison.Ordinal);
            Assert.Contains($"<PackageVersion Include=\"{used}\"", packages, StringComparison.Ordinal);
        }

        // Said not to restore: not referenced, and the helper that keeps its convention exists.
        Assert.Contains("Verify.Xunit is the intended", notes, StringComparison.Ordinal);
        Assert.Contains("still does not restore here", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Verify", packages, StringComparison.Ordinal);
        string snapshot = File.ReadAllText(Path.Combine(root, "tests", "Shared", "Snapshot.cs"));
        Assert.Contains(".verified.txt", snapshot, StringComparison.Ordinal);
        Assert.Contains(".received.txt", snapshot, StringComparison.Ordinal);
    }
}
