using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Problems.Tests;

/// <summary>
/// The <see cref="IProblemRepository"/> contract as a minimal event-store implementation sees it: new problems save at
/// stored version 0, loads rebuild from events, a stale save conflicts and writes nothing.
/// </summary>
public sealed class ProblemRepositoryContractTests
{
    [Fact]
    public async Task SaveLoadSave_NewProblem_RoundTripsAndMovesPersistedVersion()
    {
        var repository = new EventListRepository();
        Problem problem = Prb.NewProblem("INC-1");

        await repository.SaveAsync(problem);
        Problem loaded = (await repository.FindAsync(Prb.Id))!;
        loaded.StartInvestigation(new InvestigateProblem(), Prb.Analyst, Prb.At(5));
        await repository.SaveAsync(loaded);

        Assert.Equal(1, problem.PersistedVersion);
        Assert.Empty(problem.UncommittedEvents);
        Assert.Equal(2, loaded.PersistedVersion);
        Assert.Equal(Prb.Describe(loaded), Prb.Describe((await repository.FindAsync(Prb.Id))!));
        Assert.Null(await repository.FindAsync(new ProblemId("PRB-404")));
    }

    [Fact]
    public async Task SaveAsync_StaleCopy_ThrowsConcurrencyConflictAndWritesNothing()
    {
        var repository = new EventListRepository();
        await repository.SaveAsync(Prb.NewProblem());
        Problem first = (await repository.FindAsync(Prb.Id))!;
        Problem second = (await repository.FindAsync(Prb.Id))!;
        first.AddRootCauseNote(new AddRootCauseNote("First"), Prb.Analyst, Prb.At(1));
        second.AddRootCauseNote(new AddRootCauseNote("Second"), Prb.Manager, Prb.At(2));
        await repository.SaveAsync(first);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(second));

        Assert.Equal((1L, 2L), (ex.ExpectedVersion, ex.ActualVersion));
        Assert.Equal(new[] { "First" }, (await repository.FindAsync(Prb.Id))!.RootCauseAnalysis.Select(n => n.Text));
        Assert.Single(second.UncommittedEvents);
    }

    private sealed class EventListRepository : IProblemRepository
    {
        private readonly Dictionary<ProblemId, List<ProblemEvent>> streams = new();

        public Task<Problem?> FindAsync(ProblemId id, CancellationToken cancellationToken = default) =>
            Task.FromResult(streams.TryGetValue(id, out List<ProblemEvent>? events) ? Problem.Rebuild(events, Prb.Rules) : null);

        public Task SaveAsync(Problem problem, CancellationToken cancellationToken = default)
        {
            List<ProblemEvent> stream = streams.TryGetValue(problem.Id, out List<ProblemEvent>? existing) ? existing : new List<ProblemEvent>();
            if (stream.Count != problem.PersistedVersion)
            {
                throw new ConcurrencyConflictException(Problem.RecordTypeName, problem.Id.Value, problem.PersistedVersion, stream.Count);
            }

            stream.AddRange(problem.UncommittedEvents);
            streams[problem.Id] = stream;
            problem.MarkCommitted(stream.Count);
            return Task.CompletedTask;
        }
    }
}
