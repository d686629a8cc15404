using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IServiceRequestRepository"/> for tests: stores each request's events, rebuilds a fresh
/// request on every find (with the given rules) and refuses stale writes with
/// <see cref="ConcurrencyConflictException"/>. Thread-safe.
/// </summary>
public sealed class InMemoryServiceRequestRepository : InMemoryRepository<ServiceRequest, ServiceRequestEvent>, IServiceRequestRepository
{
    /// <summary>Creates an empty repository.</summary>
    /// <param name="rules">The rules requests are rebuilt with.</param>
    /// <param name="store">The event store to use; null for a new one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public InMemoryServiceRequestRepository(ServiceRequestRules rules, InMemoryEventStore<ServiceRequestEvent>? store = null)
        : base(
            "ServiceRequest",
            history => ServiceRequest.Rebuild(history, rules ?? throw new ArgumentNullException(nameof(rules))),
            request => request.Id.Value,
            store)
    {
        ArgumentNullException.ThrowIfNull(rules);
    }

    /// <inheritdoc />
    public Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(ServiceRequest serviceRequest, CancellationToken cancellationToken = default) => SaveCoreAsync(serviceRequest, cancellationToken);
}
