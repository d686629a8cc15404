using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Records the post-implementation review. Immutable.</summary>
/// <param name="Outcome">The outcome.</param>
/// <param name="Lessons">The lessons learned.</param>
public sealed record ReviewChange(string Outcome, string Lessons);
