using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Starts the implementation. Immutable.</summary>
public sealed record StartChangeImplementation;
