using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using static ItsmCore.Testing.Tests.Recording.RecordedEvents;

namespace ItsmCore.Testing.Tests.Recording;

public sealed class EventRecorderTests
{
    [Fact]
    public void Events_New_IsEmpty()
    {
        var recorder = new EventRecorder();

        Assert.Empty(recorder.Events);
        Assert.Empty(recorder.OfType<IDomainEvent>());
    }

    [Fact]
    public async Task PublishAsync_SeveralBatches_RecordsEveryEventInPublicationOrder()
    {
        var recorder = new EventRecorder();
        IDomainEvent[] first = [Opened("INC-1"), Noted("INC-1", 2)];
        IDomainEvent[] second = [Opened("INC-2")];
        IDomainEvent[] third = [Noted("INC-1", 3, "again")];

        await recorder.PublishAsync(first);
        await recorder.PublishAsync(second);
        await recorder.PublishAsync(third);

        Assert.Equal(first.Concat(second).Concat(third), recorder.Events);
    }

    [Fact]
    public async Task PublishAsync_AnyEvents_ReturnsCompletedTask()
    {
        var recorder = new EventRecorder();

        Task task = recorder.PublishAsync([Opened("INC-1")]);

        Assert.True(task.IsCompletedSuccessfully);
        await task;
    }

    [Fact]
    public async Task PublishAsync_EmptyList_RecordsNothing()
    {
        var recorder = new EventRecorder();

        await recorder.PublishAsync(Array.Empty<IDomainEvent>());

        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task PublishAsync_CallerChangesListAfterwards_RecordingUnchanged()
    {
        var recorder = new EventRecorder();
        var events = new List<IDomainEvent> { Opened("INC-1") };

        await recorder.PublishAsync(events);
        events.Add(Noted("INC-1", 2));

        Assert.Single(recorder.Events);
    }

    [Fact]
    public async Task Events_IsSnapshot_LaterPublicationsDoNotChangeIt()
    {
        var recorder = new EventRecorder();
        await recorder.PublishAsync([Opened("INC-1")]);

        IReadOnlyList<IDomainEvent> snapshot = recorder.Events;
        await recorder.PublishAsync([Opened("INC-2")]);

        Assert.Single(snapshot);
        Assert.Equal(2, recorder.Events.Count);
    }

    [Fact]
    public async Task OfType_MixedEvents_ReturnsOnlyThatTypeInOrder()
    {
        var recorder = new EventRecorder();
        Noted second = Noted("INC-1", 2, "a");
        Noted third = Noted("INC-1", 3, "b");
        await recorder.PublishAsync([Opened("INC-1"), second, third]);
        await recorder.PublishAsync([Opened("INC-2")]);

        Assert.Equal([second, third], recorder.OfType<Noted>());
        Assert.Equal(["INC-1", "INC-2"], recorder.OfType<Opened>().Select(e => e.RecordId));
    }

    [Fact]
    public async Task For_SeveralRecords_ReturnsThatRecordsEventsInOrder()
    {
        var recorder = new EventRecorder();
        await recorder.PublishAsync([Opened("INC-1")]);
        await recorder.PublishAsync([Opened("INC-2")]);
        await recorder.PublishAsync([Noted("INC-1", 2)]);

        Assert.Equal([1L, 2L], recorder.For("INC-1").Select(e => e.Version));
        Assert.All(recorder.For("INC-1"), e => Assert.Equal("INC-1", e.RecordId));
        Assert.Single(recorder.For("INC-2"));
        Assert.Empty(recorder.For("INC-3"));
        Assert.Empty(recorder.For("inc-1"));
    }

    [Fact]
    public void For_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new EventRecorder().For(null!));

        Assert.Equal("recordId", ex.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("INC 1")]
    public void For_InvalidId_ThrowsArgument(string recordId)
    {
        var ex = Assert.Throws<ArgumentException>(() => new EventRecorder().For(recordId));

        Assert.Equal("recordId", ex.ParamName);
    }

    [Fact]
    public async Task Clear_AfterPublications_ForgetsEverythingAndKeepsRecording()
    {
        var recorder = new EventRecorder();
        await recorder.PublishAsync([Opened("INC-1")]);

        recorder.Clear();
        await recorder.PublishAsync([Opened("INC-2")]);

        Assert.Equal(["INC-2"], recorder.Events.Select(e => e.RecordId));
    }

