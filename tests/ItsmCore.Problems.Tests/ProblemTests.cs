using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems.Tests;

public sealed class ProblemTests
{
    private static readonly IncidentId Inc1 = new("INC-1");
    private static readonly IncidentId Inc2 = new("INC-2");
    private static readonly IncidentId Inc3 = new("INC-3");

    [Fact]
    public void Record_ValidCommand_SetsEveryFieldAndRaisesOneEvent()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");

        Assert.Equal(Prb.Id, p.Id);
        Assert.Equal("Nightly backups fail on the tape library", p.Title);
        Assert.Equal("Backup jobs abort with drive errors on tape-lib-01.", p.Description);
        Assert.Equal(CategoryPath.Parse("Hardware/Storage/Tape"), p.Category);
        Assert.Equal(Prb.T0, p.RecordedAt);
        Assert.Equal(Prb.Analyst, p.RecordedBy);
        Assert.Equal(Prb.T0, p.LastEventAt);
        Assert.Equal("Medium", p.Impact);
        Assert.Equal("High", p.Urgency);
        Assert.Equal(new Priority(2, "High"), p.Priority);
        Assert.False(p.IsPriorityOverridden);
        Assert.Null(p.PriorityOverrideReason);
        Assert.Null(p.AssignmentGroup);
        Assert.Null(p.Assignee);
        Assert.Equal(new[] { Inc1, Inc2 }, p.LinkedIncidents);
        Assert.Equal(new[] { new ConfigurationItemId("tape-lib-01") }, p.AffectedConfigurationItems);
        Assert.Empty(p.RootCauseAnalysis);
        Assert.Null(p.RootCause);
        Assert.Null(p.Workaround);
        Assert.Null(p.KnownError);
        Assert.Equal(ProblemStatus.New, p.Status);
        Assert.Null(p.StatusReason);
        Assert.Null(p.Resolution);
        Assert.True(p.IsOpen);
        Assert.Equal(1, p.Version);
        Assert.Equal(0, p.PersistedVersion);
        var recorded = Assert.IsType<ProblemRecorded>(Assert.Single(p.UncommittedEvents));
        Assert.Equal("PRB-0001", recorded.RecordId);
        Assert.Equal(new[] { Inc1, Inc2 }, recorded.LinkedIncidents);
    }

    [Fact]
    public void Record_LevelsInAnyCase_StoresTheMatrixSpelling()
    {
        Problem p = Problem.Record(Prb.RecordCommand() with { Impact = "high", Urgency = "LOW" }, Prb.Id, Prb.Analyst, Prb.T0, Prb.Rules);

        Assert.Equal("High", p.Impact);
        Assert.Equal("Low", p.Urgency);
        Assert.Equal(new Priority(3, "Medium"), p.Priority);
    }

    [Fact]
    public void Record_CustomMatrix_UsesIt()
    {
        PriorityMatrix matrix = PriorityMatrix.CreateBuilder(PriorityScale.Create(PriorityOrder.OneIsMostUrgent, "High", "Low"), ["Wide", "Narrow"], ["Now", "Later"])
            .Set("Wide", "Now", 1).Set("Wide", "Later", 1).Set("Narrow", "Now", 1).Set("Narrow", "Later", 2).Build();

        Problem p = Problem.Record(Prb.RecordCommand() with { Impact = "Narrow", Urgency = "Later" }, Prb.Id, Prb.Analyst, Prb.T0, ProblemRules.Create(new ProblemOptions { PriorityMatrix = matrix }));

        Assert.Equal(new Priority(2, "Low"), p.Priority);
    }

    [Fact]
    public void Record_InvalidCommand_ThrowsValidationExceptionNamingEveryProperty()
    {
        var command = Prb.RecordCommand() with { Title = " ", Impact = "Severe" };

        var ex = Assert.Throws<ValidationException>(() => Problem.Record(command, Prb.Id, Prb.Analyst, Prb.T0, Prb.Rules));

        Assert.Equal(new[] { "Title", "Impact" }, ex.Errors.Select(e => e.PropertyName));
        Assert.Contains("must not be empty or white space", ex.Errors.First().ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("'Severe' is not an impact level", ex.Errors.Last().ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_BadArguments_ThrowArgumentExceptions()
    {
        RecordProblem command = Prb.RecordCommand();

        Assert.Throws<ArgumentNullException>("command", () => Problem.Record(null!, Prb.Id, Prb.Analyst, Prb.T0, Prb.Rules));
        Assert.Throws<ArgumentNullException>("actor", () => Problem.Record(command, Prb.Id, null!, Prb.T0, Prb.Rules));
        Assert.Throws<ArgumentNullException>("rules", () => Problem.Record(command, Prb.Id, Prb.Analyst, Prb.T0, null!));
        Assert.Throws<ArgumentException>("id", () => Problem.Record(command, default, Prb.Analyst, Prb.T0, Prb.Rules));
        Assert.Throws<ArgumentException>("options", () => ProblemRules.Create(new ProblemOptions { PriorityMatrix = null! }));
    }

    [Fact]
    public void Command_AtEarlierThanLastEvent_ThrowsNamingAtAndLeavesProblemUnchanged()
    {
        Problem p = Prb.NewProblem();
        p.AddRootCauseNote(new AddRootCauseNote("Drive 2 logs errors"), Prb.Analyst, Prb.At(30));
        string before = Prb.Describe(p);

        var ex = Assert.Throws<ArgumentOutOfRangeException>("at", () => p.AddRootCauseNote(new AddRootCauseNote("Later note"), Prb.Analyst, Prb.At(29)));

        Assert.Contains("earlier than the problem's last event", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, Prb.Describe(p));
        p.AddRootCauseNote(new AddRootCauseNote("Same instant is fine"), Prb.Analyst, Prb.At(30));
        Assert.Equal(3, p.Version);
    }

    [Fact]
    public void Command_Invalid_LeavesVersionAndJournalUnchanged()
    {
        Problem p = Prb.InState(ProblemStatus.UnderInvestigation);
        long version = p.Version;
        JournalEntry[] journal = p.Journal.ToArray();
        string before = Prb.Describe(p);

        Assert.Throws<ValidationException>(() => p.UpdateDetails(new UpdateProblemDetails(Title: "padded "), Prb.Analyst, Prb.At(20)));
        Assert.Throws<ValidationException>(() => p.ChangePriority(new ChangeProblemPriority("High", "High", "Critical"), Prb.Analyst, Prb.At(20)));
        Assert.Throws<ValidationException>(() => p.PublishWorkaround(new PublishWorkaround(""), Prb.Analyst, Prb.At(20)));
        Assert.Throws<ValidationException>(() => p.Cancel(new CancelProblem(null!), Prb.Analyst, Prb.At(20)));
        Assert.Throws<ArgumentNullException>("actor", () => p.AddRootCauseNote(new AddRootCauseNote("x"), null!, Prb.At(20)));
        Assert.Throws<ArgumentNullException>("command", () => p.Assign(null!, Prb.Analyst, Prb.At(20)));

        Assert.Equal(version, p.Version);
        Assert.Equal(journal, p.Journal);
        Assert.Equal(before, Prb.Describe(p));
        Assert.Equal(version, p.UncommittedEvents.Count);
    }

    public static TheoryData<string> EditCommands() => new()
    {
        "UpdateDetails", "ChangePriority", "Assign", "LinkProblemIncident", "UnlinkProblemIncident", "LinkProblemConfigurationItem",
        "UnlinkProblemConfigurationItem", "AddRootCauseNote", "IdentifyRootCause", "PublishWorkaround",
    };

    [Theory]
    [MemberData(nameof(EditCommands))]
    public void EditCommand_ClosedOrCancelled_ThrowsDomainRuleWithTheFinalCodeAndState(string command)
    {
        foreach (ProblemStatus final in new[] { ProblemStatus.Closed, ProblemStatus.Cancelled })
        {
            Problem p = Prb.InState(final);
            string before = Prb.Describe(p);

            var ex = Assert.Throws<DomainRuleException>(() => Edit(p, command, Prb.At(30)));

            Assert.Equal(ProblemRefusalCodes.Final, ex.Code);
            Assert.Equal("Problem.Status.Final", ex.Code);
            Assert.Equal(final.ToString(), ex.Refusal["status"]);
            Assert.Contains($"it is {final}, a final state", ex.Message, StringComparison.Ordinal);
            Assert.Equal(before, Prb.Describe(p));
        }
    }

    [Theory]
    [MemberData(nameof(EditCommands))]
    public void EditCommand_EveryOpenState_IsAccepted(string command)
    {
        foreach (ProblemStatus state in new[] { ProblemStatus.New, ProblemStatus.UnderInvestigation, ProblemStatus.KnownError, ProblemStatus.Resolved })
        {
            Problem p = Prb.InState(state);
            long version = p.Version;

            Edit(p, command, Prb.At(30));

            Assert.Equal(version + 1, p.Version);
            Assert.Equal(state, p.Status);
        }
    }

    [Fact]
    public void UpdateDetails_SomeFields_ChangesOnlyThose()
    {
        Problem p = Prb.NewProblem();

        p.UpdateDetails(new UpdateProblemDetails(Description: "Drive 2 aborts backups."), Prb.Analyst, Prb.At(5));

        Assert.Equal("Nightly backups fail on the tape library", p.Title);
        Assert.Equal("Drive 2 aborts backups.", p.Description);
        var e = Assert.IsType<ProblemDetailsUpdated>(p.UncommittedEvents[^1]);
        Assert.Equal("Backup jobs abort with drive errors on tape-lib-01.", e.PreviousDescription);
        Assert.Equal(new[] { new FieldChange("Description", "Backup jobs abort with drive errors on tape-lib-01.", "Drive 2 aborts backups.") }, p.Journal[^1].Changes);
    }

    [Fact]
    public void UpdateDetails_EmptyCategory_Unclassifies()
    {
        Problem p = Prb.NewProblem();

        p.UpdateDetails(new UpdateProblemDetails(Category: default(CategoryPath)), Prb.Analyst, Prb.At(5));

        Assert.True(p.Category.IsEmpty);
        Assert.Equal(new[] { new FieldChange("Category", "Hardware/Storage/Tape", null) }, p.Journal[^1].Changes);
    }

    [Fact]
    public void UpdateDetails_SameValues_RaisesNoEvent()
    {
        Problem p = Prb.NewProblem();

        p.UpdateDetails(new UpdateProblemDetails(p.Title, p.Description, p.Category), Prb.Analyst, Prb.At(5));

        Assert.Equal(1, p.Version);
        Assert.Equal(Prb.T0, p.LastEventAt);
    }

    [Fact]
    public void ChangePriority_ImpactAndUrgency_TakesTheMatrixCell()
    {
        Problem p = Prb.NewProblem();

        p.ChangePriority(new ChangeProblemPriority("high", "high", Reason: "Affects all backups"), Prb.Manager, Prb.At(5));

        Assert.Equal(new Priority(1, "Critical"), p.Priority);
        Assert.Equal("High", p.Impact);
        Assert.False(p.IsPriorityOverridden);
        JournalEntry entry = p.Journal[^1];
        Assert.Equal("PriorityChanged", entry.Action);
        Assert.Equal("Affects all backups", entry.Reason);
        Assert.Equal(
            new[] { new FieldChange("Impact", "Medium", "High"), new FieldChange("Priority", "2 (High)", "1 (Critical)") },
            entry.Changes);
    }

    [Fact]
    public void ChangePriority_Override_KeepsReasonUntilAReassessmentWithoutOverride()
    {
        Problem p = Prb.NewProblem();

        p.ChangePriority(new ChangeProblemPriority("Medium", "High", "Low", "Backups have a second site"), Prb.Manager, Prb.At(5));

        Assert.Equal(new Priority(4, "Low"), p.Priority);
        Assert.True(p.IsPriorityOverridden);
        Assert.Equal("Backups have a second site", p.PriorityOverrideReason);
        Assert.Equal(
            new[] { new FieldChange("Priority", "2 (High)", "4 (Low)"), new FieldChange("PriorityOverrideReason", null, "Backups have a second site") },
            p.Journal[^1].Changes);

        p.ChangePriority(new ChangeProblemPriority("Medium", "High"), Prb.Manager, Prb.At(6));

        Assert.Equal(new Priority(2, "High"), p.Priority);
        Assert.False(p.IsPriorityOverridden);
        Assert.Contains(new FieldChange("PriorityOverrideReason", "Backups have a second site", null), p.Journal[^1].Changes);
    }

    [Fact]
    public void ChangePriority_SameAssessment_RaisesNoEvent()
    {
        Problem p = Prb.NewProblem();

        p.ChangePriority(new ChangeProblemPriority("medium", "HIGH", Reason: "Reviewed"), Prb.Manager, Prb.At(5));

        Assert.Equal(1, p.Version);
    }

    [Fact]
    public void ChangePriority_OverrideWithoutReason_IsRefused()
    {
        Problem p = Prb.NewProblem();

        var ex = Assert.Throws<ValidationException>(() => p.ChangePriority(new ChangeProblemPriority("Medium", "High", "Critical"), Prb.Manager, Prb.At(5)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("Reason", error.PropertyName);
        Assert.Equal(1, p.Version);
    }

    [Fact]
    public void Assign_SetClearAndRepeat_ChangesOnlyWhenDifferent()
    {
        Problem p = Prb.NewProblem();

        p.Assign(new AssignProblem("Storage team", Prb.Analyst), Prb.Manager, Prb.At(1));
        Assert.Equal(("Storage team", Prb.Analyst), (p.AssignmentGroup, p.Assignee));
        Assert.Equal(new[] { new FieldChange("AssignmentGroup", null, "Storage team"), new FieldChange("Assignee", null, "k.sato") }, p.Journal[^1].Changes);

        p.Assign(new AssignProblem("Storage team", Actor.Of("k.sato")), Prb.Manager, Prb.At(2));
        Assert.Equal(2, p.Version);

        p.Assign(new AssignProblem("Storage team"), Prb.Manager, Prb.At(3));
        Assert.Null(p.Assignee);
        Assert.Equal(new[] { new FieldChange("Assignee", "k.sato", null) }, p.Journal[^1].Changes);
    }

    [Fact]
    public void LinkIncident_NewIncident_AppendsAndJournalsTheItem()
    {
        Problem p = Prb.NewProblem("INC-1");

        p.LinkIncident(new LinkProblemIncident(Inc2), Prb.Analyst, Prb.At(1));

        Assert.Equal(new[] { Inc1, Inc2 }, p.LinkedIncidents);
        Assert.Equal(new[] { new FieldChange("LinkedIncidents", null, "INC-2") }, p.Journal[^1].Changes);
        Assert.Null(Assert.IsType<ProblemIncidentLinked>(p.UncommittedEvents[^1]).Workaround);
    }

    [Fact]
    public void LinkIncident_AlreadyLinked_RaisesNoEvent()
    {
        Problem p = Prb.NewProblem("INC-1");

        p.LinkIncident(new LinkProblemIncident(Inc1), Prb.Analyst, Prb.At(1));

        Assert.Equal(1, p.Version);
        Assert.Equal(new[] { Inc1 }, p.LinkedIncidents);
    }

    [Fact]
    public void LinkIncident_AfterWorkaroundPublished_CarriesTheWorkaroundForTheNewIncident()
    {
        Problem p = Prb.NewProblem("INC-1");
        p.PublishWorkaround(new PublishWorkaround("Run the backup on drive 1"), Prb.Analyst, Prb.At(1));

        p.LinkIncident(new LinkProblemIncident(Inc2), Prb.Analyst, Prb.At(2));

        Assert.Equal("Run the backup on drive 1", Assert.IsType<ProblemIncidentLinked>(p.UncommittedEvents[^1]).Workaround);
    }

    [Fact]
    public void UnlinkIncident_Linked_RemovesWithReason()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");

        p.UnlinkIncident(new UnlinkProblemIncident(Inc1, "Different cause"), Prb.Analyst, Prb.At(1));

        Assert.Equal(new[] { Inc2 }, p.LinkedIncidents);
        Assert.Equal(new[] { new FieldChange("LinkedIncidents", "INC-1", null) }, p.Journal[^1].Changes);
        Assert.Equal("Different cause", p.Journal[^1].Reason);
    }

    [Fact]
    public void UnlinkIncident_NotLinked_ThrowsListingTheLinkedOnes()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");

        var ex = Assert.Throws<DomainRuleException>(() => p.UnlinkIncident(new UnlinkProblemIncident(Inc3), Prb.Analyst, Prb.At(1)));

        Assert.Equal("Problem.LinkedIncidents.NotLinked", ex.Code);
        Assert.Equal("INC-3", ex.Refusal["incident"]);
        Assert.Contains("incident INC-3 is not linked; linked incidents: INC-1, INC-2", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, p.Version);
    }

    [Fact]
    public void LinkAndUnlinkConfigurationItem_NewAndLinkedItems_ChangeTheAffectedItems()
    {
        Problem p = Prb.NewProblem();
        var lb = new ConfigurationItemId("lb-01");

        p.LinkConfigurationItem(new LinkProblemConfigurationItem(lb), Prb.Analyst, Prb.At(1));
        p.LinkConfigurationItem(new LinkProblemConfigurationItem(lb), Prb.Analyst, Prb.At(2));
        Assert.Equal(new[] { new ConfigurationItemId("tape-lib-01"), lb }, p.AffectedConfigurationItems);
        Assert.Equal(2, p.Version);

        p.UnlinkConfigurationItem(new UnlinkProblemConfigurationItem(new ConfigurationItemId("tape-lib-01"), "Wrong unit"), Prb.Analyst, Prb.At(3));
        Assert.Equal(new[] { lb }, p.AffectedConfigurationItems);
        Assert.Equal(new[] { new FieldChange("AffectedConfigurationItems", "tape-lib-01", null) }, p.Journal[^1].Changes);

        var ex = Assert.Throws<DomainRuleException>(() => p.UnlinkConfigurationItem(new UnlinkProblemConfigurationItem(new ConfigurationItemId("db-01")), Prb.Analyst, Prb.At(4)));
        Assert.Equal("Problem.AffectedConfigurationItems.NotLinked", ex.Code);
        Assert.Contains("configuration item db-01 is not linked", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRootCauseNote_AnyNote_RecordsAuthorTimeAndText()
    {
        Problem p = Prb.NewProblem();

        p.AddRootCauseNote(new AddRootCauseNote("Drive 2 logs SCSI errors"), Prb.Analyst, Prb.At(10));
        p.AddRootCauseNote(new AddRootCauseNote("Drive 2 logs SCSI errors"), Prb.Manager, Prb.At(11));

        Assert.Equal(
            new[] { new RootCauseNote(Prb.Analyst, Prb.At(10), "Drive 2 logs SCSI errors"), new RootCauseNote(Prb.Manager, Prb.At(11), "Drive 2 logs SCSI errors") },
            p.RootCauseAnalysis);
        Assert.Equal(new[] { new FieldChange("RootCauseAnalysis", null, "Drive 2 logs SCSI errors") }, p.Journal[^1].Changes);
    }

    [Fact]
    public void IdentifyRootCause_NewOrSameText_ReplacesOrIgnores()
    {
        Problem p = Prb.NewProblem();

        p.IdentifyRootCause(new IdentifyRootCause("Drive firmware"), Prb.Analyst, Prb.At(1));
        p.IdentifyRootCause(new IdentifyRootCause("Drive firmware"), Prb.Analyst, Prb.At(2));
        p.IdentifyRootCause(new IdentifyRootCause("Drive firmware 4.2 bug"), Prb.Analyst, Prb.At(3));

        Assert.Equal("Drive firmware 4.2 bug", p.RootCause);
        Assert.Equal(3, p.Version);
        Assert.Equal(new[] { new FieldChange("RootCause", "Drive firmware", "Drive firmware 4.2 bug") }, p.Journal[^1].Changes);
    }

    [Fact]
    public void PublishWorkaround_LinkedIncidents_ListsEveryOneLinkedAtThatMoment()
    {
        Problem p = Prb.NewProblem("INC-1", "INC-2");
        p.LinkIncident(new LinkProblemIncident(Inc3), Prb.Analyst, Prb.At(1));
        p.UnlinkIncident(new UnlinkProblemIncident(Inc1), Prb.Analyst, Prb.At(2));

        p.PublishWorkaround(new PublishWorkaround("Run the backup on drive 1"), Prb.Manager, Prb.At(3));

        var e = Assert.IsType<WorkaroundPublished>(p.UncommittedEvents[^1]);
        Assert.Equal(new[] { Inc2, Inc3 }, e.LinkedIncidents);
        Assert.Equal("Run the backup on drive 1", e.Workaround);
        Assert.Null(e.PreviousWorkaround);
        Assert.Equal(Prb.At(3), e.At);
        Assert.Equal(Prb.Manager, e.Actor);
        Assert.Equal(new Workaround("Run the backup on drive 1", Prb.At(3), Prb.Manager), p.Workaround);
    }

    [Fact]
    public void PublishWorkaround_Replacement_NamesThePreviousAndSameTextRaisesNothing()
    {
        Problem p = Prb.NewProblem("INC-1");
        p.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Manager, Prb.At(1));

        p.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Manager, Prb.At(2));
        Assert.Equal(2, p.Version);

        p.PublishWorkaround(new PublishWorkaround("Use drive 1 or 3"), Prb.Analyst, Prb.At(3));
        var e = Assert.IsType<WorkaroundPublished>(p.UncommittedEvents[^1]);
        Assert.Equal("Use drive 1", e.PreviousWorkaround);
        Assert.Equal(new[] { new FieldChange("Workaround", "Use drive 1", "Use drive 1 or 3") }, p.Journal[^1].Changes);
        Assert.Equal(new Workaround("Use drive 1 or 3", Prb.At(3), Prb.Analyst), p.Workaround);
    }

    [Fact]
    public void ResolveThenReopen_Resolution_IsRecordedThenCleared()
    {
        Problem p = Prb.InState(ProblemStatus.UnderInvestigation);

        p.Resolve(new ResolveProblem("FixedByChange", "Drive replaced", new ChangeId("CHG-7")), Prb.Analyst, Prb.At(20));

        Assert.Equal(new ProblemResolution("FixedByChange", "Drive replaced", new ChangeId("CHG-7"), Prb.At(20), Prb.Analyst), p.Resolution);
        Assert.Null(p.StatusReason);

        p.Reopen(new ReopenProblem("Failures recur"), Prb.Manager, Prb.At(30));

        Assert.Null(p.Resolution);
        Assert.Equal(ProblemStatus.UnderInvestigation, p.Status);
        Assert.Equal("Failures recur", p.StatusReason);
        Assert.Equal(
            new[]
            {
                new FieldChange("Status", "Resolved", "UnderInvestigation"),
                new FieldChange("StatusReason", null, "Failures recur"),
                new FieldChange("Resolution.Code", "FixedByChange", null),
                new FieldChange("Resolution.Notes", "Drive replaced", null),
                new FieldChange("Resolution.Change", "CHG-7", null),
            },
            p.Journal[^1].Changes);
    }

    [Fact]
    public void Cancel_NewProblem_SetsReasonAndFinalState()
    {
        Problem p = Prb.NewProblem();

        p.Cancel(new CancelProblem("Duplicate of PRB-0002"), Prb.Manager, Prb.At(5));

        Assert.Equal(ProblemStatus.Cancelled, p.Status);
        Assert.Equal("Duplicate of PRB-0002", p.StatusReason);
        Assert.False(p.IsOpen);
        Assert.Equal("Duplicate of PRB-0002", p.Journal[^1].Reason);
    }

    [Fact]
    public void MarkCommitted_AfterCommands_MovesPersistedVersion()
    {
        Problem p = Prb.NewProblem();
        p.AddRootCauseNote(new AddRootCauseNote("n"), Prb.Analyst, Prb.At(1));

        p.MarkCommitted(p.Version);
        p.AddRootCauseNote(new AddRootCauseNote("m"), Prb.Analyst, Prb.At(2));

        Assert.Equal(2, p.PersistedVersion);
        Assert.Equal(3, p.Version);
        Assert.IsType<RootCauseNoteAdded>(Assert.Single(p.UncommittedEvents));
    }

    private static void Edit(Problem p, string command, Instant at)
    {
        switch (command)
        {
            case "UpdateDetails":
                p.UpdateDetails(new UpdateProblemDetails(Title: "Changed title"), Prb.Analyst, at);
                break;
            case "ChangePriority":
                p.ChangePriority(new ChangeProblemPriority("Low", "Low"), Prb.Analyst, at);
                break;
            case "Assign":
                p.Assign(new AssignProblem("Storage team"), Prb.Analyst, at);
                break;
            case "LinkProblemIncident":
                p.LinkIncident(new LinkProblemIncident(Inc3), Prb.Analyst, at);
                break;
            case "UnlinkProblemIncident":
                p.UnlinkIncident(new UnlinkProblemIncident(Inc1), Prb.Analyst, at);
                break;
            case "LinkProblemConfigurationItem":
                p.LinkConfigurationItem(new LinkProblemConfigurationItem(new ConfigurationItemId("lb-01")), Prb.Analyst, at);
                break;
            case "UnlinkProblemConfigurationItem":
                p.UnlinkConfigurationItem(new UnlinkProblemConfigurationItem(new ConfigurationItemId("tape-lib-01")), Prb.Analyst, at);
                break;
            case "AddRootCauseNote":
                p.AddRootCauseNote(new AddRootCauseNote("A note"), Prb.Analyst, at);
                break;
            case "IdentifyRootCause":
                p.IdentifyRootCause(new IdentifyRootCause("Another cause"), Prb.Analyst, at);
                break;
            case "PublishWorkaround":
                p.PublishWorkaround(new PublishWorkaround("A workaround"), Prb.Analyst, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(command));
        }
    }
}
