using NodaTime;

namespace ItsmCore.Sla;

/// <summary>An accepted desired date: the creation, the desired instant and the earliest allowed instant. Immutable; equal by value.</summary>
/// <param name="CreatedAt">When the request or change was created.</param>
/// <param name="Desired">The desired instant (for a desired local date, the later of the date's start and <paramref name="EarliestAllowed"/>).</param>
/// <param name="EarliestAllowed">Creation plus the lead time (<see cref="LeadTime.EarliestFrom"/>).</param>
public sealed record LeadTimeCheck(Instant CreatedAt, Instant Desired, Instant EarliestAllowed);