    [Fact]
    public async Task FailNextWith_NextPublication_FailsWithThatExceptionAndRecordsNothing()
    {
        var recorder = new EventRecorder();
        var failure = new InvalidOperationException("bus down");
        recorder.FailNextWith(failure);

        Task task = recorder.PublishAsync([Opened("INC-1")]);

        Assert.True(task.IsFaulted);
        Assert.Same(failure, await Assert.ThrowsAsync<InvalidOperationException>(() => task));
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task FailNextWith_SecondPublication_Succeeds()
    {
        var recorder = new EventRecorder();
        recorder.FailNextWith(new InvalidOperationException("bus down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync([Opened("INC-1")]));
        await recorder.PublishAsync([Opened("INC-1")]);

        Assert.Single(recorder.Events);
    }

    [Fact]
    public async Task FailNextWith_TwoCalls_NextTwoPublicationsFailInOrder()
    {
        var recorder = new EventRecorder();
        var first = new InvalidOperationException("first");
        var second = new TimeoutException("second");
        recorder.FailNextWith(first);
        recorder.FailNextWith(second);

        Assert.Same(first, await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync([Opened("INC-1")])));
        Assert.Same(second, await Assert.ThrowsAsync<TimeoutException>(() => recorder.PublishAsync([Opened("INC-1")])));
        await recorder.PublishAsync([Opened("INC-1")]);

        Assert.Single(recorder.Events);
    }

    [Fact]
    public async Task FailNextWith_EmptyPublication_UsesUpTheFailure()
    {
        var recorder = new EventRecorder();
        recorder.FailNextWith(new InvalidOperationException("bus down"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync(Array.Empty<IDomainEvent>()));
        await recorder.PublishAsync([Opened("INC-1")]);

        Assert.Single(recorder.Events);
    }

    [Fact]
    public async Task Clear_QueuedFailure_IsKept()
    {
        var recorder = new EventRecorder();
        recorder.FailNextWith(new InvalidOperationException("bus down"));

        recorder.Clear();

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync([Opened("INC-1")]));
    }

    [Fact]
    public void FailNextWith_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new EventRecorder().FailNextWith(null!));

        Assert.Equal("exception", ex.ParamName);
    }

    [Fact]
    public async Task PublishAsync_CancelledToken_ThrowsOperationCanceledAndRecordsNothing()
    {
        var recorder = new EventRecorder();
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        Task task = recorder.PublishAsync([Opened("INC-1")], cts.Token);

        Assert.True(task.IsCanceled);
        var ex = await Assert.ThrowsAsync<OperationCanceledException>(() => task);
        Assert.Equal(cts.Token, ex.CancellationToken);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task PublishAsync_CancelledToken_DoesNotUseUpQueuedFailure()
    {
        var recorder = new EventRecorder();
        recorder.FailNextWith(new InvalidOperationException("bus down"));

        await Assert.ThrowsAsync<OperationCanceledException>(() => recorder.PublishAsync([Opened("INC-1")], new CancellationToken(canceled: true)));

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync([Opened("INC-1")]));
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public void PublishAsync_NullList_ThrowsArgumentNullSynchronously()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => { _ = new EventRecorder().PublishAsync(null!); });

        Assert.Equal("events", ex.ParamName);
    }

    [Fact]
    public void PublishAsync_NullEvent_ThrowsArgumentAndRecordsNothing()
    {
        var recorder = new EventRecorder();

        var ex = Assert.Throws<ArgumentException>(() => { _ = recorder.PublishAsync([Opened("INC-1"), null!]); });

        Assert.Equal("events", ex.ParamName);
        Assert.Contains("Event 1 is null", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public void PublishAsync_EventsOfTwoRecords_ThrowsArgumentNamingBoth()
    {
        var recorder = new EventRecorder();

        var ex = Assert.Throws<ArgumentException>(() => { _ = recorder.PublishAsync([Opened("INC-1"), Opened("INC-2")]); });

        Assert.Contains("INC-1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("INC-2", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Events);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    public void PublishAsync_VersionsNotIncreasing_ThrowsArgument(long firstVersion, long secondVersion)
    {
        var recorder = new EventRecorder();

        var ex = Assert.Throws<ArgumentException>(() => { _ = recorder.PublishAsync([Noted("INC-1", firstVersion), Noted("INC-1", secondVersion)]); });

        Assert.Contains("version order", ex.Message, StringComparison.Ordinal);
        Assert.Empty(recorder.Events);
    }

    [Fact]
    public async Task PublishAsync_InvalidArguments_DoNotUseUpQueuedFailure()
    {
        var recorder = new EventRecorder();
        recorder.FailNextWith(new InvalidOperationException("bus down"));

        Assert.Throws<ArgumentException>(() => { _ = recorder.PublishAsync([Opened("INC-1"), Opened("INC-2")]); });

        await Assert.ThrowsAsync<InvalidOperationException>(() => recorder.PublishAsync([Opened("INC-1")]));
    }

    [Fact]
    public async Task PublishAsync_ConcurrentPublishers_RecordEveryBatchWhole()
    {
        var recorder = new EventRecorder();
        const int publishers = 8;
        const int batches = 200;

        await Task.WhenAll(Enumerable.Range(0, publishers).Select(p => Task.Run(async () =>
        {
            for (int b = 0; b < batches; b++)
            {
                string id = $"P{p}-{b}";
                await recorder.PublishAsync([Opened(id), Noted(id, 2), Noted(id, 3)]);
            }
        })));

        IReadOnlyList<IDomainEvent> events = recorder.Events;
        Assert.Equal(publishers * batches * 3, events.Count);
        for (int i = 0; i < events.Count; i += 3)
        {
            // Each batch is contiguous: an atomic append never interleaves with another publisher's.
            Assert.Equal([1L, 2L, 3L], events.Skip(i).Take(3).Select(e => e.Version));
            Assert.Single(events.Skip(i).Take(3).Select(e => e.RecordId).Distinct());
        }

        Assert.Equal(publishers * batches, events.Select(e => e.RecordId).Distinct().Count());
    }
}
