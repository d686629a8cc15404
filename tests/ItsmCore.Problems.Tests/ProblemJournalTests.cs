using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

/// <summary>Events and journal entries of <see cref="Problem"/>.</summary>
public sealed class ProblemJournalTests
{
    [Fact]
    public void Record_JournalEntry_ListsEveryInitialField()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");

        JournalEntry entry = Assert.Single(p.Journal);

        Assert.Equal(1, entry.Version);
        Assert.Equal(Prb.T0, entry.At);
        Assert.Equal(Prb.Analyst, entry.Actor);
        Assert.Equal("Recorded", entry.Action);
        Assert.Null(entry.Reason);
        Assert.Equal(
            new[]
            {
                new FieldChange("Title", null, "Nightly backups fail on the tape library"),
                new FieldChange("Description", null, "Backup jobs abort with drive errors on tape-lib-01."),
                new FieldChange("Category", null, "Hardware/Storage/Tape"),
                new FieldChange("Impact", null, "Medium"),
                new FieldChange("Urgency", null, "High"),
                new FieldChange("Priority", null, "2 (High)"),
                new FieldChange("Status", null, "New"),
                new FieldChange("LinkedIncidents", null, "INC-1"),
                new FieldChange("LinkedIncidents", null, "INC-2"),
                new FieldChange("AffectedConfigurationItems", null, "tape-lib-01"),
            },
            entry.Changes);
    }

    [Fact]
    public void Events_VersionsAndRecordIds_FollowTheAggregate()
    {
        Problem p = Prb.InState(ProblemStatus.Closed);

        Assert.Equal(Enumerable.Range(1, p.UncommittedEvents.Count).Select(i => (long)i), p.UncommittedEvents.Select(e => e.Version));
        Assert.All(p.UncommittedEvents, e => Assert.Equal("PRB-0001", e.RecordId));
        Assert.Equal(p.UncommittedEvents.Select(e => e.ToJournalEntry()), p.Journal);
        Assert.Equal(
            new[] { "Recorded", "RootCauseIdentified", "InvestigationStarted", "Resolved", "Closed" },
            p.Journal.Select(e => e.Action));
    }

    [Fact]
    public void ProblemEvent_Constructor_GuardsItsCommonPart()
    {
        Assert.Throws<ArgumentException>("problem", () => new RootCauseNoteAdded(default, 1, Prb.T0, Prb.Analyst, "x"));
        Assert.Throws<ArgumentOutOfRangeException>("version", () => new RootCauseNoteAdded(Prb.Id, 0, Prb.T0, Prb.Analyst, "x"));
        Assert.Throws<ArgumentNullException>("actor", () => new RootCauseNoteAdded(Prb.Id, 1, Prb.T0, null!, "x"));
    }

    [Fact]
    public void Journal_SampleProblem_MatchesApprovedText()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");
        p.Assign(new AssignProblem("Storage team", Prb.Analyst), Prb.Manager, Prb.At(5));
        p.StartInvestigation(new InvestigateProblem("Three backup failures in a week"), Prb.Analyst, Prb.At(10));
        p.LinkIncident(new LinkProblemIncident(new IncidentId("INC-3")), Prb.Analyst, Prb.At(11));
        p.ChangePriority(new ChangeProblemPriority("High", "High", "High", "Backups are covered by a second site"), Prb.Manager, Prb.At(12));
        p.AddRootCauseNote(new AddRootCauseNote("Drive 2 logs SCSI errors before every abort"), Prb.Analyst, Prb.At(20));
        p.IdentifyRootCause(new IdentifyRootCause("Drive 2 firmware 4.2 resets under load"), Prb.Analyst, Prb.At(30));
        p.PublishWorkaround(new PublishWorkaround("Take drive 2 offline; run backups on drives 1, 3 and 4"), Prb.Analyst, Prb.At(31));
        p.RecordKnownError(new RecordKnownError("Backup aborts with drive error 0x2A on tape-lib-01"), Prb.Analyst, Prb.At(32));
        p.UpdateDetails(new UpdateProblemDetails(Category: CategoryPath.Parse("Hardware/Storage/Tape/Firmware")), Prb.Analyst, Prb.At(33));
        p.Resolve(new ResolveProblem("FixedByChange", "Firmware 4.3 installed on all drives", new ChangeId("CHG-0042")), Prb.Analyst, Prb.At(60));
        p.Close(new CloseProblem("A week of clean backups"), Prb.Manager, Prb.At(70));

        Snapshot.Verify(Prb.JournalText(p), "ProblemJournalTests.Journal_SampleProblem_MatchesApprovedText");
    }

    [Fact]
    public void EveryEvent_JournalsExactlyTheFieldsThatChanged_FromOldToNewValue()
    {
        PropertyRunner.Run(CommandScript.Scripts, script =>
        {
            Problem? problem = null;
            Dictionary<string, string?> before = Prb.Fields(null);
            foreach (CommandScript.Step step in script)
            {
                long version = problem?.Version ?? 0;
                if (!CommandScript.TryApply(ref problem, step))
                {
                    continue;
                }

                Dictionary<string, string?> after = Prb.Fields(problem);
                if (problem!.Version == version)
                {
                    Assert.Equal(before, after);
                    continue;
                }

                CheckEntry(problem.Journal[^1], before, after);
                before = after;
            }
        });
    }

    private static void CheckEntry(JournalEntry entry, Dictionary<string, string?> before, Dictionary<string, string?> after)
    {
        string[] changed = before.Keys.Where(k => before[k] != after[k]).OrderBy(k => k, StringComparer.Ordinal).ToArray();
        string[] journaled = entry.Changes.Select(c => c.Field).Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
        Assert.Equal(changed, journaled);
        foreach (FieldChange change in entry.Changes.Where(c => !Prb.ListFields.Contains(c.Field)))
        {
            Assert.Equal(before[change.Field], change.From);
            Assert.Equal(after[change.Field], change.To);
        }

        foreach (string field in Prb.ListFields)
        {
            List<string> items = Split(before[field]);
            foreach (FieldChange change in entry.Changes.Where(c => c.Field == field))
            {
                Assert.True((change.From is null) != (change.To is null), $"A list change adds or removes one item: {change}");
                if (change.From is null)
                {
                    items.Add(change.To!);
                }
                else
                {
                    Assert.True(items.Remove(change.From), $"{change} removes an item that was not there");
                }
            }

            Assert.Equal(Split(after[field]), items);
        }
    }

    private static List<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? new List<string>() : text.Split(" | ").ToList();
}
