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
public sealed class IncidentStore : AggregateStore<Incident, IncidentEvent>, IIncidentRepository, ITimedRecords
{
    /// <summary>The prefix of incident stream ids.</summary>
    public const string StreamPrefix = "incident-";

    /// <summary>The prefix of incident timer keys.</summary>
    public const string TimerPrefix = "incident:";

    private readonly TimerSignal signal;

    /// <summary>Creates the store.</summary>
    /// <param name="store">The host store.</param>
    /// <param name="rules">The rules incidents are rebuilt with.</param>
    /// <param name="signal">Woken when a timer is armed.</param>
    public IncidentStore(IHostStore store, IncidentRules rules, TimerSignal signal)
        : base(store, nameof(Incident), StreamPrefix, IncidentEventJson.Codec, events => Incident.Rebuild(events, rules))
    {
        ArgumentNullException.ThrowIfNull(rules);
        this.signal = signal ?? throw new ArgumentNullException(nameof(signal));
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidDataException">A stored row cannot be read; the message names the stream and version.</exception>
    public Task<Incident?> FindAsync(IncidentId id, CancellationToken cancellationToken = default) => LoadAsync(id.Value, cancellationToken);

    /// <inheritdoc/>
    public async Task SaveAsync(Incident incident, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (!await AppendAsync(incident.Id.Value, incident, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        // After the events are stored: a host that dies here leaves the timer to the start-up rebuild.
        await Store.ArmAsync(TimerPrefix + incident.Id.Value, incident.NextChangeAt(incident.LastEventAt), cancellationToken: cancellationToken).ConfigureAwait(false);
        signal.Wake();
    }

    /// <inheritdoc/>
    public bool Owns(string timerKey) => timerKey.StartsWith(TimerPrefix, StringComparison.Ordinal);

    /// <inheritdoc/>
    public async Task<TimerFiring?> FireAsync(string timerKey, Instant wakeAt, CancellationToken cancellationToken)
    {
        string id = timerKey[TimerPrefix.Length..];
        Incident? incident = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (incident is null)
        {
            return null;
        }

        Instant at = Instant.Max(wakeAt, incident.LastEventAt);
        return new TimerFiring(incident.NextChangeAt(at), Facts(incident, at));
    }

    /// <summary>
    /// Everything about the incident that fell due by <paramref name="at"/> without a command: thresholds and breaches
    /// of its SLA clocks (both tiers), its major-incident task clocks and its communication expectations, and
    /// unanswered escalations past their reply deadline. Each with its real instant and a stable de-duplication key.
    /// </summary>
    /// <param name="incident">The incident.</param>
    /// <param name="at">The instant; not before its last event.</param>
    /// <returns>The messages.</returns>
    public static IReadOnlyList<OutboxMessage> Facts(Incident incident, Instant at)
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

    /// <inheritdoc/>
    public Task<(int Records, IReadOnlyList<string> Failures)> RebuildTimersAsync(int parallelism = 1, CancellationToken cancellationToken = default) =>
        TimerRebuild.RunAsync(Store, StreamPrefix, id => TimerPrefix + id, async (id, ct) =>
        {
            Incident incident = (await LoadAsync(id, ct).ConfigureAwait(false))!;
            return incident.NextChangeAt(incident.LastEventAt);
        }, signal, parallelism, cancellationToken);
}
