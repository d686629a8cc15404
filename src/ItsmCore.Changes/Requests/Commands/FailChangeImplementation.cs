using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Reports a failed implementation. Immutable.</summary>
/// <param name="Reason">What went wrong.</param>
public sealed record FailChangeImplementation(string Reason);
