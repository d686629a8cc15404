using System;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;

namespace ItsmCore.Testing;

/// <summary>
/// Entry points of the test builders: <c>Build.Incident().WithPriority("High").InProgress().Build()</c>,
/// <c>Build.Problem().WithIncidents("INC-1").KnownError().Build()</c>,
/// <c>Build.ServiceRequest().OfType("os-config").Approved().Build()</c>. Thread-safe.
/// </summary>
public static class Build
{
    private static readonly Lazy<IncidentRules> Rules = new(() => IncidentRules.Create(
        new IncidentOptions(),
        BusinessCalendarCatalog.Of([TestCalendars.AlwaysOpen(TestCalendars.Zone(TestCalendars.TokyoZoneId)), TestCalendars.TokyoBusinessDays()])));

    /// <summary>
    /// The rules builders use unless told otherwise: the default options (3 x 3 matrix, 0-4 severity, major at 3 on
    /// <c>"24x7"</c>, no SLA definitions) over the calendars <c>"24x7"</c> and <c>"tokyo-business-days"</c>.
    /// </summary>
    public static IncidentRules DefaultIncidentRules => Rules.Value;

    /// <summary>The id of the default catalogue's type that needs no approval (fulfilment within 1 business day on <c>"tokyo-business-days"</c>).</summary>
    public const string AccountChangeTypeId = "account-change";

    /// <summary>The id of the default catalogue's type that needs approval by <c>"change-managers"</c> or <c>"cab.chair"</c> (fulfilment within 5 business days).</summary>
    public const string OsConfigurationTypeId = "os-config";

    private static readonly Lazy<ServiceRequestRules> RequestRules = new(() => ServiceRequestRules.Create(
        new ServiceRequestOptions
        {
            Catalog = ServiceCatalog.Of(
            [
                new ServiceRequestType(
                    AccountChangeTypeId, "Account change", ServiceImpact.Minor, SlaTarget.WithinBusinessDays(1, BusinessDayEnd.SameTimeOfDay, TestCalendars.TokyoBusinessDays().Id)),
                new ServiceRequestType(
                    OsConfigurationTypeId,
                    "OS / middleware configuration",
                    ServiceImpact.ServiceImpacting,
                    SlaTarget.WithinBusinessDays(5, BusinessDayEnd.SameTimeOfDay, TestCalendars.TokyoBusinessDays().Id),
                    requiresApproval: true,
                    approvers: ["cab.chair", "change-managers"]),
            ]),
        },
        BusinessCalendarCatalog.Of([TestCalendars.AlwaysOpen(TestCalendars.Zone(TestCalendars.TokyoZoneId)), TestCalendars.TokyoBusinessDays()])));

    /// <summary>
    /// The service request rules builders use unless told otherwise: a catalogue of <see cref="AccountChangeTypeId"/>
    /// and <see cref="OsConfigurationTypeId"/> over the calendars <c>"24x7"</c> and <c>"tokyo-business-days"</c>.
    /// </summary>
    public static ServiceRequestRules DefaultServiceRequestRules => RequestRules.Value;

    /// <summary>Starts an incident builder.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static IncidentBuilder Incident() => new();

    /// <summary>Starts a problem builder.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static ProblemBuilder Problem() => new();

    /// <summary>Starts a service request builder.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static ServiceRequestBuilder ServiceRequest() => new();
    /// <summary>A builder of a change request (a normal change with a tested rollback plan by default).</summary>
    /// <returns>A new builder.</returns>
    public static ChangeRequestBuilder ChangeRequest() => new();
    /// <summary>Starts a configuration item builder (a server in production, recorded by <c>ops</c>).</summary>
    /// <returns>The builder.</returns>
    public static ConfigurationItemBuilder ConfigurationItem() => new();

    /// <summary>Starts a small CMDB graph builder.</summary>
    /// <returns>The builder.</returns>
    public static CmdbGraphBuilder CmdbGraph() => new();
}
