using System.Threading.Tasks;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using NodaTime;

namespace ItsmCore.Testing.Tests.Problems;

public sealed class InMemoryProblemRepositoryTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 11, 20, 1, 0);
    private static readonly Actor Analyst = Actor.Of("analyst");

    [Fact]
    public async Task SaveFindAndSave_StaleWrite_ThrowsConcurrencyConflict()
    {
        var repository = new InMemoryProblemRepository();
        Problem problem = Problem.Record(
            new RecordProblem("Tape unit fails", "Unit 3 stops every week.", CategoryPath.Parse("Storage/Tape"), "Medium", "Medium"),
            new ProblemId("PRB-0001"), Analyst, T0, ProblemRules.Default);
        await repository.SaveAsync(problem);
        Problem first = (await repository.FindAsync(problem.Id))!;
        Problem second = (await repository.FindAsync(problem.Id))!;

        first.AddRootCauseNote(new AddRootCauseNote("Firmware 2.1 on unit 3."), Analyst, T0 + Duration.FromHours(1));
        await repository.SaveAsync(first);
        second.AddRootCauseNote(new AddRootCauseNote("Cabling suspected."), Analyst, T0 + Duration.FromHours(1));
        ConcurrencyConflictException conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second));

        Assert.Equal("Problem", conflict.RecordType);
        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        Problem reloaded = (await repository.FindAsync(problem.Id))!;
        Assert.Equal(2, reloaded.Version);
        Assert.Equal(first.Journal, reloaded.Journal);
        Assert.Null(await repository.FindAsync(new ProblemId("PRB-404")));
    }
}
