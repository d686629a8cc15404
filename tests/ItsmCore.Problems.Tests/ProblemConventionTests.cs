using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Testing;
using NodaTime;

namespace ItsmCore.Problems.Tests;

/// <summary>The aggregate kernel's conventions, checked on <see cref="Problem"/> (docs/conventions.md).</summary>
public sealed class ProblemConventionTests
{
    private static readonly PriorityMatrix AllCritical = PriorityMatrix.CreateBuilder(PriorityScale.Default, ["High", "Medium", "Low"], ["High", "Medium", "Low"])
        .Set("High", "High", 1).Set("High", "Medium", 1).Set("High", "Low", 1)
        .Set("Medium", "High", 1).Set("Medium", "Medium", 1).Set("Medium", "Low", 1)
        .Set("Low", "High", 1).Set("Low", "Medium", 1).Set("Low", "Low", 1)
        .Build();

    [Fact]
    public void Rebuild_UnderChangedPriorityMatrix_KeepsRecordedPrioritiesAndJournal()
    {
        Problem recorded = Build.Problem().WithImpactAndUrgency("Low", "Low").Build();
        recorded.ChangePriority(new ChangeProblemPriority("Medium", "Low"), Prb.Analyst, recorded.LastEventAt + Duration.FromMinutes(1));
        Problem overridden = Build.Problem().WithId("PRB-0002").Build();
        overridden.ChangePriority(new ChangeProblemPriority("Low", "Medium", "Planning", "Waiting for the vendor"), Prb.Analyst, overridden.LastEventAt);
        Problem untouched = Build.Problem().WithId("PRB-0003").WithImpactAndUrgency("Low", "Medium").Build();
        ProblemRules changed = ProblemRules.Create(new ProblemOptions { PriorityMatrix = AllCritical });

        foreach (Problem original in new[] { recorded, overridden, untouched })
        {
            Problem rebuilt = Problem.Rebuild(original.UncommittedEvents, changed);

            Assert.Same(changed, rebuilt.Rules);
            Assert.Equal(original.Priority, rebuilt.Priority);
            Assert.Equal(Prb.Describe(original), Prb.Describe(rebuilt));
        }

        Assert.Equal(new Priority(4, "Low"), recorded.Priority);
        Assert.Equal(new Priority(5, "Planning"), overridden.Priority);
        Assert.Equal(new Priority(4, "Low"), untouched.Priority);
    }

    [Fact]
    public void Rebuild_UnderChangedMatrix_LaterCommandsUseTheNewRules()
    {
        Problem original = Build.Problem().WithImpactAndUrgency("Low", "Low").Build();
        Problem rebuilt = Problem.Rebuild(original.UncommittedEvents, ProblemRules.Create(new ProblemOptions { PriorityMatrix = AllCritical }));

        rebuilt.ChangePriority(new ChangeProblemPriority("Low", "Medium"), Prb.Analyst, rebuilt.LastEventAt);

        Assert.Equal(new Priority(1, "Critical"), rebuilt.Priority);
        ProblemPriorityChanged changed = Assert.IsType<ProblemPriorityChanged>(Assert.Single(rebuilt.UncommittedEvents));
        Assert.Equal(new Priority(5, "Planning"), changed.PreviousPriority);
    }

    [Fact]
    public void CommandScripts_EveryCommandInAnyOrder_RefusalsChangeNothingAndRebuildEqualsLive()
    {
        var runner = new CommandScript<Problem, ProblemEvent>(
            rng => Build.Problem().WithIncidents(rng.Next(2) == 0 ? ["INC-0", "INC-1"] : []).Build(),
            history => Problem.Rebuild(history, Prb.Rules),
            ex => ex is ValidationException or DomainException or ArgumentOutOfRangeException);
        foreach (CommandScript.Op op in Enum.GetValues<CommandScript.Op>())
        {
            runner.Command(op.ToString(), (p, rng) => CommandScript.Apply(p, new CommandScript.Step(op, rng.Next(0, 1000), rng.Next(0, 180))), op is CommandScript.Op.Close or CommandScript.Op.Cancel ? 1 : 4);
        }

        CommandScriptReport report = runner.Run(scripts: 150, maxSteps: 40);

        Assert.All(Enum.GetValues<CommandScript.Op>(), op => Assert.True(report.Applied[op.ToString()] + report.Refused[op.ToString()] > 0, op.ToString()));
        Assert.All(new[] { CommandScript.Op.UnlinkIncident, CommandScript.Op.RecordKnownError, CommandScript.Op.Reopen }, op => Assert.True(report.Applied[op.ToString()] > 0 && report.Refused[op.ToString()] > 0, op.ToString()));
        Assert.Equal(0, report.Applied[nameof(CommandScript.Op.InvalidCommand)]);
    }

    [Fact]
    public void Events_EqualContentWithDifferentListInstances_AreEqual()
    {
        Problem a = Build.Problem().WithIncidents("INC-1", "INC-2").WithWorkaround("Use drive 1").Build();
        Problem b = Build.Problem().WithIncidents("INC-1", "INC-2").WithWorkaround("Use drive 1").Build();

        Assert.Equal(a.UncommittedEvents, b.UncommittedEvents);
        var published = (WorkaroundPublished)a.UncommittedEvents[^1];
        Assert.Equal(published, published with { LinkedIncidents = EquatableArray.From(new[] { new IncidentId("INC-1"), new IncidentId("INC-2") }) });
        Assert.NotEqual(published, published with { LinkedIncidents = [new IncidentId("INC-1")] });
        Assert.Equal(published.GetHashCode(), (published with { }).GetHashCode());
    }

