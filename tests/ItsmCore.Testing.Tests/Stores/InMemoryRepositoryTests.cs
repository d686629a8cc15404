using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing.Tests.Stores;

public sealed class InMemoryRepositoryTests
{
    private static async Task<InMemoryCounterRepository> WithCounter(string id, params int[] increments)
    {
        var repository = new InMemoryCounterRepository();
        Counter counter = Counter.Create(id);
        foreach (int by in increments)
        {
            counter.Increment(by);
        }

        await repository.SaveAsync(counter);
        return repository;
    }

    [Fact]
    public void Constructor_NoStore_CreatesEmptyStore()
    {
        var repository = new InMemoryCounterRepository();

        Assert.NotNull(repository.Store);
        Assert.Empty(repository.Store.AllEvents);
    }

    [Fact]
    public async Task Constructor_SharedStore_RepositoriesSeeEachOthersRecords()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        var first = new InMemoryCounterRepository(store);
        var second = new InMemoryCounterRepository(store);

        await first.SaveAsync(Counter.Create("C-1"));

        Assert.Same(store, first.Store);
        Assert.NotNull(await second.FindAsync("C-1"));
    }

    [Fact]
    public void Constructor_InvalidArguments_Throw()
    {
        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => new ConfigurableRepository(null!, Counter.Rebuild, c => c.Id)).ParamName);
        Assert.Equal("recordType", Assert.Throws<ArgumentException>(() => new ConfigurableRepository(" ", Counter.Rebuild, c => c.Id)).ParamName);
        Assert.Equal("rebuild", Assert.Throws<ArgumentNullException>(() => new ConfigurableRepository("Counter", null!, c => c.Id)).ParamName);
        Assert.Equal("idOf", Assert.Throws<ArgumentNullException>(() => new ConfigurableRepository("Counter", Counter.Rebuild, null!)).ParamName);
    }

    [Fact]
    public async Task SaveAsync_NewAggregate_StoresEventsAndMarksCommitted()
    {
        var repository = new InMemoryCounterRepository();
        Counter counter = Counter.Create("C-1");
        counter.Increment(3);
        CounterEvent[] raised = counter.UncommittedEvents.ToArray();

        await repository.SaveAsync(counter);

        Assert.Equal(raised, repository.Store.Load("C-1"));
        Assert.Empty(counter.UncommittedEvents);
        Assert.Equal(2, counter.PersistedVersion);
        Assert.Equal(2, counter.Version);
    }

    [Fact]
    public async Task SaveAsync_LoadedAggregateChangedAndSaved_AppendsOnlyNewEvents()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1", 1);
        Counter counter = (await repository.FindAsync("C-1"))!;

        counter.Increment(10);
        counter.Increment(100);
        await repository.SaveAsync(counter);

        Assert.Equal([1L, 2L, 3L, 4L], repository.Store.Load("C-1").Select(e => e.Version));
        Assert.Equal(111, (await repository.FindAsync("C-1"))!.Value);
        Assert.Equal(4, counter.PersistedVersion);
    }

    [Fact]
    public async Task FindAsync_Unknown_ReturnsNull()
    {
        var repository = new InMemoryCounterRepository();

        Assert.Null(await repository.FindAsync("C-404"));
    }

    [Fact]
    public async Task FindAsync_Saved_RoundTripsStateVersionAndJournal()
    {
        var repository = new InMemoryCounterRepository();
        Counter original = Counter.Create("C-1");
        original.Increment(2);
        original.Increment(5);
        await repository.SaveAsync(original);

        Counter? found = await repository.FindAsync("C-1");

        Assert.NotNull(found);
        Assert.Equal("C-1", found.Id);
        Assert.Equal(7, found.Value);
        Assert.Equal(3, found.Version);
        Assert.Equal(3, found.PersistedVersion);
        Assert.Empty(found.UncommittedEvents);
        Assert.Equal(original.Journal, found.Journal);
    }

    [Fact]
    public async Task FindAsync_TwoFinds_ReturnIndependentInstances()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1", 1);

        Counter first = (await repository.FindAsync("C-1"))!;
        Counter second = (await repository.FindAsync("C-1"))!;
        first.Increment(10);

        Assert.NotSame(first, second);
        Assert.Equal(1, second.Value);
        Assert.Empty(second.UncommittedEvents);
        Assert.Equal(1, (await repository.FindAsync("C-1"))!.Value);
    }

    [Fact]
    public async Task FindAsync_AnyId_ReturnsCompletedTask()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1");

        Task<Counter?> task = repository.FindAsync("C-1");

        Assert.True(task.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task SaveAsync_ConcurrentWriters_SecondRejectedNothingLostReloadShowsFirst()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1");
        Counter alice = (await repository.FindAsync("C-1"))!;
        Counter bob = (await repository.FindAsync("C-1"))!;
        alice.Increment(2);
        bob.Increment(5);

        await repository.SaveAsync(alice);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(bob));

        Assert.Equal("Counter", ex.RecordType);
        Assert.Equal("C-1", ex.RecordId);
        Assert.Equal(1, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
        // The rejected writer keeps its change, to inspect or re-apply; the store has the first writer's.
        Assert.Equal(5, Assert.IsType<CounterIncremented>(Assert.Single(bob.UncommittedEvents)).By);
        Assert.Equal(1, bob.PersistedVersion);
        Assert.Equal(2, repository.Store.VersionOf("C-1"));
        Counter reloaded = (await repository.FindAsync("C-1"))!;
        Assert.Equal(2, reloaded.Value);

        // Re-applying the command on the reloaded record loses nothing.
        reloaded.Increment(5);
        await repository.SaveAsync(reloaded);
        Assert.Equal(7, (await repository.FindAsync("C-1"))!.Value);
    }

    [Fact]
    public async Task SaveAsync_NewAggregateWithExistingId_ThrowsConcurrencyConflict()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1", 4);

        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => repository.SaveAsync(Counter.Create("C-1")));

        Assert.Equal(0, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
        Assert.Equal(4, (await repository.FindAsync("C-1"))!.Value);
    }

    [Fact]
    public async Task SaveAsync_NoUncommittedEvents_WritesNothingEvenWhenStale()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1");
        Counter stale = (await repository.FindAsync("C-1"))!;
        Counter other = (await repository.FindAsync("C-1"))!;
        other.Increment(1);
        await repository.SaveAsync(other);

        await repository.SaveAsync(stale);

        Assert.Equal(2, repository.Store.VersionOf("C-1"));
        Assert.Equal(2, repository.Store.AllEvents.Count);
    }

    [Fact]
    public async Task SaveAsync_CancelledToken_WritesNothingAndKeepsUncommittedEvents()
    {
        var repository = new InMemoryCounterRepository();
        Counter counter = Counter.Create("C-1");
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Task task = repository.SaveAsync(counter, cts.Token);

        Assert.True(task.IsCanceled);
        await Assert.ThrowsAsync<OperationCanceledException>(() => task);
        Assert.Empty(repository.Store.AllEvents);
        Assert.Single(counter.UncommittedEvents);
    }

    [Fact]
    public async Task FindAsync_CancelledToken_ThrowsOperationCanceled()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1");

        Task<Counter?> task = repository.FindAsync("C-1", new CancellationToken(canceled: true));

        Assert.True(task.IsCanceled);
        await Assert.ThrowsAsync<OperationCanceledException>(() => task);
    }

    [Fact]
    public void SaveAsync_Null_ThrowsArgumentNullSynchronously()
    {
        var repository = new InMemoryCounterRepository();

        Assert.Equal("aggregate", Assert.Throws<ArgumentNullException>(() => { _ = repository.SaveAsync(null!); }).ParamName);
    }

    [Fact]
    public void FindAsync_NullId_ThrowsArgumentNullSynchronously()
    {
        var repository = new InMemoryCounterRepository();

        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => { _ = repository.FindAsync(null!); }).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C 1")]
    public void FindAsync_InvalidId_ThrowsArgumentSynchronously(string id)
    {
        var repository = new InMemoryCounterRepository();

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => { _ = repository.FindAsync(id); }).ParamName);
    }

    [Fact]
    public async Task FindAsync_RebuildReturnsNull_ThrowsInvalidOperation()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        await new InMemoryCounterRepository(store).SaveAsync(Counter.Create("C-1"));
        var repository = new ConfigurableRepository("Counter", _ => null!, c => c.Id, store);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.FindAsync("C-1"));

        Assert.Contains("returned null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FindAsync_RebuildRaisesInsteadOfReplaying_ThrowsInvalidOperation()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        await new InMemoryCounterRepository(store).SaveAsync(Counter.Create("C-1"));
        var repository = new ConfigurableRepository("Counter", history => Counter.Create(history.First().RecordId), c => c.Id, store);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.FindAsync("C-1"));

        Assert.Contains("uncommitted", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "its version is 1, not the stored version 2")]
    [InlineData(1, "its id is C-2")]
    public async Task FindAsync_RebuildReturnsWrongAggregate_ThrowsInvalidOperation(int otherIncrements, string problem)
    {
        var store = new InMemoryEventStore<CounterEvent>();
        var saver = new InMemoryCounterRepository(store);
        Counter mine = Counter.Create("C-1");
        mine.Increment(1);
        await saver.SaveAsync(mine);
        Counter other = Counter.Create("C-2");
        for (int i = 0; i < otherIncrements; i++)
        {
            other.Increment(1);
        }

        await saver.SaveAsync(other);
        var repository = new ConfigurableRepository("Counter", _ => Counter.Rebuild(store.Load("C-2")), c => c.Id, store);

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.FindAsync("C-1"));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_IdFunctionReturnsInvalidId_ThrowsInvalidOperationAndWritesNothing()
    {
        var repository = new ConfigurableRepository("Counter", Counter.Rebuild, _ => "not an id");
        Counter counter = Counter.Create("C-1");

        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => repository.SaveAsync(counter));

        Assert.Contains("'not an id'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(repository.Store.AllEvents);
        Assert.Single(counter.UncommittedEvents);
    }

    [Fact]
    public async Task SaveAsync_IdFunctionDisagreesWithEvents_ThrowsArgumentAndWritesNothing()
    {
        var repository = new ConfigurableRepository("Counter", Counter.Rebuild, _ => "C-9");
        Counter counter = Counter.Create("C-1");

        await Assert.ThrowsAsync<ArgumentException>(() => repository.SaveAsync(counter));

        Assert.Empty(repository.Store.AllEvents);
        Assert.Single(counter.UncommittedEvents);
    }

    [Fact]
    public async Task SaveAsync_ParallelIncrementsWithRetry_NothingLost()
    {
        InMemoryCounterRepository repository = await WithCounter("C-1");
        const int workers = 8;
        const int incrementsEach = 50;

        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            for (int i = 0; i < incrementsEach; i++)
            {
                while (true)
                {
                    Counter counter = (await repository.FindAsync("C-1"))!;
                    counter.Increment(1);
                    try
                    {
                        await repository.SaveAsync(counter);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Someone saved in between: reload and re-apply.
                    }
                }
            }
        })));

        Counter final = (await repository.FindAsync("C-1"))!;
        Assert.Equal(workers * incrementsEach, final.Value);
        Assert.Equal(1 + (workers * incrementsEach), final.Version);
        Assert.Equal(Enumerable.Range(1, 1 + (workers * incrementsEach)).Select(v => (long)v), repository.Store.Load("C-1").Select(e => e.Version));
    }

    private sealed class ConfigurableRepository : InMemoryRepository<Counter, CounterEvent>
    {
        public ConfigurableRepository(
            string recordType,
            Func<IEnumerable<CounterEvent>, Counter> rebuild,
            Func<Counter, string> idOf,
            InMemoryEventStore<CounterEvent>? store = null)
            : base(recordType, rebuild, idOf, store)
        {
        }

        public Task<Counter?> FindAsync(string id) => FindCoreAsync(id, CancellationToken.None);

        public Task SaveAsync(Counter counter) => SaveCoreAsync(counter, CancellationToken.None);
    }
}
