using System;
using ItsmCore.Primitives;

namespace ItsmCore.Testing.Tests.Aggregates;

public sealed class CommandScriptTests
{
    private static CommandScript<Tally, TallyEvent> Runner() =>
        new(_ => Tally.Create("T-1"), Tally.Rebuild, ex => ex is DomainException);

    [Fact]
    public void Run_CorrectAggregate_PassesAndReportsAppliedAndRefusedCommands()
    {
        CommandScriptReport report = Runner().Command("add", (t, rng) => t.Add(rng.Next(0, 30))).Run(scripts: 50, maxSteps: 20);

        Assert.Equal(50, report.Scripts);
        Assert.InRange(report.Steps, 50, 1000);
        Assert.True(report.Applied["add"] > 0);
        Assert.True(report.Refused["add"] > 0);
        Assert.Equal(report.Steps, report.Applied["add"] + report.Refused["add"]);
    }

    [Fact]
    public void Run_StateOutsideEvents_FailsWithSeedAndSteps()
    {
        var ex = Assert.Throws<AggregateAssertionException>(() =>
            Runner().Command("label", (t, rng) => t.AddAndLabel(1, "x")).Run(scripts: 5, maxSteps: 5, seed: 7));

        Assert.Contains("Script with seed 7, step 1 (label)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Label", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_RefusalThatChangedState_Fails()
    {
        var ex = Assert.Throws<AggregateAssertionException>(() =>
            Runner().Command("subtract", (t, _) => t.SubtractBadly(1)).Run(scripts: 1, maxSteps: 1));

        Assert.Contains("the refused command 'subtract'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("before: Total = 0 / after: Total = -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_UnexpectedException_FailsNamingIt()
    {
        var ex = Assert.Throws<AggregateAssertionException>(() =>
            Runner().Command("boom", (_, _) => throw new InvalidOperationException("boom")).Run(scripts: 1, maxSteps: 1));

        Assert.Contains("threw InvalidOperationException, which is not a refusal: boom", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SameSeed_SameReport()
    {
        CommandScriptReport a = Runner().Command("add", (t, rng) => t.Add(rng.Next(0, 30))).Run(scripts: 20, seed: 99);
        CommandScriptReport b = Runner().Command("add", (t, rng) => t.Add(rng.Next(0, 30))).Run(scripts: 20, seed: 99);

        Assert.Equal((a.Steps, a.Applied["add"]), (b.Steps, b.Applied["add"]));
    }

    [Fact]
    public void Command_BadArguments_Throw()
    {
        Assert.Throws<InvalidOperationException>(() => Runner().Run());
        Assert.Throws<ArgumentException>(() => Runner().Command("a", (_, _) => { }).Command("a", (_, _) => { }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Runner().Command("a", (_, _) => { }, weight: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Runner().Command("a", (_, _) => { }).Run(scripts: 0));
    }
}
