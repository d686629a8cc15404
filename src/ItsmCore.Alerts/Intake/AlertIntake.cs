using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>
/// Alert intake: triage, service impact from the CMDB, acting through the <see cref="IAlertIncidentGateway"/>, and the
/// clocks. Thread-safe when the gateway is.
/// </summary>
/// <remarks>
/// <para>For each alert (<see cref="ReceiveAsync"/>):</para>
/// <list type="number">
/// <item>Triage decides (<see cref="AlertTriage.Decide"/>). <see cref="TriageAction.NoAction"/> ends here: nothing is
/// opened and no clock starts (the reason is in the decision).</item>
/// <item>Otherwise the service impact is assessed on the graph given (<see cref="ServiceImpact.Assess"/>); without a
/// graph, or for a CI it does not hold, the impact is unknown and counts as service affecting (an alert nobody can place
/// is notified on the stricter clock).</item>
/// <item><see cref="TriageAction.AttachToOpenIncident"/>: the open incident with the alert's fingerprint opened within
/// the window before receipt, else the one about its CI; when there is none, or it closed meanwhile, an incident is
/// opened as for <see cref="TriageAction.OpenIncident"/>.</item>
/// <item><see cref="TriageAction.OpenIncident"/>: one incident per business service Down, each with that service; when
/// no service is Down (absorbed by redundancy, no service impaired, unknown), one incident on the CI.</item>
/// <item><see cref="TriageAction.Notify"/> and alerts no rule matched (manual triage) open nothing.</item>
/// <item>The clocks start for every alert but no action (<see cref="AlertClocks.Start"/>), service affecting as
/// assessed.</item>
/// </list>
/// </remarks>
public sealed class AlertIntake
{
    private readonly IAlertIncidentGateway gateway;

    /// <summary>Creates an intake.</summary>
    /// <param name="triage">The triage.</param>
    /// <param name="gateway">The incident gateway.</param>
    /// <param name="clockPolicy">The clock policy; null for <see cref="AlertClockPolicy.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="triage"/> or <paramref name="gateway"/> is null.</exception>
    public AlertIntake(AlertTriage triage, IAlertIncidentGateway gateway, AlertClockPolicy? clockPolicy = null)
    {
        ArgumentNullException.ThrowIfNull(triage);
        ArgumentNullException.ThrowIfNull(gateway);
        Triage = triage;
        this.gateway = gateway;
        ClockPolicy = clockPolicy ?? AlertClockPolicy.Default;
    }

    /// <summary>The triage.</summary>
    public AlertTriage Triage { get; }

    /// <summary>The clock policy.</summary>
    public AlertClockPolicy ClockPolicy { get; }

    /// <summary>Receives one alert (see the remarks for the steps).</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="graph">The CMDB graph for service impact (normally as of the alert's instant); null when none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was decided and done.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public async Task<AlertIntakeResult> ReceiveAsync(Alert alert, CmdbGraph? graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        TriageDecision decision = Triage.Decide(alert);
        TriageOutcome? outcome = decision.Outcome;
        if (outcome?.Action == TriageAction.NoAction)
        {
            return new AlertIntakeResult(decision, null, null, Array.Empty<IncidentId>(), null, null);
        }

        ServiceImpact impact = graph is null ? ServiceImpact.Unknown(alert.ConfigurationItem) : ServiceImpact.Assess(graph, alert.ConfigurationItem);
        bool affecting = impact.Kind is ServiceImpactKind.ServiceAffecting or ServiceImpactKind.Unknown;
        AlertClocks clocks = AlertClocks.Start(alert, affecting, ClockPolicy);
        IncidentId? attachedTo = null;
        IReadOnlyList<IncidentId> opened = Array.Empty<IncidentId>();
        switch (outcome?.Action)
        {
            case TriageAction.AttachToOpenIncident:
                attachedTo = await AttachAsync(decision, outcome.Window!.Value, cancellationToken).ConfigureAwait(false);
                if (attachedTo is null)
                {
                    opened = await OpenAsync(decision, outcome.Priority!, impact, affecting, cancellationToken).ConfigureAwait(false);
                }

                break;
            case TriageAction.OpenIncident:
                opened = await OpenAsync(decision, outcome.Priority!, impact, affecting, cancellationToken).ConfigureAwait(false);
                break;
        }

        return new AlertIntakeResult(decision, impact, attachedTo, opened, outcome?.ContactList, clocks);
    }

    private async Task<IncidentId?> AttachAsync(TriageDecision decision, NodaTime.Duration window, CancellationToken cancellationToken)
    {
        Alert alert = decision.Alert;
        NodaTime.Instant since = alert.ReceivedAt - window;
        AlertIncident? open = await gateway.FindOpenByFingerprintAsync(alert.Fingerprint, since, cancellationToken).ConfigureAwait(false);
        if (open is null && alert.ConfigurationItem is { } ci)
        {
            open = await gateway.FindOpenByConfigurationItemAsync(ci, since, cancellationToken).ConfigureAwait(false);
        }

        return open is not null && await gateway.AttachAsync(open.Id, decision, cancellationToken).ConfigureAwait(false) ? open.Id : null;
    }

    private async Task<IReadOnlyList<IncidentId>> OpenAsync(TriageDecision decision, string priority, ServiceImpact impact, bool affecting, CancellationToken cancellationToken)
    {
        Alert alert = decision.Alert;
        IReadOnlyList<ServiceId> down = impact.ServicesDown;
        var opened = new List<IncidentId>();
        if (down.Count == 0)
        {
            string on = alert.ConfigurationItem is { } ci ? ci.Value : alert.Source;
            opened.Add(await gateway.OpenAsync(new AlertIncidentRequest(alert, decision, priority, null, affecting, $"{alert.Check} on {on}"), cancellationToken).ConfigureAwait(false));
            return opened;
        }

        foreach (ServiceId service in down)
        {
            var request = new AlertIncidentRequest(alert, decision, priority, service, true, $"{service.Value} down: {alert.Check} on {alert.ConfigurationItem!.Value.Value}");
            opened.Add(await gateway.OpenAsync(request, cancellationToken).ConfigureAwait(false));
        }

        return opened;
    }
}
