using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// Port: stores service requests as their events. The host implements it (a relational event table, an event store);
/// an implementation rebuilds requests with <see cref="ServiceRequest.Rebuild"/> and its catalogue and calendars.
/// Implementations must be thread-safe; the requests they return are not.
/// </summary>
public interface IServiceRequestRepository
{
    /// <summary>Loads a request.</summary>
    /// <param name="id">The request's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The request, or null when there is none with that id.</returns>
    Task<ServiceRequest?> FindAsync(ServiceRequestId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the request's <see cref="EventSourcedAggregate{TEvent}.UncommittedEvents"/> if the stored version equals
    /// its <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (0 for a new request), then calls
    /// <see cref="EventSourcedAggregate{TEvent}.MarkCommitted"/>; otherwise writes nothing.
    /// </summary>
    /// <param name="serviceRequest">The request.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the events are stored.</returns>
    /// <exception cref="ConcurrencyConflictException">The stored version is not the request's persisted version.</exception>
    Task SaveAsync(ServiceRequest serviceRequest, CancellationToken cancellationToken = default);
}
