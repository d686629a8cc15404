using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Samples.Host.Storage;
using ItsmCore.Samples.Host.Streams;
using ItsmCore.Samples.Host.Timers;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Samples.Host.Incidents;

/// <summary>
/// Incidents as event streams in the host store (<c>incident-{id}</c>, one <see cref="IncidentEventJson"/> row per
/// <see cref="IncidentEvent"/>) with optimistic concurrency, and one timer per incident (<c>incident:{id}</c>) armed at
/// <see cref="Incident.NextChangeAt"/> after every save: the incident's own SLA clocks, task clocks, communication
/// expectations and escalation deadlines decide when the worker wakes. The <see cref="IIncidentRepository"/> the
/// <see cref="IncidentService"/> uses. Thread-safe.
/// </summary>
public sealed class IncidentStore : TimedAggregateStore<Incident, IncidentEvent>, IIncidentRepository
{
    /// <summary>The prefix of incident stream ids.</summary>
    public const string StreamPrefix = "incident-";

    /// <summary>The prefix of incident timer keys.</summary>
    public const string TimerPrefix = "incident:";

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="rules">The rules incidents are rebuilt with.</param>
    /// <param name="signal">Woken when a timer is armed.</param>
    public IncidentStore(IHostStore store, IncidentRules rules, TimerSignal signal)
        : base(store, nameof(Incident), StreamPrefix, TimerPrefix, IncidentEventJson.Codec, events => Incident.Rebuild(events, rules), signal) =>
        ArgumentNullException.ThrowIfNull(rules);

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">A stored row cannot be read; the message names the stream and version.</exception>
    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) => LoadAsync(id.Value, cancellationToken);

    /// <inheritdoc/>
    public Task SaveAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return SaveAndArmAsync(incident.Id.Value, incident, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks><see cref="Incident.NextChangeAt"/>: one timer for all of the incident's clocks, expectations and escalations.</remarks>
    protected override Instant? NextWake(Incident aggregate, Instant at) => aggregate.NextChangeAt(at);

    /// <inheritdoc/>
    protected override IReadOnlyList<OutboxMessage> Facts(Incident aggregate, Instant at) => FactsAt(aggregate, at);

    /// <summary>
    /// Everything about the incident that fell due by <paramref name="at"/> without a command: thresholds and breaches
    /// of its SLA clocks (both tiers), its major-incident task clocks and its communication expectations, and
    /// unanswered escalations past their reply deadline. Each with its real instant and a stable de-duplication key.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="at">The instant; not before its last event.</param>
    /// <returns>The messages.</returns>
    private static IReadOnlyList<OutboxMessage> FactsAt(Incident incident, Instant at)
    {
        ArgumentNullException.ThrowIfNull(incident);
        string id = incident.Id.Value;
        var messages = new List<OutboxMessage>();
        foreach (TieredSlaClock clock in incident.SlaClocks)
        {
            if (clock.Objective is { } objective)
            {
                TimerFacts.Add(messages, id, $"sla:{clock.Definition.Id}:objective", objective, at);
            }

            if (clock.Agreement is { } agreement)
            {
                TimerFacts.Add(messages, id, $"sla:{clock.Definition.Id}:agreement", agreement, at);
            }
        }

        foreach (MajorIncidentTask task in incident.Tasks.Where(t => t.OpenedAt <= at))
        {
            TimerFacts.Add(messages, id, $"task:{task.Number}", task.Clock, at);
        }

        foreach (CommunicationExpectation expectation in incident.CommunicationExpectations.Where(e => e.From <= at))
        {
            TimerFacts.Add(messages, id, $"expectation:{expectation.Name}", expectation.Clock, at);
        }

        foreach (Escalation escalation in incident.Escalations)
        {
            if (escalation.OverdueFrom <= at && (escalation.AnsweredAt is null || escalation.AnsweredAt >= escalation.OverdueFrom))
            {
                messages.Add(TimerFacts.Message(id, $"escalation:{escalation.Number}", 1, "escalation-overdue", "100", escalation.OverdueFrom));
            }
        }

        return messages;
    }
}
