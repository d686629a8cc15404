using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The application service hosts call: it takes "now" from the injected <see cref="IClock"/>, makes ids, loads and
/// saves incidents through the <see cref="IIncidentRepository"/> (optimistic concurrency), and publishes the new events
/// through the <see cref="IEventPublisher"/> after they are stored. Thread-safe when its ports are.
/// </summary>
public sealed class IncidentService
{
    private readonly IIncidentRepository repository;
    private readonly IEventPublisher publisher;
    private readonly IIdGenerator ids;
    private readonly IClock clock;

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where incidents are stored.</param>
    /// <param name="publisher">Where stored events are published.</param>
    /// <param name="ids">Makes incident ids (prefix <see cref="Incident.IdPrefix"/>).</param>
    /// <param name="clock">Gives "now".</param>
    /// <param name="rules">The rules.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IncidentService(IIncidentRepository repository, IEventPublisher publisher, IIdGenerator ids, IClock clock, IncidentRules rules)
    {
        this.repository = repository ?? throw new ArgumentNullException(nameof(repository));
        this.publisher = publisher ?? throw new ArgumentNullException(nameof(publisher));
        this.ids = ids ?? throw new ArgumentNullException(nameof(ids));
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    /// <summary>The rules incidents are recorded with.</summary>
    public IncidentRules Rules { get; }

    /// <summary>Records a new incident, stores it and publishes its events.</summary>
    /// <param name="command">What was reported.</param>
    /// <param name="actor">Who records it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="command"/> or <paramref name="actor"/> is null.</exception>
    /// <exception cref="FluentValidation.ValidationException">The command is not valid.</exception>
    public async Task<Incident> RecordAsync(RecordIncident command, Actor actor, CancellationToken cancellationToken = default)
    {
        Incident incident = Incident.Record(command, new IncidentId(ids.NewId(Incident.IdPrefix)), actor, clock.GetCurrentInstant(), Rules);
        await StoreAsync(incident, cancellationToken).ConfigureAwait(false);
        return incident;
    }

    /// <summary>
    /// Loads an incident, applies <paramref name="change"/> at the current instant, stores the new events and publishes
    /// them. If the change throws, nothing is stored. A <see cref="ConcurrencyConflictException"/> means someone else
    /// changed the incident meanwhile: call again to apply the change to the new state.
    /// </summary>
    /// <param name="id">The incident.</param>
    /// <param name="change">The commands to apply, given the incident and "now" (e.g. <c>(i, now) =&gt; i.StartWork(actor, now)</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored incident.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    /// <exception cref="System.Collections.Generic.KeyNotFoundException">There is no incident with that id.</exception>
    /// <exception cref="ConcurrencyConflictException">The incident was changed by someone else since it was loaded.</exception>
    public async Task<Incident> ChangeAsync(IncidentId id, Action<Incident, Instant> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        Incident incident = await repository.FindAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new System.Collections.Generic.KeyNotFoundException($"There is no incident {id}.");
        change(incident, clock.GetCurrentInstant());
        await StoreAsync(incident, cancellationToken).ConfigureAwait(false);
        return incident;
    }

    private async Task StoreAsync(Incident incident, CancellationToken cancellationToken)
    {
        IReadOnlyList<IDomainEvent> events = incident.UncommittedEvents; // a snapshot: saving does not clear it
        if (events.Count == 0)
        {
            return;
        }

        await repository.SaveAsync(incident, cancellationToken).ConfigureAwait(false);
        await publisher.PublishAsync(events, cancellationToken).ConfigureAwait(false);
    }
}
