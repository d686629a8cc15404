using System;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

/// <summary>The known-error rules of <see cref="Problem"/> (ISO/IEC 20000-1: root cause identified or workaround available).</summary>
public sealed class ProblemKnownErrorTests
{
    [Fact]
    public void RecordKnownError_NeitherRootCauseNorWorkaround_IsRefusedAndSaysWhy()
    {
        Problem p = Prb.NewProblem("INC-1");
        p.StartInvestigation(new InvestigateProblem(), Prb.Analyst, Prb.At(1));
        string before = Prb.Describe(p);

        var ex = Assert.Throws<DomainRuleException>(() => p.RecordKnownError(new RecordKnownError("Backup aborts"), Prb.Analyst, Prb.At(2)));

        Assert.Equal("Problem.KnownError.NoRootCauseOrWorkaround", ex.Code);
        Assert.Equal("UnderInvestigation", ex.Refusal["status"]);
        Assert.Equal("record a known error", ex.Attempted);
        Assert.Contains("needs an identified root cause or a published workaround", ex.Reason, StringComparison.Ordinal);
        Assert.Equal(before, Prb.Describe(p));
    }

    [Fact]
    public void RecordKnownError_RootCauseOnly_RecordsActiveKnownErrorWithoutWorkaround()
    {
        Problem p = Prb.NewProblem("INC-1");
        p.StartInvestigation(new InvestigateProblem(), Prb.Analyst, Prb.At(1));
        p.IdentifyRootCause(new IdentifyRootCause("Drive 2 firmware"), Prb.Analyst, Prb.At(2));

        p.RecordKnownError(new RecordKnownError("Backup aborts with error 0x2A"), Prb.Analyst, Prb.At(3));

        Assert.Equal(ProblemStatus.KnownError, p.Status);
        Assert.Equal(new KnownError("Backup aborts with error 0x2A", "Drive 2 firmware", null, KnownErrorStatus.Active, Prb.At(3)), p.KnownError);
        var e = Assert.IsType<KnownErrorRecorded>(p.UncommittedEvents[^1]);
        Assert.Equal(("Drive 2 firmware", (string?)null), (e.RootCause, e.Workaround));
        Assert.Equal(
            new[]
            {
                new FieldChange("Status", "UnderInvestigation", "KnownError"),
                new FieldChange("KnownError.Symptom", null, "Backup aborts with error 0x2A"),
                new FieldChange("KnownError.Status", null, "Active"),
            },
            p.Journal[^1].Changes);
    }

    [Fact]
    public void RecordKnownError_WorkaroundOnly_IsAccepted()
    {
        Problem p = Prb.NewProblem("INC-1");
        p.StartInvestigation(new InvestigateProblem(), Prb.Analyst, Prb.At(1));
        p.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Analyst, Prb.At(2));

        p.RecordKnownError(new RecordKnownError("Backup aborts"), Prb.Analyst, Prb.At(3));

        Assert.Equal(new KnownError("Backup aborts", null, "Use drive 1", KnownErrorStatus.Active, Prb.At(3)), p.KnownError);
    }

    [Fact]
    public void KnownError_RootCauseOrWorkaroundChangedLater_ShowsTheCurrentOnes()
    {
        Problem p = Prb.InState(ProblemStatus.KnownError);

        p.PublishWorkaround(new PublishWorkaround("Use drive 1"), Prb.Analyst, Prb.At(20));
        p.IdentifyRootCause(new IdentifyRootCause("Drive 2 firmware 4.2"), Prb.Analyst, Prb.At(21));

        Assert.Equal("Use drive 1", p.KnownError!.Workaround);
        Assert.Equal("Drive 2 firmware 4.2", p.KnownError.RootCause);
        Assert.Equal(Prb.At(3), p.KnownError.RecordedAt);
    }

    [Fact]
    public void Close_ActiveKnownError_RetiresIt()
    {
        Problem p = Prb.InState(ProblemStatus.KnownError);
        p.Resolve(new ResolveProblem("Fixed", "Firmware updated"), Prb.Analyst, Prb.At(20));
        Assert.Equal(KnownErrorStatus.Active, p.KnownError!.Status);

        p.Close(new CloseProblem(), Prb.Manager, Prb.At(21));

        Assert.Equal(KnownErrorStatus.Retired, p.KnownError!.Status);
        Assert.True(Assert.IsType<ProblemClosed>(p.UncommittedEvents[^1]).KnownErrorRetired);
        Assert.Contains(new FieldChange("KnownError.Status", "Active", "Retired"), p.Journal[^1].Changes);
    }

    [Fact]
    public void Cancel_ActiveKnownError_RetiresIt()
    {
        Problem p = Prb.InState(ProblemStatus.KnownError);

        p.Cancel(new CancelProblem("Duplicate of PRB-0007"), Prb.Manager, Prb.At(20));

        Assert.Equal(KnownErrorStatus.Retired, p.KnownError!.Status);
        Assert.Contains(new FieldChange("KnownError.Status", "Active", "Retired"), p.Journal[^1].Changes);
    }

    [Fact]
    public void Close_WithoutKnownError_RetiresNothing()
    {
        Problem p = Prb.InState(ProblemStatus.Resolved);

        p.Close(new CloseProblem(), Prb.Manager, Prb.At(20));

        Assert.Null(p.KnownError);
        Assert.False(Assert.IsType<ProblemClosed>(p.UncommittedEvents[^1]).KnownErrorRetired);
        Assert.DoesNotContain(p.Journal[^1].Changes, c => c.Field == "KnownError.Status");
    }

    [Fact]
    public void RecordKnownError_AfterReopen_ReplacesTheSymptomAndKeepsTheRecordActive()
    {
        Problem p = Prb.InState(ProblemStatus.KnownError);
        p.Resolve(new ResolveProblem("Fixed", "Firmware updated"), Prb.Analyst, Prb.At(20));
        p.Reopen(new ReopenProblem("Failures recur"), Prb.Manager, Prb.At(21));
        Assert.Equal(KnownErrorStatus.Active, p.KnownError!.Status);

        p.RecordKnownError(new RecordKnownError("Backup aborts after 2 h"), Prb.Analyst, Prb.At(22));

        Assert.Equal(new KnownError("Backup aborts after 2 h", "Drive 2 firmware fault", null, KnownErrorStatus.Active, Prb.At(22)), p.KnownError);
        Assert.Equal(
            new[]
            {
                new FieldChange("Status", "UnderInvestigation", "KnownError"),
                new FieldChange("StatusReason", "Failures recur", null),
                new FieldChange("KnownError.Symptom", "Backup aborts with drive error 0x2A", "Backup aborts after 2 h"),
            },
            p.Journal[^1].Changes);
    }
}
