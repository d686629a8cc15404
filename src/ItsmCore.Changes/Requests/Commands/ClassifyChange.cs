using System.Collections.Generic;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Changes;

/// <summary>Records and classifies a change. Immutable.</summary>
/// <param name="Category">The category; null keeps it.</param>
/// <param name="Class">The class; null keeps it.</param>
public sealed record ClassifyChange(CategoryPath? Category = null, string? Class = null);
