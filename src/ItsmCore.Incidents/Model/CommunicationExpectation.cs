using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// An expected communication (e.g. "the supplier discloses within 30 minutes of the outage") and the SLA clock that
/// measures it from <paramref name="From"/> to the first matching communication.
/// </summary>
/// <param name="Name">The expectation's name.</param>
/// <param name="Audience">The party.</param>
/// <param name="Direction">Who must inform whom.</param>
/// <param name="Within">The target.</param>
/// <param name="From">When the measurement started.</param>
/// <param name="Clock">The clock: stopped by the first matching communication (met or breached), cancelled if the incident is cancelled.</param>
public sealed record CommunicationExpectation(string Name, StakeholderAudience Audience, CommunicationDirection Direction, SlaTarget Within, Instant From, SlaClock Clock)
{
    /// <summary>The number of the communication that satisfied it; null while open.</summary>
    public int? SatisfiedBy { get; init; }
}
