using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>Which SLA metrics the incident lifecycle drives.</summary>
internal static class IncidentSlaRules
{
    public static bool IsDriven(SlaMetric metric) =>
        metric == SlaMetric.FirstResponse || metric == SlaMetric.Resolution
        || metric == SlaMetric.CustomerNotification || metric == SlaMetric.RecurringUpdate;
}
