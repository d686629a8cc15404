using ItsmCore.Incidents;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Samples.Host.Incidents;

/// <summary>
/// The incident rules of the sample host: the domain brief's case 1 customer-notification (SLO 15 min, SLA 30 min for
/// service-affecting priorities) and interim-update (60 min) definitions, and case 2's major-incident task targets
/// (high 4 h, medium 24 h, low 48 h on 24x7), on <see cref="SampleCalendars.Catalog"/>. The default priority matrix,
/// severity scale and major-incident policy (severity 3 or more, worked on "24x7") apply.
/// </summary>
internal static class HostIncidentRules
{
    public static SlaDefinition CustomerNotification { get; } =
        SlaDefinition.CreateBuilder("customer-notification", SlaMetric.CustomerNotification)
            .WithName("Customer notified of a failure, from alert receipt")
            .WithPriority("Critical", Within(15, "24x7"), Within(30, "24x7"))
            .WithPriority("High", Within(15, "24x7"), Within(30, "24x7"))
            .WithPriority("Medium", Within(60, "24x7"), null)
            .WithPriority("Low", Within(60, "24x7"), null)
            .WithPriority("Planning", Within(60, "24x7"), null)
            .Build();

    public static SlaDefinition InterimUpdate { get; } =
        SlaDefinition.CreateBuilder("interim-update", SlaMetric.RecurringUpdate)
            .WithName("Interim report while unresolved")
            .WithPriority("Critical", null, Within(60, "24x7"))
            .WithPriority("High", null, Within(60, "24x7"))
            .WithPriority("Medium", Within(60, "24x7"), null)
            .WithPriority("Low", Within(60, "24x7"), null)
            .WithPriority("Planning", Within(60, "24x7"), null)
            .Build();

    public static SlaDefinition TaskTargets { get; } =
        SlaDefinition.CreateBuilder("major-incident-tasks", SlaMetric.Resolution)
            .WithName("Major-incident task deadlines")
            .WithPriority("High", Within(4 * 60, "24x7"), null)
            .WithPriority("Medium", Within(24 * 60, "24x7"), null)
            .WithPriority("Low", Within(48 * 60, "24x7"), null)
            .Build();

    public static IncidentRules Rules { get; } = Create();

    private static IncidentRules Create()
    {
        var options = new IncidentOptions { MajorIncidentTaskTargets = TaskTargets };
        options.SlaDefinitions.Add(CustomerNotification);
        options.SlaDefinitions.Add(InterimUpdate);
        return IncidentRules.Create(options, SampleCalendars.Catalog);
    }

    private static SlaTarget Within(long minutes, string calendarId) => SlaTarget.Within(Duration.FromMinutes(minutes), calendarId);
}
