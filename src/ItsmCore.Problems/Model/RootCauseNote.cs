using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Problems;

/// <summary>One note of a problem's root-cause analysis (a finding, a hypothesis ruled out, a test done). Immutable and thread-safe.</summary>
/// <param name="Author">Who wrote it.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">The note.</param>
public sealed record RootCauseNote(Actor Author, Instant At, string Text);
