using System;

namespace ItsmCore.Changes;

/// <summary>One route: changes of <see cref="Type"/> whose risk is at least <see cref="MinimumRisk"/> take <see cref="Policy"/>. Immutable; equal by value.</summary>
/// <param name="Type">The change type.</param>
/// <param name="MinimumRisk">The lowest risk level the route applies to.</param>
/// <param name="Policy">The approval policy.</param>
public sealed record ApprovalRoute(ChangeType Type, RiskLevel MinimumRisk, ApprovalPolicy Policy)
{
    /// <summary>The approval policy.</summary>
    public ApprovalPolicy Policy { get; init; } = Policy ?? throw new ArgumentNullException(nameof(Policy));
}
