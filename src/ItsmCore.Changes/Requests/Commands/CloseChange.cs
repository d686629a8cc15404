using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Closes a reviewed change. Immutable.</summary>
public sealed record CloseChange;
