using System;
using System.IO;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes.Tests.Schedule;

/// <summary>
/// The change-schedule format on samples/changes/change-schedule.json (which refers to samples/cmdb/case-cmdb.json and
/// samples/calendars/jp-office.json): what it reads, that it writes back equal, and how it refuses bad documents.
/// </summary>
public sealed class ChangeScheduleJsonTests
{
    public static string Root { get; } = FindRoot();

    public static string SamplePath => Path.Combine(Root, "samples", "changes", "change-schedule.json");

    /// <summary>Resolves references relative to the sample's folder, as the tool does; null for a missing file.</summary>
    public static string? Resolve(string reference)
    {
        string path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(SamplePath)!, reference));
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    public static ChangeScheduleDocument Sample() => ChangeScheduleJson.Read(File.ReadAllText(SamplePath), Resolve);

    [Fact]
    public void Read_Sample_HoldsEveryPartOfTheFile()
    {
        ChangeScheduleDocument doc = Sample();

        Assert.Equal("../cmdb/case-cmdb.json", doc.CmdbReference);
        Assert.Equal(new[] { "jp-office", "night-window", "sales-hours", "24x7" }, doc.Calendars.Select(c => c.Calendar.Id));
        Assert.Equal("../calendars/jp-office.json", doc.Calendars[0].Reference);
        Assert.Null(doc.Calendars[1].Reference);
        Assert.Equal(new[] { "monthly-cab", "agile-track" }, doc.Boards.Select(b => b.Id));
        Assert.Equal(MeetingRule.MonthlyOnDay(10, BusinessDayMove.Next), doc.Boards[0].Rule);
        Assert.Equal(CabCutOff.BusinessDaysBefore(5), doc.Boards[0].CutOff);
        Assert.Equal(new LocalTime(14, 0), doc.Boards[0].MeetingTime);
        Assert.Equal(MeetingRule.EveryWeeks(2, new LocalDate(2026, 1, 5)), doc.Boards[1].Rule);
        Assert.Equal(CabCutOff.AtMeetingStart, doc.Boards[1].CutOff);
        Assert.Equal(Duration.FromHours(4), doc.EmergencyBoard!.DecisionWithin);
        Assert.Equal(7, doc.Changes.Count);
        ScheduledChange lb = doc.Changes.Single(c => c.Id.Value == "CHG-103");
        Assert.Equal(ChangeClass.Stability, lb.Class);
        Assert.Equal(Duration.FromMinutes(30), lb.ExpectedOutage);
        Assert.Equal(new Interval(Instant.FromUtc(2026, 12, 10, 16, 0), Instant.FromUtc(2026, 12, 10, 17, 0)), lb.Window);
        Assert.True(doc.Blackouts.Single().CoversEverything);
        var sales = new ConfigurationItemId("svc-sales");
        Assert.Equal(Duration.FromMinutes(10), doc.Settings.OutageAllowances[sales]);
        Assert.Equal("sales-hours", doc.Settings.ServiceHours[sales].Id);
        Assert.Equal(6, doc.Settings.MaintenanceWindows.Count);
        Assert.Equal(FreezePolicy.Default, doc.Settings.FreezePolicies[new ConfigurationItemId("svc-payment")]);
        Assert.Equal(new ConfigurationItemId("svc-payment"), doc.ReleaseFreezes.Single().Service);
    }

    [Fact]
    public void Write_Sample_ReadsBackEqualAndWritesTheSameText()
    {
        ChangeScheduleDocument doc = Sample();

        string written = ChangeScheduleJson.Write(doc);
        ChangeScheduleDocument again = ChangeScheduleJson.Read(written, Resolve);

        Assert.Equal(doc, again);
        Assert.Equal(written, ChangeScheduleJson.Write(again));
        Assert.Contains("\"../calendars/jp-office.json\"", written, StringComparison.Ordinal); // a reference stays a reference
    }

    [Fact]
    public void Equals_DocumentWithOneSettingChanged_IsNotEqual()
    {
        ChangeScheduleDocument doc = Sample();
        var other = new ChangeScheduleDocument(
            doc.CmdbReference, doc.Cmdb, doc.Calendars, doc.Boards, doc.EmergencyBoard, doc.Changes, doc.Blackouts,
            doc.Settings.WithOutageAllowance(new ConfigurationItemId("svc-sales"), Duration.FromMinutes(11)), doc.ReleaseFreezes);

        Assert.NotEqual(doc, other);
    }

    [Fact]
    public void ToSchedule_Sample_FindsTheConflictsTheFileWasWrittenFor()
    {
        ChangeSchedule schedule = Sample().ToSchedule(Instant.FromUtc(2026, 12, 1, 0, 0));

        var found = schedule.AllConflicts().Select(c => (c.Code, string.Join("+", c.Changes), c.OtherParty)).OrderBy(c => c.Item2).ThenBy(c => c.Code).ToArray();

        Assert.Equal(
            new[]
            {
                (ScheduleConflictCode.RelatedItem, "CHG-101+CHG-102", "CHG-102"),            // db-1 down degrades db-cluster, which web-1 depends on
                (ScheduleConflictCode.AssigneeDoubleBooked, "CHG-101+CHG-102", "kim"),
                (ScheduleConflictCode.OutageAllowanceExceeded, "CHG-103", "svc-sales"),      // 30 min against 10 min
                (ScheduleConflictCode.Blackout, "CHG-104", "year-end freeze"),
                (ScheduleConflictCode.MaintenanceWindow, "CHG-105", "tape-1"),               // 15:00 JST, the window is 01:00-05:00
                (ScheduleConflictCode.ReleaseFreeze, "CHG-106", "svc-payment"),
                // CHG-107 (stability, db-2) runs in the svc-payment freeze, which stops feature changes only: no conflict
            },
            found);
    }

    [Fact]
    public void Read_ManyProblems_ReportsEveryOneWithItsPath()
    {
        string json = """
            {
              "format": "itsmcore-change-schedule/2",
              "cmdb": "../cmdb/case-cmdb.json",
              "calendars": [ { "id": "w", "timeZone": "Mars/Olympus", "weekly": {} }, "nowhere.json" ],
              "boards": [ { "id": "cab", "calendar": "nope", "meets": { "rule": "monthlyOnDay", "day": 32, "move": "sideways" }, "at": "25:00", "extra": 1 } ],
              "changes": [
                { "id": "C1", "affected": ["web-9"], "start": "2026-12-01T02:00:00Z", "end": "2026-12-01T01:00:00Z" },
                { "id": "C1", "affected": ["web-1", "web-1"], "start": "2026-12-01", "end": "2026-12-01T03:00:00Z", "expectedOutage": "-0:00:10:00" }
              ],
              "settings": [ { "item": "svc-sales" }, { "item": "svc-sales", "serviceHours": "nope" } ]
            }
            """;

        ChangeScheduleFormatException e = Assert.Throws<ChangeScheduleFormatException>(() => ChangeScheduleJson.Read(json, Resolve));

        string[] paths = e.Problems.Select(p => p.Path).ToArray();
        Assert.Equal(
            new[]
            {
                "$.format", "$.calendars[0].timeZone", "$.calendars[1]", "$.boards[0].extra", "$.boards[0].calendar", "$.boards[0].meets.day",
                "$.boards[0].meets.move", "$.boards[0].at", "$.changes[0].affected[0]", "$.changes[0].end", "$.changes[1].affected[1]",
                "$.changes[1].start", "$.changes[1].expectedOutage", "$.settings[0]", "$.settings[1].item", "$.settings[1].serviceHours",
            },
            paths);
        Assert.Contains("$.changes[0].affected[0]: CI 'web-9' is not in the CMDB", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.calendars[1]: the calendar document 'nowhere.json' cannot be read", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CmdbReferenceMissingOrInvalid_NamesTheCmdbProperty()
    {
        const string Doc = """{ "format": "itsmcore-change-schedule/1", "cmdb": "cmdb.json" }""";

        ChangeScheduleFormatException missing = Assert.Throws<ChangeScheduleFormatException>(() => ChangeScheduleJson.Read(Doc, _ => null));
        ChangeScheduleFormatException invalid = Assert.Throws<ChangeScheduleFormatException>(() => ChangeScheduleJson.Read(Doc, _ => """{ "format": "itsmcore-cmdb/1", "items": 3 }"""));

        Assert.Equal("$.cmdb", missing.Path);
        Assert.Contains("cannot be read", missing.Reason, StringComparison.Ordinal);
        Assert.Equal("$.cmdb", invalid.Path);
        Assert.Contains("$.items: expected an array", invalid.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AffectedCiRetiredFromTheCmdbBeforeTheWindow_IsAProblem()
    {
        // The CMDB below holds 'old' only until 2026-06-01.
        const string Cmdb = """
            { "format": "itsmcore-cmdb/1", "classes": [ { "name": "server" } ],
              "items": [ { "id": "old", "validFrom": "2026-01-01T00:00:00Z", "validTo": "2026-06-01T00:00:00Z", "recordedAt": "2026-01-01T00:00:00Z", "name": "Old", "class": "server", "status": "production" } ] }
            """;
        const string Doc = """
            { "format": "itsmcore-change-schedule/1", "cmdb": "c.json",
              "changes": [ { "id": "C", "affected": ["old"], "start": "2026-07-01T00:00:00Z", "end": "2026-07-01T01:00:00Z" } ] }
            """;

        ChangeScheduleFormatException e = Assert.Throws<ChangeScheduleFormatException>(() => ChangeScheduleJson.Read(Doc, _ => Cmdb));

        Assert.Equal("$.changes[0].affected[0]", e.Path);
        Assert.Contains("not in the CMDB at the window start 2026-07-01T00:00:00Z", e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphAt_InstantsBetweenTwoCmdbChanges_GiveTheSameGraphObject()
    {
        Func<Instant, ItsmCore.Cmdb.CmdbGraph> graphAt = Sample().GraphAt(Instant.FromUtc(2026, 12, 1, 0, 0));

        Assert.Same(graphAt(Instant.FromUtc(2026, 12, 8, 16, 0)), graphAt(Instant.FromUtc(2026, 12, 30, 16, 0)));
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ItsmCore.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ItsmCore.sln not found above " + AppContext.BaseDirectory);
    }
}
