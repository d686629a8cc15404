using System;
using System.Collections.Generic;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// The clocks of one alert under an <see cref="AlertClockPolicy"/>: detection (raised to received, stopped at receipt),
/// customer notification (from receipt, the tiers the policy's target rules select for "service affected"), and the
/// interim reports owed while a service-affecting failure is unresolved. Immutable: <see cref="Notified"/> returns new
/// clocks. Thread-safe.
/// </summary>
public sealed class AlertClocks
{
    private AlertClocks(Alert alert, bool serviceAffected, AlertClockPolicy policy, SlaClock detection, SlaTargetSelection selection, TieredSlaClock notification, Instant? objectiveDue, Instant? agreementDue, Instant? notifiedAt)
    {
        Alert = alert;
        ServiceAffected = serviceAffected;
        Policy = policy;
        Detection = detection;
        Selection = selection;
        Notification = notification;
        NotificationObjectiveDueAt = objectiveDue;
        NotificationAgreementDueAt = agreementDue;
        NotifiedAt = notifiedAt;
    }

    /// <summary>The alert.</summary>
    public Alert Alert { get; }

    /// <summary>Whether the failure was taken as service affecting.</summary>
    public bool ServiceAffected { get; }

    /// <summary>The policy.</summary>
    public AlertClockPolicy Policy { get; }

    /// <summary>The detection clock: started when raised, stopped when received (met or breached).</summary>
    public SlaClock Detection { get; }

    /// <summary>Whether detection met its target.</summary>
    public bool DetectionMet => Detection.Evaluate(Alert.ReceivedAt).State == SlaClockState.Met;

    /// <summary>The target rule the notification clocks were chosen by (its name is recorded with the measurement).</summary>
    public SlaTargetSelection Selection { get; }

    /// <summary>The notification clocks (objective and, when the priority has one, agreement), from receipt.</summary>
    public TieredSlaClock Notification { get; }

    /// <summary>When the notification objective (SLO) is due.</summary>
    public Instant? NotificationObjectiveDueAt { get; }

    /// <summary>When the notification agreement (SLA) is due; null when there is none (not service affecting, by default).</summary>
    public Instant? NotificationAgreementDueAt { get; }

    /// <summary>The deadline a notification is late against: the agreement's when there is one, else the objective's.</summary>
    public Instant? NotificationDueAt => NotificationAgreementDueAt ?? NotificationObjectiveDueAt;

    /// <summary>When the customer was notified; null until <see cref="Notified"/>.</summary>
    public Instant? NotifiedAt { get; }

    /// <summary>Starts the clocks of an alert.</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="serviceAffected">Whether the failure affects a service (normally <see cref="ServiceImpact.IsServiceAffecting"/>).</param>
    /// <param name="policy">The policy; null for <see cref="AlertClockPolicy.Default"/>.</param>
    /// <returns>The clocks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static AlertClocks Start(Alert alert, bool serviceAffected, AlertClockPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(alert);
        policy ??= AlertClockPolicy.Default;
        SlaClock detection = SlaClock.Start(policy.DetectionTarget, policy.DetectionCalendar, alert.RaisedAt).Stop(alert.ReceivedAt);
        SlaTargetSelection selection = policy.NotificationRules.Select(SlaTicketAttributes.Empty.With(AlertClockPolicy.ServiceAffectedFlag, serviceAffected))!;
        TieredSlaClock notification = TieredSlaClock.Start(policy.NotificationRules.Definition, selection.Priority, alert.ReceivedAt, policy.Calendars, selection.CalendarOverride);
        TieredSlaStatus status = notification.Evaluate(alert.ReceivedAt);
        return new AlertClocks(alert, serviceAffected, policy, detection, selection, notification, status.Objective?.DueAt, status.Agreement?.DueAt, null);
    }

    /// <summary>The customer was notified at <paramref name="at"/>: the notification clocks stop (met or breached).</summary>
    /// <param name="at">When; not before receipt.</param>
    /// <returns>The new clocks.</returns>
    /// <exception cref="InvalidOperationException">Already notified.</exception>
    /// <exception cref="SlaClockCommandException"><paramref name="at"/> is before receipt.</exception>
    public AlertClocks Notified(Instant at) =>
        NotifiedAt is not null
            ? throw new InvalidOperationException($"Alert {Alert.Id} was already notified at {NotifiedAt}.")
            : new AlertClocks(Alert, ServiceAffected, Policy, Detection, Selection, Notification.Stop(at), NotificationObjectiveDueAt, NotificationAgreementDueAt, at);

    /// <summary>The notification statuses at <paramref name="now"/>.</summary>
    /// <param name="now">The instant asked about.</param>
    /// <returns>Both tiers' statuses.</returns>
    public TieredSlaStatus NotificationStatus(Instant now) => Notification.Evaluate(now);

    /// <summary>Whether the notification is late at <paramref name="now"/>: notified after <see cref="NotificationDueAt"/>, or not yet notified after it.</summary>
    /// <param name="now">The instant asked about.</param>
    /// <returns>True when late.</returns>
    public bool IsNotificationLate(Instant now) =>
        NotificationDueAt is { } due && (NotifiedAt is { } n ? n > due : now > due);

    /// <summary>
    /// The interim reports owed from receipt until <paramref name="resolvedAt"/> (occurrences due at or after the
    /// resolution do not exist), judged against the reports made; null when the failure is not service affecting
    /// (nothing is owed).
    /// </summary>
    /// <param name="reports">When interim reports were made.</param>
    /// <param name="resolvedAt">When the failure was resolved; null while unresolved.</param>
    /// <param name="now">The instant asked about.</param>
    /// <returns>The evaluation, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    public RecurringObligationEvaluation? InterimReports(IEnumerable<Instant> reports, Instant? resolvedAt, Instant now)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return ServiceAffected ? Policy.InterimReports.Evaluate(Policy.DetectionCalendar, Alert.ReceivedAt, resolvedAt, reports, now) : null;
    }
}
