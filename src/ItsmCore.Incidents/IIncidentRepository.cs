using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;

namespace ItsmCore.Incidents;

/// <summary>
/// Port: stores incidents as their event streams, with optimistic concurrency. The host implements it over its
/// database; <c>ItsmCore.Testing</c> ships an in-memory one. Implementations must be thread-safe.
/// </summary>
public interface IIncidentRepository
{
    /// <summary>Loads an incident (rebuilt from its events with the registered <see cref="IncidentRules"/>).</summary>
    /// <param name="id">The incident's id.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The incident, or null when there is none with that id.</returns>
    Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends the incident's <see cref="EventSourcedAggregate{TEvent}.UncommittedEvents"/> if the stored version still
    /// equals its <see cref="EventSourcedAggregate{TEvent}.PersistedVersion"/> (0 for a new incident), then calls
    /// <see cref="EventSourcedAggregate{TEvent}.MarkCommitted"/>.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="cancellationToken">Cancels the save.</param>
    /// <returns>A task that completes when the events are stored.</returns>
    /// <exception cref="ConcurrencyConflictException">Someone else saved the incident since it was loaded; nothing was written.</exception>
    Task SaveAsync(Incident incident, CancellationToken cancellationToken = default);
}
