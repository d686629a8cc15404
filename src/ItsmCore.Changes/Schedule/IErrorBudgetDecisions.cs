using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>
/// Port: a service's error-budget decision. The host answers from its SLO tooling; the schedule asks once per change
/// and affected service, at the change's window start. Implementations must be thread-safe if the schedule is used concurrently.
/// </summary>
public interface IErrorBudgetDecisions
{
    /// <summary>
    /// Whether a release freeze is in force for the service at the instant. Freezes are half-open periods [from, to):
    /// at the instant a freeze ends the answer is false, so a change starting then goes on.
    /// </summary>
    /// <param name="service">The business service.</param>
    /// <param name="at">The instant asked about.</param>
    bool IsFrozen(ConfigurationItemId service, Instant at);
}
