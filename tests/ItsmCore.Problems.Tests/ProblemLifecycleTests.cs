using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

public sealed class ProblemLifecycleTests
{
    /// <summary>The lifecycle as the issue states it, written out independently of the implementation.</summary>
    private static readonly Dictionary<(ProblemStatus, ProblemTrigger), ProblemStatus> Expected = new()
    {
        [(ProblemStatus.New, ProblemTrigger.Investigate)] = ProblemStatus.UnderInvestigation,
        [(ProblemStatus.New, ProblemTrigger.Cancel)] = ProblemStatus.Cancelled,
        [(ProblemStatus.UnderInvestigation, ProblemTrigger.RecordKnownError)] = ProblemStatus.KnownError,
        [(ProblemStatus.UnderInvestigation, ProblemTrigger.Resolve)] = ProblemStatus.Resolved,
        [(ProblemStatus.UnderInvestigation, ProblemTrigger.Cancel)] = ProblemStatus.Cancelled,
        [(ProblemStatus.KnownError, ProblemTrigger.Resolve)] = ProblemStatus.Resolved,
        [(ProblemStatus.KnownError, ProblemTrigger.Cancel)] = ProblemStatus.Cancelled,
        [(ProblemStatus.Resolved, ProblemTrigger.Close)] = ProblemStatus.Closed,
        [(ProblemStatus.Resolved, ProblemTrigger.Reopen)] = ProblemStatus.UnderInvestigation,
    };

    public static TheoryData<ProblemStatus, ProblemTrigger> AllPairs()
    {
        var data = new TheoryData<ProblemStatus, ProblemTrigger>();
        foreach (ProblemStatus state in Enum.GetValues<ProblemStatus>())
        {
            foreach (ProblemTrigger trigger in Enum.GetValues<ProblemTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Fact]
    public void Lifecycle_Table_IsExactlyTheExpectedTransitions()
    {
        var actual = Problem.Lifecycle.Transitions.ToDictionary(t => (t.From, t.Trigger), t => t.To);

        Assert.Equal(Expected.OrderBy(p => p.Key).ToArray(), actual.OrderBy(p => p.Key).ToArray());
        Assert.Equal(ProblemStatus.New, Problem.Lifecycle.InitialState);
        Assert.Equal(new[] { ProblemStatus.Closed, ProblemStatus.Cancelled }, Problem.Lifecycle.FinalStates);
        Assert.Equal("Problem", Problem.Lifecycle.RecordType);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Lifecycle_EveryStateAndTrigger_FiresExactlyTheDeclaredTransitions(ProblemStatus state, ProblemTrigger trigger)
    {
        if (Expected.TryGetValue((state, trigger), out ProblemStatus to))
        {
            Assert.True(Problem.Lifecycle.CanFire(state, trigger));
            Assert.Equal(to, Problem.Lifecycle.Fire(state, trigger, "PRB-1").To);
        }
        else
        {
            Assert.False(Problem.Lifecycle.CanFire(state, trigger));
            var ex = Assert.Throws<InvalidTransitionException>(() => Problem.Lifecycle.Fire(state, trigger, "PRB-1"));
            Assert.Equal(state.ToString(), ex.State);
            Assert.Equal(trigger.ToString(), ex.Attempted);
        }
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void ProblemCommands_EveryStateAndTrigger_ReachTheDeclaredStateOrThrowLeavingTheProblemUnchanged(ProblemStatus state, ProblemTrigger trigger)
    {
        Problem problem = Prb.InState(state);
        Assert.Equal(state, problem.Status);
        string before = Prb.Describe(problem);
        long version = problem.Version;

        if (Expected.TryGetValue((state, trigger), out ProblemStatus to))
        {
            Prb.Fire(problem, trigger, Prb.At(20));
            Assert.Equal(to, problem.Status);
            Assert.Equal(version + 1, problem.Version);
            Assert.Contains(problem.Journal[^1].Changes, c => c.Field == "Status" && c.From == state.ToString() && c.To == to.ToString());
        }
        else
        {
            var ex = Assert.Throws<InvalidTransitionException>(() => Prb.Fire(problem, trigger, Prb.At(20)));
            Assert.Equal("Problem", ex.RecordType);
            Assert.Equal("PRB-0001", ex.RecordId);
            Assert.Equal(state.ToString(), ex.State);
            Assert.Equal(trigger.ToString(), ex.Attempted);
            Assert.Contains("PRB-0001", ex.Message, StringComparison.Ordinal);
            Assert.Contains(state.ToString(), ex.Message, StringComparison.Ordinal);
            Assert.Equal(before, Prb.Describe(problem));
        }
    }

    [Fact]
    public void Fire_FromFinalState_SaysTheStateIsFinal()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Problem.Lifecycle.Fire(ProblemStatus.Closed, ProblemTrigger.Reopen, "PRB-9"));

        Assert.Contains("Closed is a final state", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_NotAllowed_ListsTheAllowedTransitions()
    {
        var ex = Assert.Throws<InvalidTransitionException>(() => Problem.Lifecycle.Fire(ProblemStatus.New, ProblemTrigger.Resolve, "PRB-9"));

        Assert.Equal("Problem PRB-9: cannot Resolve while New: the Problem lifecycle has no Resolve transition from New; allowed from New: Investigate (to UnderInvestigation), Cancel (to Cancelled)", ex.Message);
    }

    [Fact]
    public void ToMermaid_ProblemLifecycle_MatchesApprovedDiagram()
    {
        Snapshot.Verify(Problem.Lifecycle.ToMermaid(), "ProblemLifecycleTests.ToMermaid_ProblemLifecycle_MatchesApprovedDiagram");
    }
}
