using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>
/// Calendars, rules, actors, instants and a recorded incident shared by the Incident aggregate tests.
/// Calendars: "24x7" (always open, Asia/Tokyo) and "jp-office" (Mon-Fri 09:00-18:00 Asia/Tokyo with JP holidays).
/// </summary>
internal static class Kit
{
    public const string OfficeId = "jp-office";

    public const string AlwaysId = "24x7";

    public static DateTimeZone Tokyo { get; } = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

    public static BusinessCalendar Office { get; } =
        BusinessCalendar.CreateBuilder(OfficeId, Tokyo).WithWeekdayHours("09:00-18:00").AddHolidaySet("JP").Build();

    public static BusinessCalendar Always { get; } = BusinessCalendar.AlwaysOpen(Tokyo);

    public static BusinessCalendarCatalog Calendars { get; } = BusinessCalendarCatalog.Of(new[] { Always, Office });

    public static IncidentId Id { get; } = new("INC-0001");

    public static Actor Desk { get; } = Actor.Of("desk.sato", "Sato (service desk)");

    public static Actor Engineer { get; } = Actor.Of("eng.tanaka", "Tanaka");

    public static Actor Manager { get; } = Actor.Of("im.suzuki", "Suzuki (incident manager)");

    public static Actor Reporter { get; } = Actor.Of("user.yamada", "Yamada");

    /// <summary>Friday 5 June 2026, 16:00 JST (Monday 8 June is a working day).</summary>
    public static Instant Friday1600 { get; } = Jst(2026, 6, 5, 16);

    /// <summary>Task deadlines: Critical 2h and High 4h on 24x7, Medium next business day 09:00 on jp-office, Low 48h on 24x7; none for Planning.</summary>
    public static SlaDefinition TaskTargets { get; } =
        SlaDefinition.CreateBuilder("major-incident-task", SlaMetric.Custom("major-incident-task"))
            .WithPriority("Critical", null, OnAlways(H(2)))
            .WithPriority("High", null, OnAlways(H(4)))
            .WithPriority("Medium", null, SlaTarget.NextBusinessDayAt(new LocalTime(9, 0), OfficeId))
            .WithPriority("Low", null, OnAlways(H(48)))
            .Build();

    /// <summary>Rules with the four incident metrics (<see cref="StandardDefinitions"/>), task targets and a 2 h escalation reply target on jp-office.</summary>
    public static IncidentRules Standard { get; } = Rules(StandardDefinitions(SlaTargetChangePolicy.KeepStart));

    /// <summary>Rules without SLA definitions, task targets or escalation target.</summary>
    public static IncidentRules Bare { get; } = Rules(_ => { });

    public static Instant Jst(int year, int month, int day, int hour, int minute = 0, int second = 0) =>
        Tokyo.AtStrictly(new LocalDateTime(year, month, day, hour, minute, second)).ToInstant();

    public static Duration H(long hours) => Duration.FromHours(hours);

    public static Duration M(long minutes) => Duration.FromMinutes(minutes);

    public static SlaTarget OnOffice(Duration workingTime) => SlaTarget.Within(workingTime, OfficeId);

    public static SlaTarget OnAlways(Duration workingTime) => SlaTarget.Within(workingTime, AlwaysId);

    public static IncidentRules Rules(Action<IncidentOptions> configure)
    {
        var options = new IncidentOptions();
        configure(options);
        return IncidentRules.Create(options, Calendars);
    }

    /// <summary>Rules with exactly these SLA definitions plus the standard task targets and escalation reply target.</summary>
    public static IncidentRules Rules(IEnumerable<SlaDefinition> definitions) => Rules(o =>
    {
        foreach (SlaDefinition definition in definitions)
        {
            o.SlaDefinitions.Add(definition);
        }

        o.MajorIncidentTaskTargets = TaskTargets;
        o.EscalationReplyTarget = OnOffice(H(2));
    });

    /// <summary>Rules with only these SLA definitions (no task targets, no escalation reply target).</summary>
    public static IncidentRules Only(params SlaDefinition[] definitions) => Rules(o =>
    {
        foreach (SlaDefinition definition in definitions)
        {
            o.SlaDefinitions.Add(definition);
        }
    });

