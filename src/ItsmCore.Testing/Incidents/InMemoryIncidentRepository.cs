using System;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IIncidentRepository"/> for tests: stores each incident's events, rebuilds a fresh incident
/// on every find (with the given rules) and refuses stale writes with <see cref="ConcurrencyConflictException"/>, like
/// a real store. Thread-safe.
/// </summary>
public sealed class InMemoryIncidentRepository : InMemoryRepository<Incident, IncidentEvent>, IIncidentRepository
{
    /// <summary>Creates an empty repository.</summary>
    /// <param name="rules">The rules incidents are rebuilt with.</param>
    /// <param name="store">The event store to use; null for a new one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public InMemoryIncidentRepository(IncidentRules rules, InMemoryEventStore<IncidentEvent>? store = null)
        : base("Incident", history => Incident.Rebuild(history, rules ?? throw new ArgumentNullException(nameof(rules))), incident => incident.Id.Value, store)
    {
        ArgumentNullException.ThrowIfNull(rules);
    }

    /// <inheritdoc />
    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) => FindCoreAsync(id.Value, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(Incident incident, CancellationToken cancellationToken = default) => SaveCoreAsync(incident, cancellationToken);
}
