using System;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

/// <summary><see cref="Problem.Rebuild"/>.</summary>
public sealed class ProblemRebuildTests
{
    [Fact]
    public void Rebuild_RandomCommandSequences_EqualsTheOriginalAndBehavesTheSame()
    {
        PropertyRunner.Run(CommandScript.Scripts, script =>
        {
            Problem? original = null;
            Problem? mirror = null;
            int half = script.Length / 2;
            for (int i = 0; i < script.Length; i++)
            {
                if (i == half && mirror is not null)
                {
                    mirror = Problem.Rebuild(mirror.UncommittedEvents, Prb.Rules);
                    Assert.Equal(Prb.Describe(original!), Prb.Describe(mirror));
                }

                bool a = CommandScript.TryApply(ref original, script[i]);
                bool b = CommandScript.TryApply(ref mirror, script[i]);
                Assert.Equal(a, b);
            }

            Problem rebuilt = Problem.Rebuild(original!.UncommittedEvents, Prb.Rules);
            Assert.Equal(Prb.Describe(original), Prb.Describe(rebuilt));
            Assert.Equal(original.Journal, rebuilt.Journal);
            Assert.Equal(Prb.Describe(original), Prb.Describe(mirror!));
            Assert.Empty(rebuilt.UncommittedEvents);
            Assert.Equal(rebuilt.Version, rebuilt.PersistedVersion);
        });
    }

    [Fact]
    public void Rebuild_ClosedProblem_HasEveryProperty()
    {
        Problem original = Prb.InState(ProblemStatus.KnownError);
        original.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Manager, Prb.At(20));
        original.AddRootCauseNote(new AddRootCauseNote("Vendor confirmed"), Prb.Manager, Prb.At(21));
        original.Resolve(new ResolveProblem("Fixed", "Firmware", new ChangeId("CHG-9")), Prb.Analyst, Prb.At(22));
        original.Close(new CloseProblem(), Prb.Manager, Prb.At(23));

        Problem rebuilt = Problem.Rebuild(original.UncommittedEvents, Prb.Rules);

        Assert.Equal(Prb.Describe(original), Prb.Describe(rebuilt));
        Assert.Equal(original.KnownError, rebuilt.KnownError);
        Assert.Equal(original.Workaround, rebuilt.Workaround);
        Assert.Equal(original.Resolution, rebuilt.Resolution);
        Assert.Equal(original.RootCauseAnalysis, rebuilt.RootCauseAnalysis);
        Assert.Equal(KnownErrorStatus.Retired, rebuilt.KnownError!.Status);
    }

    [Fact]
    public void Rebuild_InvalidHistories_AreRefused()
    {
        Problem p = Prb.InState(ProblemStatus.Resolved);
        ProblemEvent[] events = p.UncommittedEvents.ToArray();

        Assert.Throws<ArgumentNullException>("history", () => Problem.Rebuild(null!, Prb.Rules));
        Assert.Throws<ArgumentException>("history", () => Problem.Rebuild(Array.Empty<ProblemEvent>(), Prb.Rules));
        Assert.Throws<ArgumentException>("domainEvent", () => Problem.Rebuild(new ProblemEvent[] { new RootCauseNoteAdded(Prb.Id, 1, Prb.At(5), Prb.Analyst, "x") }, Prb.Rules));
        Assert.Throws<ArgumentException>("domainEvent", () => Problem.Rebuild(events.Where((_, i) => i != 1), Prb.Rules));
        var recorded = (ProblemRecorded)events[0];
        Assert.Throws<ArgumentException>("domainEvent", () => Problem.Rebuild(new ProblemEvent[] { recorded, new ProblemRecorded(recorded.Problem, 2, recorded.At, recorded.Actor, recorded.Title, recorded.Description, recorded.Category, recorded.Impact, recorded.Urgency, recorded.Priority, [], []) }, Prb.Rules));
        Assert.Throws<ArgumentException>("domainEvent", () => Problem.Rebuild(new ProblemEvent[] { recorded, new RootCauseNoteAdded(Prb.Id, 2, recorded.At - NodaTime.Duration.FromSeconds(1), Prb.Analyst, "x") }, Prb.Rules));
        Assert.Throws<ArgumentException>("domainEvent", () => Problem.Rebuild(new ProblemEvent[] { events[0], new RootCauseNoteAdded(new ProblemId("PRB-2"), 2, Prb.At(5), Prb.Analyst, "x") }, Prb.Rules));
    }
}
