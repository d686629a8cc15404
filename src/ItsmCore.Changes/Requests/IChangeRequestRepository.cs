using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// Loads and saves change requests (a port the host implements; ItsmCore.Testing has an in-memory one). Saving
/// appends the uncommitted events if the stored version still equals <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/>,
/// else throws <see cref="ConcurrencyConflictException"/>; then the change is marked committed. Implementations must be thread-safe.
/// </summary>
public interface IChangeRequestRepository
{
    /// <summary>Loads a change, rebuilt under the host's <see cref="ChangeRules"/>; null when unknown.</summary>
    /// <param name="id">The change's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The change or null.</returns>
    Task<ChangeRequest?> FindAsync(ChangeId id, CancellationToken cancellationToken = default);

    /// <summary>Appends the change's uncommitted events with optimistic concurrency.</summary>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when saved.</returns>
    /// <exception cref="ConcurrencyConflictException">Another writer saved the change first.</exception>
    Task SaveAsync(ChangeRequest change, CancellationToken cancellationToken = default);
}
