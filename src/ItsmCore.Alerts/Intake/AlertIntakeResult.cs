using System.Collections.Generic;
using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>
/// What <see cref="AlertIntake"/> did with one alert: the decision, the service impact (null when not assessed: no
/// action, or no CMDB given), the incident the alert was attached to, the incidents opened, the contact list to notify,
/// and the clocks started (null for no action).
/// </summary>
/// <param name="Decision">The triage decision (rule and versions).</param>
/// <param name="Impact">The service impact; null when not assessed.</param>
/// <param name="AttachedTo">The open incident the alert was attached to; null when none.</param>
/// <param name="Opened">The incidents opened: one per business service Down, else one on the CI.</param>
/// <param name="NotifyContactList">The contact list to notify (<see cref="TriageAction.Notify"/>); null otherwise.</param>
/// <param name="Clocks">The detection, notification and interim-report clocks; null for no action.</param>
public sealed record AlertIntakeResult(
    TriageDecision Decision,
    ServiceImpact? Impact,
    IncidentId? AttachedTo,
    IReadOnlyList<IncidentId> Opened,
    string? NotifyContactList,
    AlertClocks? Clocks);
