using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Withdraws a change. Immutable.</summary>
/// <param name="Reason">Why.</param>
public sealed record CancelChange(string Reason);
