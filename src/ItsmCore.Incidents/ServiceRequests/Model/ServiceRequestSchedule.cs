using ItsmCore.Classification;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>
/// When a service request is wanted, as decided at its submission from its priority, its desired date and its type's
/// lead time (domain-brief case 13): recorded in <see cref="ServiceRequestSubmitted"/>, so a later change of the
/// catalogue's lead times never moves it. Immutable; equal by value.
/// </summary>
/// <param name="Priority">The request's priority, a level of <see cref="ServiceRequestPriorities.Scale"/>.</param>
/// <param name="DesiredAt">The date the requester asked for, or null (always null for <see cref="ServiceRequestPriorities.Low"/>).</param>
/// <param name="LeadTime">
/// The lead time the desired date was checked against: the type's standard lead time for
/// <see cref="ServiceRequestPriorities.Medium"/>, the expedited one (at most one business day) for
/// <see cref="ServiceRequestPriorities.High"/>; null for <see cref="ServiceRequestPriorities.Low"/>.
/// </param>
/// <param name="EarliestAllowedAt">Creation plus <paramref name="LeadTime"/> (<see cref="Sla.LeadTime.EarliestFrom"/>); null for <see cref="ServiceRequestPriorities.Low"/>.</param>
/// <param name="Expedited">True when the request is planned before creation plus the type's standard lead time (only a <see cref="ServiceRequestPriorities.High"/> request can be).</param>
public sealed record ServiceRequestSchedule(
    Priority Priority, Instant? DesiredAt, LeadTime? LeadTime, Instant? EarliestAllowedAt, bool Expedited)
{
    /// <summary>When the request is planned for: the desired date, else the earliest allowed instant; null for a <see cref="ServiceRequestPriorities.Low"/> request (no date yet).</summary>
    public Instant? PlannedFor => DesiredAt ?? EarliestAllowedAt;
}
