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
}
