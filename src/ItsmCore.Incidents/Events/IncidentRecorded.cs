using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident was recorded. Journal action <c>Recorded</c>: title, status, impact, urgency, priority and severity set.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Title">The title.</param>
/// <param name="Description">The description.</param>
/// <param name="ReportedAt">When it was reported; SLA clocks start here.</param>
/// <param name="ReportedBy">Who reported it.</param>
/// <param name="Channel">How it reached the desk.</param>
/// <param name="Service">The affected service, or null.</param>
/// <param name="ConfigurationItems">The affected configuration items.</param>
/// <param name="Category">The classification.</param>
/// <param name="Impact">The impact level.</param>
/// <param name="Urgency">The urgency level.</param>
/// <param name="Priority">The priority the matrix gave.</param>
/// <param name="Severity">The severity level.</param>
/// <param name="SlaAttachments">
/// The SLA definitions attached to the incident: for each of the rules' definitions, the version in force when it was
/// reported (targets, tiers, calendar ids, change policies, and when the version took effect) and the target rule that
/// chose its targets by the incident's attributes, if rules did. Its clocks are measured against these for good: a
/// rebuild uses them, not the current options, so editing, reordering or versioning the configured definitions or
/// rules never moves the deadlines of recorded incidents.
/// </param>
/// <param name="SlaCalendar">
/// The calendar the clocks start on instead of their targets' own: the major-incident policy's calendar when the
/// severity met the policy at recording; otherwise null.
/// </param>
public sealed record IncidentRecorded(
    IncidentId Incident,
    long Version,
    Instant At,
    Actor Actor,
    string Title,
    string Description,
    Instant ReportedAt,
    Actor ReportedBy,
    ReportingChannel Channel,
    ServiceId? Service,
    EquatableArray<ConfigurationItemId> ConfigurationItems,
    CategoryPath Category,
    string Impact,
    string Urgency,
    Priority Priority,
    SeverityLevel Severity,
    EquatableArray<IncidentSlaAttachment> SlaAttachments,
    string? SlaCalendar)
    : IncidentEvent(Incident, Version, At, Actor)
{
    private readonly DateTimeZone zone = DateTimeZone.Utc;

    /// <summary>
    /// The incident's zone (<see cref="Incidents.Incident.Zone"/>): the command's, or by default its SLA calendar's
    /// zone (see <see cref="RecordIncident.Zone"/>), UTC when it has none. Its journal shows instants in it.
    /// </summary>
    /// <value>The default value is <see cref="DateTimeZone.Utc"/> (also for events stored before incidents had a zone).</value>
    /// <remarks>Set by a <c>with</c> expression or an object initializer; null is refused.</remarks>
    public DateTimeZone Zone
    {
        get => zone;
        init => zone = value ?? throw new System.ArgumentNullException(nameof(value));
    }

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Recorded",
            new JournalChanges()
                .Set("Title", null, Title)
                .Set("Status", null, IncidentStatus.New.ToString())
                .Set("Impact", null, Impact)
                .Set("Urgency", null, Urgency)
                .Set("Priority", null, Priority.ToString())
                .Set("Severity", null, Severity.ToString()));
}
