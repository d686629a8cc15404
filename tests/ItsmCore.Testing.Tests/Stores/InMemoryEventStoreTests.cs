using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing.Tests.Stores;

public sealed class InMemoryEventStoreTests
{
    private static CounterCreated Created(string id) => new(id, 1, Counter.At, Actor.System);

    private static CounterIncremented Incremented(string id, long version, int by = 1) => new(id, version, Counter.At, Actor.System, by);

    [Fact]
    public void New_NoEvents_IsEmpty()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        Assert.Empty(store.RecordIds);
        Assert.Empty(store.AllEvents);
        Assert.Empty(store.Load("C-1"));
        Assert.Equal(0, store.VersionOf("C-1"));
    }

    [Fact]
    public void Append_NewRecord_StoresEventsAndVersion()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        CounterEvent[] events = [Created("C-1"), Incremented("C-1", 2)];

        store.Append("Counter", "C-1", 0, events);

        Assert.Equal(events, store.Load("C-1"));
        Assert.Equal(2, store.VersionOf("C-1"));
        Assert.Equal(["C-1"], store.RecordIds);
        Assert.Equal(events, store.AllEvents);
    }

    [Fact]
    public void Append_ExistingRecordAtExpectedVersion_AppendsInOrder()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        store.Append("Counter", "C-1", 0, [Created("C-1")]);

        store.Append("Counter", "C-1", 1, [Incremented("C-1", 2), Incremented("C-1", 3)]);
        store.Append("Counter", "C-1", 3, [Incremented("C-1", 4)]);

        Assert.Equal([1L, 2L, 3L, 4L], store.Load("C-1").Select(e => e.Version));
        Assert.Equal(4, store.VersionOf("C-1"));
    }

    [Fact]
    public void RecordIdsAndAllEvents_SeveralRecords_InAppendOrder()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        store.Append("Counter", "C-2", 0, [Created("C-2")]);
        store.Append("Counter", "C-1", 0, [Created("C-1")]);
        store.Append("Counter", "C-2", 1, [Incremented("C-2", 2)]);
        store.Append("Counter", "C-3", 0, [Created("C-3")]);

        Assert.Equal(["C-2", "C-1", "C-3"], store.RecordIds);
        Assert.Equal(["C-2/1", "C-1/1", "C-2/2", "C-3/1"], store.AllEvents.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.RecordId}/{e.Version}")));
        Assert.Equal([1L, 2L], store.Load("C-2").Select(e => e.Version));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(3L)]
    public void Append_StaleExpectedVersion_ThrowsConcurrencyConflictAndWritesNothing(long expectedVersion)
    {
        var store = new InMemoryEventStore<CounterEvent>();
        store.Append("Counter", "C-1", 0, [Created("C-1"), Incremented("C-1", 2)]);

        var ex = Assert.Throws<ConcurrencyConflictException>(
            () => store.Append("Counter", "C-1", expectedVersion, [Incremented("C-1", expectedVersion + 1)]));

        Assert.Equal("Counter", ex.RecordType);
        Assert.Equal("C-1", ex.RecordId);
        Assert.Equal(expectedVersion, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
        Assert.Equal(2, store.VersionOf("C-1"));
        Assert.Equal(2, store.AllEvents.Count);
    }

    [Fact]
    public void Append_UnknownRecordWithExpectedVersion_ThrowsConcurrencyConflictAndWritesNothing()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ConcurrencyConflictException>(() => store.Append("Counter", "C-1", 1, [Incremented("C-1", 2)]));

        Assert.Equal(1, ex.ExpectedVersion);
        Assert.Equal(0, ex.ActualVersion);
        Assert.Empty(store.RecordIds);
        Assert.Empty(store.AllEvents);
    }

    [Fact]
    public void Append_EventOfAnotherRecord_ThrowsArgumentAndWritesNothing()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", 0, [Created("C-1"), Incremented("C-2", 2)]));

        Assert.Equal("events", ex.ParamName);
        Assert.Contains("Event 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("belongs to record C-2, not Counter C-1", ex.Message, StringComparison.Ordinal);
        Assert.Empty(store.RecordIds);
        Assert.Empty(store.AllEvents);
    }

    [Theory]
    [InlineData(0L, 2L)]
    [InlineData(0L, 0L)]
    [InlineData(1L, 3L)]
    [InlineData(1L, 1L)]
    public void Append_WrongFirstVersion_ThrowsArgumentAndWritesNothing(long expectedVersion, long eventVersion)
    {
        var store = new InMemoryEventStore<CounterEvent>();
        if (expectedVersion == 1)
        {
            store.Append("Counter", "C-1", 0, [Created("C-1")]);
        }

        var ex = Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", expectedVersion, [Incremented("C-1", eventVersion)]));

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"has version {eventVersion}; version {expectedVersion + 1} was expected"), ex.Message, StringComparison.Ordinal);
        Assert.Equal(expectedVersion, store.VersionOf("C-1"));
    }

    [Fact]
    public void Append_GapInsideBatch_ThrowsArgumentAndWritesNothing()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", 0, [Created("C-1"), Incremented("C-1", 2), Incremented("C-1", 4)]));

        Assert.Contains("Event 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains("version 3 was expected", ex.Message, StringComparison.Ordinal);
        Assert.Empty(store.AllEvents);
    }

    [Fact]
    public void Append_ArgumentErrorAndStaleVersion_ReportsArgumentError()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        store.Append("Counter", "C-1", 0, [Created("C-1")]);

        Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", 0, [Incremented("C-2", 1)]));
    }

    [Fact]
    public void Append_EmptyBatch_ThrowsArgument()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", 0, Array.Empty<CounterEvent>()));

        Assert.Equal("events", ex.ParamName);
        Assert.Empty(store.RecordIds);
    }

    [Fact]
    public void Append_NullEvent_ThrowsArgumentAndWritesNothing()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentException>(() => store.Append("Counter", "C-1", 0, [Created("C-1"), null!]));

        Assert.Contains("Event 1", ex.Message, StringComparison.Ordinal);
        Assert.Empty(store.AllEvents);
    }

    [Fact]
    public void Append_NullArguments_ThrowArgumentNull()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        Assert.Equal("recordType", Assert.Throws<ArgumentNullException>(() => store.Append(null!, "C-1", 0, [Created("C-1")])).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentNullException>(() => store.Append("Counter", null!, 0, [Created("C-1")])).ParamName);
        Assert.Equal("events", Assert.Throws<ArgumentNullException>(() => store.Append("Counter", "C-1", 0, null!)).ParamName);
    }

    [Theory]
    [InlineData("", "C-1")]
    [InlineData(" Counter", "C-1")]
    [InlineData("Counter", "")]
    [InlineData("Counter", "C 1")]
    public void Append_InvalidTypeOrId_ThrowsArgument(string recordType, string recordId)
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentException>(() => store.Append(recordType, recordId, 0, [Created(recordId)]));

        Assert.Equal(recordType.Length == 0 || recordType[0] == ' ' ? "recordType" : "recordId", ex.ParamName);
    }

    [Fact]
    public void Append_NegativeExpectedVersion_ThrowsArgumentOutOfRange()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => store.Append("Counter", "C-1", -1, [Created("C-1")]));

        Assert.Equal("expectedVersion", ex.ParamName);
    }

    [Fact]
    public void Append_CallerChangesListAfterwards_StoreUnchanged()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        var events = new List<CounterEvent> { Created("C-1") };

        store.Append("Counter", "C-1", 0, events);
        events.Add(Incremented("C-1", 2));

        Assert.Equal(1, store.VersionOf("C-1"));
    }

    [Fact]
    public void Load_StreamChangedLater_ReturnsSnapshot()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        store.Append("Counter", "C-1", 0, [Created("C-1")]);

        IReadOnlyList<CounterEvent> loaded = store.Load("C-1");
        IReadOnlyList<string> ids = store.RecordIds;
        IReadOnlyList<CounterEvent> all = store.AllEvents;
        store.Append("Counter", "C-1", 1, [Incremented("C-1", 2)]);
        store.Append("Counter", "C-2", 0, [Created("C-2")]);

        Assert.Single(loaded);
        Assert.Single(ids);
        Assert.Single(all);
    }

    [Theory]
    [InlineData("")]
    [InlineData("C 1")]
    public void LoadAndVersionOf_InvalidId_ThrowArgument(string recordId)
    {
        var store = new InMemoryEventStore<CounterEvent>();

        Assert.Equal("recordId", Assert.Throws<ArgumentException>(() => store.Load(recordId)).ParamName);
        Assert.Equal("recordId", Assert.Throws<ArgumentException>(() => store.VersionOf(recordId)).ParamName);
    }

    [Fact]
    public void LoadAndVersionOf_Null_ThrowArgumentNull()
    {
        var store = new InMemoryEventStore<CounterEvent>();

        Assert.Throws<ArgumentNullException>(() => store.Load(null!));
        Assert.Throws<ArgumentNullException>(() => store.VersionOf(null!));
    }

    [Fact]
    public async Task Append_ConcurrentWritersFromSameVersion_ExactlyOneWins()
    {
        const int writers = 4;
        for (int round = 0; round < 200; round++)
        {
            var store = new InMemoryEventStore<CounterEvent>();
            store.Append("Counter", "C-1", 0, [Created("C-1")]);
            int wins = 0;
            int conflicts = 0;
            using var start = new Barrier(writers);

            Task[] tasks = Enumerable.Range(0, writers).Select(writer => Task.Factory.StartNew(
                () =>
                {
                    CounterEvent[] batch = [Incremented("C-1", 2, by: writer), Incremented("C-1", 3, by: writer)];
                    start.SignalAndWait();
                    try
                    {
                        store.Append("Counter", "C-1", 1, batch);
                        Interlocked.Increment(ref wins);
                    }
                    catch (ConcurrencyConflictException ex) when (ex.ActualVersion == 3)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                },
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default)).ToArray();
            await Task.WhenAll(tasks);

            Assert.Equal(1, wins);
            Assert.Equal(writers - 1, conflicts);
            IReadOnlyList<CounterEvent> stream = store.Load("C-1");
            Assert.Equal([1L, 2L, 3L], stream.Select(e => e.Version));
            Assert.Single(stream.OfType<CounterIncremented>().Select(e => e.By).Distinct());
        }
    }

    [Fact]
    public void Append_ConcurrentWritersWithRetry_NothingLostVersionsContiguous()
    {
        var store = new InMemoryEventStore<CounterEvent>();
        const int writers = 8;
        const int appendsEach = 100;

        Parallel.For(0, writers, writer =>
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"C-{writer % 2}");
            for (int i = 0; i < appendsEach; i++)
            {
                while (true)
                {
                    long version = store.VersionOf(id);
                    CounterEvent next = version == 0 ? Created(id) : Incremented(id, version + 1);
                    try
                    {
                        store.Append("Counter", id, version, [next]);
                        break;
                    }
                    catch (ConcurrencyConflictException)
                    {
                        // Another writer got there first: reload and retry, as a host would.
                    }
                }
            }
        });

        Assert.Equal(writers * appendsEach, store.AllEvents.Count);
        foreach (string id in new[] { "C-0", "C-1" })
        {
            Assert.Equal(Enumerable.Range(1, writers / 2 * appendsEach).Select(v => (long)v), store.Load(id).Select(e => e.Version));
        }
    }
}
