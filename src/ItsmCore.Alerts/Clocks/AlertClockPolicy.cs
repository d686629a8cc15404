using System;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Alerts;

/// <summary>
/// The clocks of an alert: the detection target (raised to received), the customer-notification targets chosen by the
/// condition-based <see cref="SlaTargetRules"/> over one flag, <see cref="ServiceAffectedFlag"/>, the interim reports
/// owed while a service-affecting failure is unresolved, and the calendars the targets are measured on. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Default"/> is case 1 of the domain brief with case 6's detection target: detection within 5 minutes;
/// customer notification from alert receipt, 24x7, SLO 15 min and SLA 30 min when the service is affected, SLO 60 min
/// and no SLA when not; an interim report every 60 minutes (fixed schedule from receipt) while unresolved.
/// </remarks>
public sealed class AlertClockPolicy
{
    /// <summary>The flag attribute the notification rules select on: whether the failure affects a service.</summary>
    public const string ServiceAffectedFlag = "serviceAffected";

    /// <summary>The id of the default calendar (open around the clock, UTC).</summary>
    public const string AlwaysOpenCalendarId = "24x7";

    private static readonly Lazy<AlertClockPolicy> DefaultPolicy = new(CreateDefault);

    private AlertClockPolicy(Duration detectionTarget, SlaTargetRules notificationRules, RecurringObligation interimReports, IBusinessCalendarProvider calendars, BusinessCalendar detectionCalendar)
    {
        DetectionTarget = detectionTarget;
        NotificationRules = notificationRules;
        InterimReports = interimReports;
        Calendars = calendars;
        DetectionCalendar = detectionCalendar;
    }

    /// <summary>Case 1 with case 6's 5-minute detection (see the remarks).</summary>
    public static AlertClockPolicy Default => DefaultPolicy.Value;

    /// <summary>How long detection (raised to received) may take.</summary>
    public Duration DetectionTarget { get; }

    /// <summary>The customer-notification targets, selected by <see cref="ServiceAffectedFlag"/>.</summary>
    public SlaTargetRules NotificationRules { get; }

    /// <summary>The interim reports owed while a service-affecting failure is unresolved.</summary>
    public RecurringObligation InterimReports { get; }

    /// <summary>The calendars the notification targets name.</summary>
    public IBusinessCalendarProvider Calendars { get; }

    /// <summary>The calendar detection and interim reports are measured on.</summary>
    public BusinessCalendar DetectionCalendar { get; }

    /// <summary>Creates a policy.</summary>
    /// <param name="detectionTarget">How long detection may take, positive.</param>
    /// <param name="notificationRules">Target rules that declare exactly one attribute, the flag <see cref="ServiceAffectedFlag"/>, and select a priority for both of its values.</param>
    /// <param name="interimReports">The interim-report obligation.</param>
    /// <param name="calendars">The calendars the notification targets name.</param>
    /// <param name="detectionCalendar">The calendar of detection and interim reports (normally 24x7).</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rules declare other attributes or select nothing for a value of the flag (the message lists every problem).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="detectionTarget"/> is not positive.</exception>
    public static AlertClockPolicy Create(Duration detectionTarget, SlaTargetRules notificationRules, RecurringObligation interimReports, IBusinessCalendarProvider calendars, BusinessCalendar detectionCalendar)
    {
        ArgumentNullException.ThrowIfNull(notificationRules);
        ArgumentNullException.ThrowIfNull(interimReports);
        ArgumentNullException.ThrowIfNull(calendars);
        ArgumentNullException.ThrowIfNull(detectionCalendar);
        if (detectionTarget <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(detectionTarget), detectionTarget, "The detection target must be positive.");
        }

        if (!notificationRules.Flags.SequenceEqual(new[] { ServiceAffectedFlag }) || notificationRules.TextAttributes.Count > 0)
        {
            throw new ArgumentException($"The notification rules must declare exactly one attribute, the flag '{ServiceAffectedFlag}'.", nameof(notificationRules));
        }

        string[] missing = new[] { true, false }
            .Where(v => notificationRules.Select(SlaTicketAttributes.Empty.With(ServiceAffectedFlag, v)) is null)
            .Select(v => $"no rule selects a priority when '{ServiceAffectedFlag}' is {(v ? "true" : "false")}.")
            .ToArray();
        return missing.Length > 0
            ? throw new ArgumentException("Invalid notification rules: " + string.Join(" ", missing), nameof(notificationRules))
            : new AlertClockPolicy(detectionTarget, notificationRules, interimReports, calendars, detectionCalendar);
    }

    private static AlertClockPolicy CreateDefault()
    {
        SlaDefinition notification = SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
            .WithPriority("service-affected", SlaTarget.Within(Duration.FromMinutes(15), AlwaysOpenCalendarId), SlaTarget.Within(Duration.FromMinutes(30), AlwaysOpenCalendarId))
            .WithPriority("service-not-affected", SlaTarget.Within(Duration.FromMinutes(60), AlwaysOpenCalendarId), null)
            .Build();
        SlaTargetRules rules = SlaTargetRules.CreateBuilder(notification)
            .DeclareFlag(ServiceAffectedFlag)
            .AddRule("service affected", "service-affected", SlaCondition.FlagIs(ServiceAffectedFlag, true))
            .AddRule("service not affected", "service-not-affected", SlaCondition.FlagIs(ServiceAffectedFlag, false))
            .Build();
        BusinessCalendar always = BusinessCalendar.AlwaysOpen(DateTimeZone.Utc);
        return Create(
            Duration.FromMinutes(5),
            rules,
            new RecurringObligation("interim report", Duration.FromMinutes(60), RecurrenceAnchoring.FixedSchedule),
            BusinessCalendarCatalog.Of(new[] { always }),
            always);
    }
}
