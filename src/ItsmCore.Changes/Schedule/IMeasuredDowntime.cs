using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Port: the downtime measured for a service, as the host knows it now (for example the
/// <c>ItsmCore.Sla.AvailabilityReport.Downtime</c> of its outages). The schedule asks once per change and service
/// whose outage allowance is an availability budget, for the calendar month containing the change's window start.
/// Implementations must be thread-safe if the schedule is used concurrently.
/// </summary>
public interface IMeasuredDowntime
{
    /// <summary>
    /// The downtime counted against the service's availability within the period (inside service hours, outside
    /// planned downtime), as known now; zero or more.
    /// </summary>
    /// <param name="service">The business service.</param>
    /// <param name="period">The period [start, end), a calendar month.</param>
    Duration DowntimeIn(ConfigurationItemId service, Interval period);
}
