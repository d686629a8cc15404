using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>A published workaround: a way to reduce or remove the impact of the problem's incidents until it is resolved. Immutable and thread-safe.</summary>
/// <param name="Text">What to do.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="PublishedBy">Who published it.</param>
public sealed record Workaround(string Text, Instant PublishedAt, Actor PublishedBy);
