using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An <see cref="IEventPublisher"/> for tests that records every published event, in publication order, so a test
/// can assert what a host published; <see cref="FailNextWith"/> makes a publication fail, to test how a host handles
/// a broken bus or outbox.
/// </summary>
/// <remarks>
/// <para>
/// The recorder is thread-safe: every member may be called from several threads at once. A publication is recorded
/// atomically (a concurrent reader sees all of its events or none), and the lists it returns are snapshots that do
/// not change afterwards.
/// </para>
/// <para>
/// <see cref="PublishAsync"/> checks the port's contract (the events belong to one record and come in increasing
/// version order), completes synchronously and never records anything when it fails or is cancelled.
/// </para>
/// </remarks>
public sealed class EventRecorder : IEventPublisher
{
    private readonly RecordingLog<IDomainEvent> log = new();

    /// <summary>Every event published since the recorder was created or last cleared, oldest first (a snapshot).</summary>
    public IReadOnlyList<IDomainEvent> Events => log.Snapshot();

    /// <summary>The recorded events of type <typeparamref name="T"/>, oldest first (a snapshot).</summary>
    /// <typeparam name="T">The event type, e.g. an aggregate's event base type or one concrete event.</typeparam>
    /// <returns>The events; empty when none was published.</returns>
    public IReadOnlyList<T> OfType<T>()
        where T : IDomainEvent =>
        log.Snapshot().OfType<T>().ToArray();

    /// <summary>The recorded events of one record, oldest first (a snapshot).</summary>
    /// <param name="recordId">The record's id (compared ordinally).</param>
    /// <returns>The events; empty when none of that record was published.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="recordId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordId"/> is not a valid record id (see <see cref="RecordIdText.Check"/>), so no event can have it.</exception>
    public IReadOnlyList<IDomainEvent> For(string recordId)
    {
        RecordIdText.Check(recordId, nameof(recordId));
        return log.Snapshot().Where(e => string.Equals(e.RecordId, recordId, StringComparison.Ordinal)).ToArray();
    }

    /// <summary>Forgets every recorded event. Failures queued by <see cref="FailNextWith"/> stay queued.</summary>
    public void Clear() => log.Clear();

    /// <summary>
    /// Makes the next <see cref="PublishAsync"/> call fail with <paramref name="exception"/> and record nothing. Calls
    /// queue up: after two calls the next two publications fail, in the order the exceptions were given. Calls
    /// rejected for their arguments or cancelled do not use up a queued failure.
    /// </summary>
    /// <param name="exception">The exception the returned task fails with.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public void FailNextWith(Exception exception) => log.FailNextWith(exception);

    /// <summary>
    /// Records <paramref name="events"/> after checking them; or fails with the next exception queued by
    /// <see cref="FailNextWith"/> and records nothing. An empty list records nothing (but does use up a queued failure).
    /// </summary>
    /// <param name="events">The events of one record, in increasing version order.</param>
    /// <param name="cancellationToken">When already cancelled, nothing is recorded and the task is cancelled.</param>
    /// <returns>A task that has completed when the method returns: successfully, cancelled or faulted.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null (thrown, not returned in the task).</exception>
    /// <exception cref="ArgumentException">
    /// An event is null, the events belong to more than one record, or their versions do not increase (thrown, not
    /// returned in the task).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled (in the returned task).</exception>
    public Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(events);
        IDomainEvent[] batch = events.ToArray();
        for (int i = 0; i < batch.Length; i++)
        {
            IDomainEvent? domainEvent = batch[i];
            if (domainEvent is null)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Event {i} is null."), nameof(events));
            }

            if (i == 0)
            {
                continue;
            }

            IDomainEvent previous = batch[i - 1];
            if (!string.Equals(domainEvent.RecordId, previous.RecordId, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Event {i} belongs to record {domainEvent.RecordId}, event {i - 1} to record {previous.RecordId}; one publication carries the events of one record."),
                    nameof(events));
            }

            if (domainEvent.Version <= previous.Version)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Event {i} has version {domainEvent.Version}, not more than version {previous.Version} of event {i - 1}; events are published in version order."),
                    nameof(events));
            }
        }

        return log.Record(batch, cancellationToken);
    }
}
