using System;
using NodaTime;

namespace ItsmCore.Sla;

/// <summary>
/// What a <see cref="TieredSlaClock"/> says at one instant: the status of each tier's clock, or null for a tier that
/// has no clock (the ticket's priority never had that tier) or whose clock had not started by <see cref="At"/>.
/// Thread-safe (immutable).
/// </summary>
public readonly record struct TieredSlaStatus
{
    internal TieredSlaStatus(Instant at, SlaStatus? objective, SlaStatus? agreement)
    {
        At = at;
        Objective = objective;
        Agreement = agreement;
    }

    /// <summary>The instant evaluated.</summary>
    public Instant At { get; }

    /// <summary>The objective (SLO/OLA) clock's status; null when there is no objective clock.</summary>
    public SlaStatus? Objective { get; }

    /// <summary>The agreement (SLA) clock's status; null when there is no agreement clock.</summary>
    public SlaStatus? Agreement { get; }

    /// <summary>The status of one tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The status, or null when the tier has no clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    public SlaStatus? Get(SlaTier tier) => tier switch
    {
        SlaTier.Objective => Objective,
        SlaTier.Agreement => Agreement,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown SLA tier."),
    };

    /// <summary>Whether the ticket's priority has the tier, and its status if so: <c>if (status.TryGet(SlaTier.Agreement, out SlaStatus sla)) ...</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <param name="status">The tier's status when it has a clock; otherwise the default value.</param>
    /// <returns>True when the tier has a clock.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    public bool TryGet(SlaTier tier, out SlaStatus status)
    {
        SlaStatus? value = Get(tier);
        status = value.GetValueOrDefault();
        return value.HasValue;
    }

    /// <summary>The status of a tier the ticket is known to have, without <c>!.Value</c>: <c>status.Require(SlaTier.Agreement).DueAt</c>.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The tier's status.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    /// <exception cref="InvalidOperationException">The ticket's priority has never had the tier (no clock), so it has no status.</exception>
    public SlaStatus Require(SlaTier tier) =>
        Get(tier) ?? throw new InvalidOperationException(
            $"The {(tier == SlaTier.Objective ? "objective (SLO)" : "agreement (SLA)")} tier has no clock: the ticket's priority has never had it. Use TryGet or Get when the tier may be absent.");
}
