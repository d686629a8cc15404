using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ItsmCore.Primitives;

/// <summary>
/// Port: publishes domain events after they are stored (to a message bus, an outbox, in-process handlers). The
/// host implements it; <c>ItsmCore.Testing</c> ships a recorder.
/// </summary>
public interface IEventPublisher
{
    /// <summary>Publishes events of one record, in version order.</summary>
    /// <param name="events">The events, oldest first.</param>
    /// <param name="cancellationToken">Cancels the publication.</param>
    /// <returns>A task that completes when the events are handed over.</returns>
    Task PublishAsync(IReadOnlyList<IDomainEvent> events, CancellationToken cancellationToken = default);
}
