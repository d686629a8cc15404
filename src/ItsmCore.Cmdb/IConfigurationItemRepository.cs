using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>
/// Where configuration items are kept (a port the host implements; ItsmCore.Testing has an in-memory one). Each item is
/// one event stream. Saving appends the uncommitted events when the stored version still equals
/// <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (else <see cref="ConcurrencyConflictException"/>), then
/// calls <see cref="EventSourcedAggregate{TEvent}.MarkCommitted"/> with the stored version. Implementations state their
/// thread safety.
/// </summary>
public interface IConfigurationItemRepository
{
    /// <summary>Loads an item, rebuilt with the host's rules; null when there is none.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The item or null.</returns>
    Task<ConfigurationItem?> FindAsync(ConfigurationItemId id, CancellationToken cancellationToken = default);

    /// <summary>Appends the item's uncommitted events with the optimistic-concurrency check.</summary>
    /// <param name="item">The item.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not the item's persisted version.</exception>
    Task SaveAsync(ConfigurationItem item, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves several items as one atomic batch (an import): every item's version is checked first and either all
    /// uncommitted events are stored or none. Items with no uncommitted events are skipped.
    /// </summary>
    /// <param name="items">The items; each id at most once.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    /// <exception cref="System.ArgumentException">An item id appears twice.</exception>
    /// <exception cref="ConcurrencyConflictException">Some item's stored version is not its persisted version; nothing was stored.</exception>
    Task SaveBatchAsync(IReadOnlyList<ConfigurationItem> items, CancellationToken cancellationToken = default);
}
