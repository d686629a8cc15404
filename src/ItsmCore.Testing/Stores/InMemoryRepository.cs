using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// Base of the in-memory repositories for tests: keeps an aggregate's events in an
/// <see cref="InMemoryEventStore{TEvent}"/> and rebuilds the aggregate from them on every find, with the optimistic
/// concurrency a real repository has. A concrete repository is a small subclass that implements the aggregate's
/// repository port by calling <see cref="FindCoreAsync"/> and <see cref="SaveCoreAsync"/>.
/// </summary>
/// <remarks>
/// <para>
/// The repository is thread-safe: several threads may find and save at once, and each save is checked and written
/// atomically by the store. The aggregates it returns are not thread-safe (see
/// <see cref="EventSourcedAggregate{TEvent}"/>); each find returns a new instance, so callers never share one.
/// </para>
/// <para>
/// The methods complete synchronously; their tasks are already completed, cancelled or faulted when returned.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// public sealed class InMemoryIncidentRepository : InMemoryRepository&lt;Incident, IncidentEvent&gt;, IIncidentRepository
/// {
///     public InMemoryIncidentRepository(InMemoryEventStore&lt;IncidentEvent&gt;? store = null)
///         : base("Incident", Incident.Rebuild, incident =&gt; incident.Id.Value, store)
///     {
///     }
///
///     public Task&lt;Incident?&gt; FindAsync(IncidentId id, CancellationToken cancellationToken = default) =&gt;
///         FindCoreAsync(id.Value, cancellationToken);
///
///     public Task SaveAsync(Incident incident, CancellationToken cancellationToken = default) =&gt;
///         SaveCoreAsync(incident, cancellationToken);
/// }
/// </code>
/// </example>
/// <typeparam name="TAggregate">The aggregate type.</typeparam>
/// <typeparam name="TEvent">The aggregate's event base type.</typeparam>
public abstract class InMemoryRepository<TAggregate, TEvent>
    where TAggregate : EventSourcedAggregate<TEvent>
    where TEvent : class, IDomainEvent
{
    private readonly Func<IEnumerable<TEvent>, TAggregate> rebuild;
    private readonly Func<TAggregate, string> idOf;

    /// <summary>Creates the repository.</summary>
    /// <param name="recordType">The kind of record, e.g. <c>"Incident"</c>; used in exception messages.</param>
    /// <param name="rebuild">
    /// Builds an aggregate from its stored events, oldest first (the aggregate's <c>Rebuild</c>); must return a new
    /// instance with no uncommitted events.
    /// </param>
    /// <param name="idOf">Gets an aggregate's id as text, e.g. <c>incident =&gt; incident.Id.Value</c>.</param>
    /// <param name="store">The store to keep the events in, to share one between repositories or inspect it; null for a new, empty one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="recordType"/>, <paramref name="rebuild"/> or <paramref name="idOf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="recordType"/> is blank, padded or longer than 100 characters.</exception>
    protected InMemoryRepository(
        string recordType,
        Func<IEnumerable<TEvent>, TAggregate> rebuild,
        Func<TAggregate, string> idOf,
        InMemoryEventStore<TEvent>? store = null)
    {
        TextGuard.Check(recordType, nameof(recordType), 100);
        ArgumentNullException.ThrowIfNull(rebuild);
        ArgumentNullException.ThrowIfNull(idOf);
        RecordType = recordType;
        this.rebuild = rebuild;
        this.idOf = idOf;
        Store = store ?? new InMemoryEventStore<TEvent>();
    }

    /// <summary>The store the events are kept in; tests may read it to assert what was saved.</summary>
    public InMemoryEventStore<TEvent> Store { get; }

    /// <summary>The kind of record, e.g. <c>"Incident"</c>.</summary>
    protected string RecordType { get; }

    /// <summary>Finds a record: rebuilds a new aggregate from its stored events.</summary>
    /// <param name="id">The record's id.</param>
    /// <param name="cancellationToken">When already cancelled, the task is cancelled.</param>
    /// <returns>A completed task with the aggregate, or null when no record has that id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null (thrown, not returned in the task).</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="id"/> is not a valid record id, e.g. the empty value of a default id struct (thrown, not returned
    /// in the task).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled (in the returned task).</exception>
    /// <exception cref="InvalidOperationException">
    /// The rebuild function returned null, an aggregate with uncommitted events, a version other than the stored one or
    /// another id (in the returned task).
    /// </exception>
    protected Task<TAggregate?> FindCoreAsync(string id, CancellationToken cancellationToken)
    {
        RecordIdText.Check(id, nameof(id));
        return SynchronousTask.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<TEvent> history = Store.Load(id);
            return history.Count == 0 ? null : Rebuild(id, history);
        });
    }

    /// <summary>
    /// Saves an aggregate: appends its <see cref="EventSourcedAggregate{TEvent}.UncommittedEvents"/> if the stored
    /// version still equals its <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (0 for a new record), then
    /// calls <see cref="EventSourcedAggregate{TEvent}.MarkCommitted"/> with the version stored. An aggregate with no uncommitted events is not
    /// written.
    /// </summary>
    /// <param name="aggregate">The aggregate.</param>
    /// <param name="cancellationToken">When already cancelled, nothing is written and the task is cancelled.</param>
    /// <returns>A completed task.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="aggregate"/> is null (thrown, not returned in the task).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> is cancelled (in the returned task).</exception>
    /// <exception cref="ConcurrencyConflictException">
    /// The record was saved by someone else since the aggregate was loaded (in the returned task); nothing was written
    /// and the aggregate's uncommitted events are kept.
    /// </exception>
    /// <exception cref="InvalidOperationException">The id function returned something that is not a valid record id (in the returned task).</exception>
    /// <exception cref="ArgumentException">An uncommitted event belongs to another record (in the returned task); nothing was written.</exception>
    protected Task SaveCoreAsync(TAggregate aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        return SynchronousTask.Run(() =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (aggregate.UncommittedEvents.Count == 0)
            {
                return;
            }

            string id = IdOf(aggregate);
            long stored = Store.Append(RecordType, id, aggregate.PersistedVersion, aggregate.UncommittedEvents);
            aggregate.MarkCommitted(stored);
        });
    }

    private TAggregate Rebuild(string id, IReadOnlyList<TEvent> history)
    {
        TAggregate aggregate = rebuild(history)
            ?? throw new InvalidOperationException($"The rebuild function of the {RecordType} repository returned null for {RecordType} {id}.");
        string problem =
            aggregate.UncommittedEvents.Count != 0 ? string.Create(CultureInfo.InvariantCulture, $"it has {aggregate.UncommittedEvents.Count} uncommitted events (rebuild must replay the history, not raise it)")
            : aggregate.Version != history.Count ? string.Create(CultureInfo.InvariantCulture, $"its version is {aggregate.Version}, not the stored version {history.Count}")
            : !string.Equals(IdOf(aggregate), id, StringComparison.Ordinal) ? $"its id is {IdOf(aggregate)}"
            : string.Empty;
        if (problem.Length > 0)
        {
            throw new InvalidOperationException($"The rebuild function of the {RecordType} repository returned a wrong aggregate for {RecordType} {id}: {problem}.");
        }

        return aggregate;
    }

    private string IdOf(TAggregate aggregate)
    {
        string id = idOf(aggregate);
        if (!RecordIdText.IsValid(id))
        {
            throw new InvalidOperationException($"The id function of the {RecordType} repository returned '{id}', which is not a valid record id.");
        }

        return id;
    }
}
