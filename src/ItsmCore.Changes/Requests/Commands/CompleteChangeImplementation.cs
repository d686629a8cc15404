using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Reports a successful implementation. Immutable.</summary>
public sealed record CompleteChangeImplementation;
