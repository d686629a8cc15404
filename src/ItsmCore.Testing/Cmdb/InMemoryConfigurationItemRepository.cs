using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IConfigurationItemRepository"/> over an <see cref="InMemoryEventStore{TEvent}"/>, with the
/// optimistic-concurrency rule and an atomic batch: a batch checks every item's version before storing anything.
/// Thread-safe for writers going through this repository (batches and saves are serialised).
/// </summary>
public sealed class InMemoryConfigurationItemRepository : InMemoryRepository<ConfigurationItem, ConfigurationItemEvent>, IConfigurationItemRepository
{
    private readonly Lock gate = new();

    /// <summary>Creates the repository.</summary>
    /// <param name="rules">The rules items are rebuilt with; null for <see cref="ConfigurationItemRules.Default"/>.</param>
    /// <param name="store">The event store; null for a new one.</param>
    public InMemoryConfigurationItemRepository(ConfigurationItemRules? rules = null, InMemoryEventStore<ConfigurationItemEvent>? store = null)
        : base(ConfigurationItem.RecordTypeName, history => ConfigurationItem.Rebuild(history, rules ?? ConfigurationItemRules.Default), item => item.Id.Value, store)
    {
    }

    /// <inheritdoc />
    public Task<ConfigurationItem?> FindAsync(ConfigurationItemId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(ConfigurationItem item, CancellationToken cancellationToken = default)
    {
        lock (gate)
        {
            return SaveCoreAsync(item, cancellationToken);
        }
    }

    /// <inheritdoc />
    public Task SaveBatchAsync(IReadOnlyList<ConfigurationItem> items, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Any(i => i is null))
        {
            throw new ArgumentNullException(nameof(items), "The batch holds a null item.");
        }

        string? repeated = items.GroupBy(i => i.Id.Value, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key;
        if (repeated is not null)
        {
            throw new ArgumentException($"Item {repeated} appears more than once in the batch.", nameof(items));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            foreach (ConfigurationItem item in items.Where(i => i.UncommittedEvents.Count > 0))
            {
                long stored = Store.VersionOf(item.Id.Value);
                if (stored != item.PersistedVersion)
                {
                    throw new ConcurrencyConflictException(RecordType, item.Id.Value, item.PersistedVersion, stored);
                }
            }

            foreach (ConfigurationItem item in items.Where(i => i.UncommittedEvents.Count > 0))
            {
                item.MarkCommitted(Store.Append(RecordType, item.Id.Value, item.PersistedVersion, item.UncommittedEvents));
            }
        }

        return Task.CompletedTask;
    }
}
