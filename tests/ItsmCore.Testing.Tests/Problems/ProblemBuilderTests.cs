using System.Linq;
using ItsmCore.Primitives;
using ItsmCore.Problems;

namespace ItsmCore.Testing.Tests.Problems;

public sealed class ProblemBuilderTests
{
    [Fact]
    public void Build_Defaults_RecordsANewProblem()
    {
        Problem problem = Build.Problem().Build();

        Assert.Equal("PRB-0001", problem.Id.Value);
        Assert.Equal(ProblemStatus.New, problem.Status);
        Assert.Equal("Medium", problem.Impact);
        Assert.Same(ProblemRules.Default, problem.Rules);
        Assert.Single(problem.UncommittedEvents);
    }

    [Theory]
    [InlineData(ProblemStatus.UnderInvestigation)]
    [InlineData(ProblemStatus.KnownError)]
    [InlineData(ProblemStatus.Resolved)]
    [InlineData(ProblemStatus.Closed)]
    [InlineData(ProblemStatus.Cancelled)]
    public void Build_Status_ReachesItThroughTheCommands(ProblemStatus status)
    {
        ProblemBuilder builder = Build.Problem().WithIncidents("INC-1", "INC-2");
        builder = status switch
        {
            ProblemStatus.UnderInvestigation => builder.UnderInvestigation(),
            ProblemStatus.KnownError => builder.KnownError(),
            ProblemStatus.Resolved => builder.Resolved(),
            ProblemStatus.Closed => builder.Closed(),
            _ => builder.Cancelled(),
        };

        Problem problem = builder.Build();

        Assert.Equal(status, problem.Status);
        Assert.Equal(["INC-1", "INC-2"], problem.LinkedIncidents.Select(i => i.Value));
        AggregateAssert.RebuildEqualsLive<Problem, ProblemEvent>(problem, h => Problem.Rebuild(h, ProblemRules.Default));
    }

    [Fact]
    public void Build_AssignedWithWorkaroundAndKnownError_TakesEveryStepOneMinuteApart()
    {
        Actor person = Actor.Of("st.mori");

        Problem problem = Build.Problem().AssignedTo("Storage", person).WithWorkaround("Use drive 1").KnownError().Build();

        Assert.Equal(("Storage", person), (problem.AssignmentGroup, problem.Assignee));
        Assert.Equal("Use drive 1", problem.KnownError!.Workaround);
        Assert.Null(problem.RootCause);
        Assert.Equal(NodaTime.Duration.FromMinutes(4), problem.LastEventAt - problem.RecordedAt);
    }
}
