using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Records the CAB's decision. Immutable.</summary>
/// <param name="Decision">Approve, reject or defer.</param>
/// <param name="Reason">The reason (required for reject and defer).</param>
public sealed record DecideChangeAtCab(CabDecision Decision, string? Reason = null);
