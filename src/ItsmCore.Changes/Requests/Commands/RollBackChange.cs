using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Rolls the change back after a failure. Immutable.</summary>
/// <param name="Reason">A note, or null.</param>
public sealed record RollBackChange(string? Reason = null);