    [Fact]
    public void Journal_IsDerivedFromTheEvents_EqualEventsGiveEqualEntries()
    {
        Problem problem = Build.Problem().AssignedTo("Storage", Prb.Analyst).KnownError().Build();

        Assert.Equal(problem.UncommittedEvents.Select(e => e.ToJournalEntry()), problem.Journal);
        Assert.All(problem.UncommittedEvents, e => Assert.Equal(e.ToJournalEntry(), (e with { }).ToJournalEntry()));
    }

    [Theory]
    [InlineData(ProblemStatus.New, true)]
    [InlineData(ProblemStatus.UnderInvestigation, true)]
    [InlineData(ProblemStatus.KnownError, true)]
    [InlineData(ProblemStatus.Resolved, true)]
    [InlineData(ProblemStatus.Closed, false)]
    [InlineData(ProblemStatus.Cancelled, false)]
    public void IsOpen_EachStatus_FalseExactlyInTheLifecycleFinalStates(ProblemStatus status, bool open)
    {
        Problem problem = Prb.InState(status);

        Assert.Equal(open, problem.IsOpen);
        Assert.Equal(!open, Problem.Lifecycle.FinalStates.Contains(status));
    }

    [Fact]
    public void Commands_ThatChangeNothing_RaiseNoEventAndThrowNothing()
    {
        Problem problem = Build.Problem().WithIncidents("INC-1").AssignedTo("Storage", Prb.Analyst).WithRootCause("Firmware").WithWorkaround("Use drive 1").Build();
        long version = problem.Version;
        Instant at = problem.LastEventAt + Duration.FromMinutes(1);

        problem.UpdateDetails(new UpdateProblemDetails(problem.Title, problem.Description, problem.Category), Prb.Analyst, at);
        problem.ChangePriority(new ChangeProblemPriority(problem.Impact, problem.Urgency), Prb.Analyst, at);
        problem.Assign(new AssignProblem("Storage", Actor.Of(Prb.Analyst.Id)), Prb.Analyst, at);
        problem.LinkIncident(new LinkProblemIncident(new IncidentId("INC-1")), Prb.Analyst, at);
        problem.LinkConfigurationItem(new LinkProblemConfigurationItem(problem.AffectedConfigurationItems.Count == 0 ? new ConfigurationItemId("ci-1") : problem.AffectedConfigurationItems[0]), Prb.Analyst, at);
        problem.IdentifyRootCause(new IdentifyRootCause("Firmware"), Prb.Analyst, at);
        problem.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Analyst, at);

        Assert.Equal(version + 1, problem.Version);
        Assert.IsType<ProblemConfigurationItemLinked>(problem.UncommittedEvents[^1]);
    }

    [Fact]
    public void LastEventAt_AfterEachCommand_IsTheNewestEventsInstant()
    {
        Problem problem = Build.Problem().Build();
        Instant later = problem.RecordedAt + Duration.FromHours(3);

        problem.AddRootCauseNote(new AddRootCauseNote("Seen again"), Prb.Analyst, later);

        Assert.Equal(later, problem.LastEventAt);
        Assert.Throws<ArgumentOutOfRangeException>("at", () => problem.AddRootCauseNote(new AddRootCauseNote("Too early"), Prb.Analyst, later - Duration.FromSeconds(1)));
    }

    [Fact]
    public void Validators_InvalidCommands_FailWithProblemCodes()
    {
        var record = Assert.Throws<ValidationException>(() => Problem.Record(
            Prb.RecordCommand("INC-1", "INC-1") with { Title = " ", Description = new string('d', Problem.MaxTextLength + 1), Impact = "Severe", Urgency = null! },
            Prb.Id,
            Prb.Analyst,
            Prb.T0,
            Prb.Rules));
        var update = Assert.Throws<ValidationException>(() => Prb.NewProblem().UpdateDetails(new UpdateProblemDetails(), Prb.Analyst, Prb.At(1)));
        var priority = Assert.Throws<ValidationException>(() => Prb.NewProblem().ChangePriority(new ChangeProblemPriority("High", "High", "Urgent"), Prb.Analyst, Prb.At(1)));

        Assert.Equal(
            ["Problem.Title.Blank", "Problem.Description.TooLong", "Problem.Impact.Unknown", "Problem.Urgency.Required", "Problem.LinkedIncidents.Duplicate"],
            record.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["Problem.UpdateProblemDetails.NothingToChange"], update.Errors.Select(e => e.ErrorCode));
        Assert.Equal(["Problem.OverridePriority.Unknown", "Problem.Reason.Required"], priority.Errors.Select(e => e.ErrorCode));
        Assert.All(record.Errors.Concat(update.Errors).Concat(priority.Errors), e => Assert.True(RefusalCode.IsValid(e.ErrorCode), e.ErrorCode));
    }

    [Fact]
    public void ProblemRules_InvalidOptions_ReportsEveryProblemAtOnce()
    {
        var ex = Assert.Throws<ArgumentException>("options", () => ProblemRules.Create(new ProblemOptions
        {
            PriorityMatrix = null!,
            TrendDetection = new TrendDetectionOptions { Threshold = 1, CategoryDepth = 0 },
        }));

        Assert.Contains("PriorityMatrix is required", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Threshold is 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("CategoryDepth is 0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProblemRules_OptionsChangedAfterCreate_RulesStayFrozen()
    {
        var options = new ProblemOptions();
        ProblemRules rules = ProblemRules.Create(options);

        options.PriorityMatrix = AllCritical;

        Assert.Same(PriorityMatrix.Default, rules.PriorityMatrix);
    }
}
