using System;
using ItsmCore.Calendars;
using ItsmCore.Incidents;

namespace ItsmCore.Testing;

/// <summary>
/// Entry points of the test builders: <c>Build.Incident().WithPriority("High").InProgress().Build()</c>,
/// <c>Build.Problem().WithIncidents("INC-1").KnownError().Build()</c>. Thread-safe.
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

    /// <summary>Starts an incident builder.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static IncidentBuilder Incident() => new();

    /// <summary>Starts a problem builder.</summary>
    /// <returns>A new builder with the defaults.</returns>
    public static ProblemBuilder Problem() => new();

    /// <summary>Starts a configuration item builder (a server in production, recorded by <c>ops</c>).</summary>
    /// <returns>The builder.</returns>
    public static ConfigurationItemBuilder ConfigurationItem() => new();

    /// <summary>Starts a small CMDB graph builder.</summary>
    /// <returns>The builder.</returns>
    public static CmdbGraphBuilder CmdbGraph() => new();
}
