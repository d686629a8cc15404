using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IServiceRequestRepository"/> for tests: stores each request's events, rebuilds a fresh
/// request on every find (with the given catalogue and calendars) and refuses stale writes with
/// <see cref="ConcurrencyConflictException"/>. Thread-safe.
/// </summary>
public sealed class InMemoryServiceRequestRepository : InMemoryRepository<ServiceRequest, ServiceRequestEvent>, IServiceRequestRepository
{
    /// <summary>Creates an empty repository.</summary>
    /// <param name="catalog">The catalogue requests are rebuilt with.</param>
    /// <param name="calendars">The calendars requests are rebuilt with.</param>
    /// <param name="store">The event store to use; null for a new one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> or <paramref name="calendars"/> is null.</exception>
    public InMemoryServiceRequestRepository(ServiceCatalog catalog, IBusinessCalendarProvider calendars, InMemoryEventStore<ServiceRequestEvent>? store = null)
        : base(
            "ServiceRequest",
            history => ServiceRequest.Rebuild(history, catalog ?? throw new ArgumentNullException(nameof(catalog)), calendars ?? throw new ArgumentNullException(nameof(calendars))),
            request => request.Id.Value,
            store)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(calendars);
    }

    /// <inheritdoc />
    public Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(ServiceRequest serviceRequest, CancellationToken cancellationToken = default) => SaveCoreAsync(serviceRequest, cancellationToken);
}
