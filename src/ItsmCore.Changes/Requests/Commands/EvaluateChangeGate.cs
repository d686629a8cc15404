using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Evaluates a go/no-go gate for the change. Immutable.</summary>
/// <param name="Gate">The gate.</param>
/// <param name="Measured">The measured values by criterion name.</param>
public sealed record EvaluateChangeGate(GoNoGoGate Gate, IReadOnlyDictionary<string, decimal> Measured);
