using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>
/// What <see cref="AlertIntake"/> asks the <see cref="IAlertIncidentGateway"/> to open: an incident for an alert, with
/// the priority the rule gave, the affected business service (one incident per affected service) or none, whether
/// the failure is service affecting, a title, and the decision (rule and versions) to record with it.
/// </summary>
/// <param name="Alert">The alert.</param>
/// <param name="Decision">The triage decision.</param>
/// <param name="Priority">The priority (the host's name).</param>
/// <param name="Service">The affected business service; null for an incident on the CI alone.</param>
/// <param name="ServiceAffecting">Whether the failure affects a service (see <see cref="ServiceImpact"/>).</param>
/// <param name="Title">A title for the incident.</param>
public sealed record AlertIncidentRequest(Alert Alert, TriageDecision Decision, string Priority, ServiceId? Service, bool ServiceAffecting, string Title);
