using ItsmCore.Cmdb;
using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>A business service impaired by a failure, with the CMDB's explanation (a shortest chain from the failed CI).</summary>
/// <param name="Service">The service.</param>
/// <param name="State">Down (service affecting) or Degraded (absorbed by redundancy).</param>
/// <param name="Explanation">Why: the chain from the failed CI, quorum steps with their figures.</param>
public sealed record AffectedService(ServiceId Service, ImpactState State, ImpactExplanation Explanation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Service.Value} {(State == ImpactState.Down ? "down" : "degraded")}: {Explanation}";
}
