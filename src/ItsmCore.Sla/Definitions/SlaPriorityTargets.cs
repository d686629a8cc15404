using System;

namespace ItsmCore.Sla;

/// <summary>
/// The targets of one priority in an <see cref="SlaDefinition"/>: the <see cref="Objective"/> (SLO/OLA) and the
/// <see cref="Agreement"/> (SLA), at least one of them present. Each target names its own calendar, so a major
/// incident can run on "24x7" while the other priorities run on business hours.
/// Immutable and thread-safe; equal values compare equal.
/// </summary>
public sealed record SlaPriorityTargets
{
    internal SlaPriorityTargets(string priority, SlaTarget? objective, SlaTarget? agreement)
    {
        Priority = priority;
        Objective = objective;
        Agreement = agreement;
    }

    /// <summary>The host's priority key (compared ordinally, case-sensitive).</summary>
    public string Priority { get; }

    /// <summary>The internal target (SLO/OLA); null when this priority has none.</summary>
    public SlaTarget? Objective { get; }

    /// <summary>The contractual target (SLA); null when this priority has none.</summary>
    public SlaTarget? Agreement { get; }

    /// <summary>The target of one tier.</summary>
    /// <param name="tier">The tier.</param>
    /// <returns>The target, or null when this priority has none for the tier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is not a defined <see cref="SlaTier"/>.</exception>
    public SlaTarget? Get(SlaTier tier) => tier switch
    {
        SlaTier.Objective => Objective,
        SlaTier.Agreement => Agreement,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown SLA tier."),
    };

    /// <summary>A readable form, e.g. <c>high: objective 0:00:15:00 working time on '24x7'; agreement none</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Priority}: objective {(Objective?.ToString() ?? "none")}; agreement {(Agreement?.ToString() ?? "none")}";
}
