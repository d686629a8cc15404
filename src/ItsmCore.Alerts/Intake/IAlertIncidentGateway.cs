using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// Port: the incident side of alert intake. ItsmCore.Alerts does not reference ItsmCore.Incidents; the host implements
/// this port over its incidents (find open incidents by fingerprint or CI, open new ones, attach alerts), and
/// ItsmCore.Testing has an in-memory implementation (<c>InMemoryAlertIncidentGateway</c>). Implementations must be safe
/// to call concurrently when the intake is shared.
/// </summary>
public interface IAlertIncidentGateway
{
    /// <summary>The most recently opened open incident with this fingerprint opened at or after <paramref name="openedSince"/>, or null.</summary>
    /// <param name="fingerprint">The fingerprint.</param>
    /// <param name="openedSince">The start of the window.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The incident, or null.</returns>
    Task<AlertIncident?> FindOpenByFingerprintAsync(string fingerprint, Instant openedSince, CancellationToken cancellationToken);

    /// <summary>The most recently opened open incident about this CI opened at or after <paramref name="openedSince"/>, or null.</summary>
    /// <param name="configurationItem">The CI.</param>
    /// <param name="openedSince">The start of the window.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The incident, or null.</returns>
    Task<AlertIncident?> FindOpenByConfigurationItemAsync(ConfigurationItemId configurationItem, Instant openedSince, CancellationToken cancellationToken);

    /// <summary>Opens an incident for an alert.</summary>
    /// <param name="request">What to open.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The new incident's id.</returns>
    Task<IncidentId> OpenAsync(AlertIncidentRequest request, CancellationToken cancellationToken);

    /// <summary>Attaches an alert to an incident (a journal note, a link: the host decides).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="decision">The decision (with the alert) that attached it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>True when attached; false when the incident is no longer open (the intake then opens one).</returns>
    Task<bool> AttachAsync(IncidentId incident, TriageDecision decision, CancellationToken cancellationToken);
}