    /// <summary>
    /// First response (jp-office; objective/agreement): Critical 15m/30m, High 30m/1h, Medium 1h/2h, Low 2h/4h, Planning 4h/8h.
    /// Resolution (jp-office, thresholds 50/75/90): Critical 1h/2h, High 2h/4h, Medium 4h/8h, Low 8h/16h, Planning -/40h.
    /// Customer notification (24x7): Critical and High 15m/30m; Medium, Low, Planning 60m objective only.
    /// Recurring update (jp-office, agreement only): Critical and High 1h, Medium 2h, Low 4h, Planning 8h.
    /// </summary>
    public static IReadOnlyList<SlaDefinition> StandardDefinitions(SlaTargetChangePolicy policy) =>
    [
        SlaDefinition.CreateBuilder("first-response", SlaMetric.FirstResponse).WithTargetChangePolicy(policy)
            .WithPriority("Critical", OnOffice(M(15)), OnOffice(M(30)))
            .WithPriority("High", OnOffice(M(30)), OnOffice(H(1)))
            .WithPriority("Medium", OnOffice(H(1)), OnOffice(H(2)))
            .WithPriority("Low", OnOffice(H(2)), OnOffice(H(4)))
            .WithPriority("Planning", OnOffice(H(4)), OnOffice(H(8)))
            .Build(),
        SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution).WithTargetChangePolicy(policy).WithThresholds(SlaThresholds.Default)
            .WithPriority("Critical", OnOffice(H(1)), OnOffice(H(2)))
            .WithPriority("High", OnOffice(H(2)), OnOffice(H(4)))
            .WithPriority("Medium", OnOffice(H(4)), OnOffice(H(8)))
            .WithPriority("Low", OnOffice(H(8)), OnOffice(H(16)))
            .WithPriority("Planning", null, OnOffice(H(40)))
            .Build(),
        SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification).WithTargetChangePolicy(policy)
            .WithPriority("Critical", OnAlways(M(15)), OnAlways(M(30)))
            .WithPriority("High", OnAlways(M(15)), OnAlways(M(30)))
            .WithPriority("Medium", OnAlways(M(60)), null)
            .WithPriority("Low", OnAlways(M(60)), null)
            .WithPriority("Planning", OnAlways(M(60)), null)
            .Build(),
        SlaDefinition.CreateBuilder("interim-update", SlaMetric.RecurringUpdate).WithTargetChangePolicy(policy)
            .WithPriority("Critical", null, OnOffice(H(1)))
            .WithPriority("High", null, OnOffice(H(1)))
            .WithPriority("Medium", null, OnOffice(H(2)))
            .WithPriority("Low", null, OnOffice(H(4)))
            .WithPriority("Planning", null, OnOffice(H(8)))
            .Build(),
    ];

    /// <summary>One agreement-only definition for <paramref name="metric"/>, the same target for every priority of the default scale.</summary>
    public static SlaDefinition Single(SlaMetric metric, SlaTarget agreement, SlaTargetChangePolicy policy = SlaTargetChangePolicy.KeepStart, string? id = null)
    {
        SlaDefinitionBuilder builder = SlaDefinition.CreateBuilder(id ?? metric.Name, metric).WithTargetChangePolicy(policy);
        foreach (Priority priority in PriorityScale.Default.Levels)
        {
            builder.WithPriority(priority.Name, null, agreement);
        }

        return builder.Build();
    }

    public static RecordIncident RecordCommand(string impact = "High", string urgency = "Medium", int? severity = null, Instant? reportedAt = null) =>
        new("Payment API returns 502", "Checkout fails for some customers.", Reporter, ReportingChannel.Phone, impact, urgency)
        {
            ReportedAt = reportedAt,
            Severity = severity,
        };

    /// <summary>Records an incident (default: High impact, Medium urgency = priority 2 High, severity 2 Normal) at Friday 16:00 JST.</summary>
    public static Incident Record(
        IncidentRules? rules = null, Instant? at = null, string impact = "High", string urgency = "Medium", int? severity = null, Instant? reportedAt = null) =>
        Incident.Record(RecordCommand(impact, urgency, severity, reportedAt), Id, Desk, at ?? Friday1600, rules ?? Standard);

    /// <summary>An incident driven to <paramref name="status"/> through the public commands, one minute per step from <paramref name="start"/>.</summary>
    public static Incident InState(IncidentStatus status, IncidentRules? rules = null, Instant? start = null)
    {
        Instant at = start ?? Friday1600;
        Incident incident = Record(rules, at);
        if (status == IncidentStatus.New)
        {
            return incident;
        }

        if (status == IncidentStatus.Cancelled)
        {
            incident.Cancel(new CancelIncident("Raised in error"), Desk, at += M(1));
            return incident;
        }

        incident.Assign(new AssignIncident("payments-l2") { Assignee = Engineer }, Desk, at += M(1));
        if (status == IncidentStatus.Assigned)
        {
            return incident;
        }

        incident.StartWork(Engineer, at += M(1));
        if (status == IncidentStatus.InProgress)
        {
            return incident;
        }

        if (status == IncidentStatus.OnHold)
        {
            incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingCustomer) { Note = "Asked for the failing order ids" }, Engineer, at + M(1));
            return incident;
        }

        incident.Resolve(new ResolveIncident("fixed", "Restarted the gateway pool."), Engineer, at += M(1));
        if (status == IncidentStatus.Resolved)
        {
            return incident;
        }

        incident.Close(new CloseIncident { Note = "Customer confirmed" }, Desk, at + M(1));
        return incident;
    }

    /// <summary>The clock of the definition with this id (throws when it has not started).</summary>
    public static TieredSlaClock Clock(this Incident incident, string definitionId) =>
        incident.SlaClocks.Single(c => c.Definition.Id == definitionId);

    public static SlaStatus Agreement(this Incident incident, string definitionId, Instant at) =>
        incident.Clock(definitionId).Evaluate(at).Agreement ?? throw new InvalidOperationException($"'{definitionId}' has no agreement clock.");

    public static SlaStatus Objective(this Incident incident, string definitionId, Instant at) =>
        incident.Clock(definitionId).Evaluate(at).Objective ?? throw new InvalidOperationException($"'{definitionId}' has no objective clock.");

    public static string JournalText(this Incident incident) => string.Join("\n", incident.Journal.Select(e => e.ToString())) + "\n";
}
