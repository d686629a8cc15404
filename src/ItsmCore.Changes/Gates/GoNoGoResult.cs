using ItsmCore.Primitives;

namespace ItsmCore.Changes;

/// <summary>
/// A go/no-go decision: go only when every criterion is met; each criterion's verdict in the gate's order. Immutable;
/// equal by value.
/// </summary>
/// <param name="GateName">The gate.</param>
/// <param name="IsGo">Whether every criterion is met.</param>
/// <param name="Verdicts">Each criterion's verdict, in order.</param>
public sealed record GoNoGoResult(string GateName, bool IsGo, EquatableArray<GateVerdict> Verdicts)
{
    /// <summary>The stable code: <c>Change.GoNoGo.Go</c> or <c>Change.GoNoGo.NoGo</c>.</summary>
    public string Code => IsGo ? "Change.GoNoGo.Go" : "Change.GoNoGo.NoGo";
}
