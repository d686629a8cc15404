using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>How a problem was resolved. Immutable and thread-safe.</summary>
/// <param name="Code">The resolution code (the host's vocabulary, e.g. <c>"FixedByChange"</c>).</param>
/// <param name="Notes">What was done.</param>
/// <param name="Change">The change that removed the cause, when there was one.</param>
/// <param name="ResolvedAt">When the problem was resolved.</param>
/// <param name="ResolvedBy">Who resolved it.</param>
public sealed record ProblemResolution(string Code, string Notes, ChangeId? Change, Instant ResolvedAt, Actor ResolvedBy);
