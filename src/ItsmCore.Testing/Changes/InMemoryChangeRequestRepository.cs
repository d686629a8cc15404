using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Changes;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IChangeRequestRepository"/> over an <see cref="InMemoryEventStore{TEvent}"/>: optimistic
/// concurrency on the persisted version, changes rebuilt under the given rules. Thread-safe.
/// </summary>
public sealed class InMemoryChangeRequestRepository : InMemoryRepository<ChangeRequest, ChangeEvent>, IChangeRequestRepository
{
    /// <summary>Creates the repository.</summary>
    /// <param name="rules">The rules loaded changes work with; <see cref="ChangeRules.Default"/> when null.</param>
    /// <param name="store">The event store; a new one when null.</param>
    public InMemoryChangeRequestRepository(ChangeRules? rules = null, InMemoryEventStore<ChangeEvent>? store = null)
        : base(ChangeRequest.RecordTypeName, history => ChangeRequest.Rebuild(history, rules ?? ChangeRules.Default), change => change.Id.Value, store)
    {
    }

    /// <inheritdoc />
    public Task<ChangeRequest?> FindAsync(ChangeId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(ChangeRequest change, CancellationToken cancellationToken = default) => SaveCoreAsync(change, cancellationToken);
}
