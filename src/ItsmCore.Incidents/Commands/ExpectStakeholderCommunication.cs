using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: expect a communication within a target (e.g. "the supplier discloses within 30 minutes of the outage").
/// An SLA clock runs from <see cref="From"/> until the first matching communication. Checked by
/// <see cref="ExpectStakeholderCommunicationValidator"/>.
/// </summary>
/// <param name="Name">A name for the expectation, unique within the incident; 1 to 100 characters.</param>
/// <param name="Audience">The party.</param>
/// <param name="Direction">Who must inform whom.</param>
/// <param name="Within">The target, on its own calendar.</param>
public sealed record ExpectStakeholderCommunication(string Name, StakeholderAudience Audience, CommunicationDirection Direction, SlaTarget Within)
{
    /// <summary>When the measurement starts (e.g. the outage start); null for the instant of the command. Not later than the command; it may be before the incident was reported (an outage noticed late).</summary>
    public Instant? From { get; init; }
}
