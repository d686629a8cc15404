using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Alerts;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>
/// An in-memory <see cref="IAlertIncidentGateway"/>: incidents opened by alert intake (ids <c>INC-1</c>, <c>INC-2</c>,
/// ... in order), the alerts attached to them, and <see cref="Resolve"/> to close one. Tests read <see cref="Incidents"/>
/// and <see cref="Attachments"/>; <see cref="Seed"/> adds an open incident opened elsewhere. Thread-safe (one lock).
/// </summary>
public sealed class InMemoryAlertIncidentGateway : IAlertIncidentGateway
{
    private readonly object gate = new();
    private readonly List<Entry> incidents = new();
    private readonly List<(IncidentId Incident, TriageDecision Decision)> attachments = new();

    /// <summary>Every incident, in the order opened, with whether it is still open.</summary>
    public IReadOnlyList<(AlertIncident Incident, bool IsOpen, AlertIncidentRequest? Request)> Incidents
    {
        get
        {
            lock (gate)
            {
                return incidents.Select(e => (e.Incident, e.IsOpen, e.Request)).ToArray();
            }
        }
    }

    /// <summary>Every attachment, in order: the incident and the decision that attached the alert.</summary>
    public IReadOnlyList<(IncidentId Incident, TriageDecision Decision)> Attachments
    {
        get
        {
            lock (gate)
            {
                return attachments.ToArray();
            }
        }
    }

    /// <summary>Adds an open incident as if opened elsewhere (e.g. by the service desk).</summary>
    /// <param name="incident">The incident.</param>
    /// <exception cref="ArgumentNullException"><paramref name="incident"/> is null.</exception>
    public void Seed(AlertIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        lock (gate)
        {
            incidents.Add(new Entry(incident, null));
        }
    }

    /// <summary>Closes an incident: it is no longer found and takes no attachments.</summary>
    /// <param name="id">The incident.</param>
    /// <returns>True when it was open.</returns>
    public bool Resolve(IncidentId id)
    {
        lock (gate)
        {
            Entry? e = incidents.Find(x => x.Incident.Id == id && x.IsOpen);
            if (e is null)
            {
                return false;
            }

            e.IsOpen = false;
            return true;
        }
    }

    /// <inheritdoc />
    public Task<AlertIncident?> FindOpenByFingerprintAsync(string fingerprint, Instant openedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fingerprint);
        return Task.FromResult(Find(i => i.Fingerprint == fingerprint, openedSince));
    }

    /// <inheritdoc />
    public Task<AlertIncident?> FindOpenByConfigurationItemAsync(ConfigurationItemId configurationItem, Instant openedSince, CancellationToken cancellationToken) =>
        Task.FromResult(Find(i => i.ConfigurationItem == configurationItem, openedSince));

    /// <inheritdoc />
    public Task<IncidentId> OpenAsync(AlertIncidentRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (gate)
        {
            var id = new IncidentId(string.Create(CultureInfo.InvariantCulture, $"INC-{incidents.Count + 1}"));
            Alert alert = request.Alert;
            incidents.Add(new Entry(new AlertIncident(id, alert.Fingerprint, alert.ConfigurationItem, request.Service, alert.ReceivedAt), request));
            return Task.FromResult(id);
        }
    }

    /// <inheritdoc />
    public Task<bool> AttachAsync(IncidentId incident, TriageDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        lock (gate)
        {
            if (!incidents.Exists(e => e.Incident.Id == incident && e.IsOpen))
            {
                return Task.FromResult(false);
            }

            attachments.Add((incident, decision));
            return Task.FromResult(true);
        }
    }

    private AlertIncident? Find(Func<AlertIncident, bool> match, Instant openedSince)
    {
        lock (gate)
        {
            return incidents
                .Where(e => e.IsOpen && e.Incident.OpenedAt >= openedSince && match(e.Incident))
                .Select(e => e.Incident)
                .LastOrDefault();
        }
    }

    private sealed class Entry
    {
        public Entry(AlertIncident incident, AlertIncidentRequest? request)
        {
            Incident = incident;
            Request = request;
        }

        public AlertIncident Incident { get; }

        public AlertIncidentRequest? Request { get; }

        public bool IsOpen { get; set; } = true;
    }
}
