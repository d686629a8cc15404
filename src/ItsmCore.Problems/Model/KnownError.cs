using NodaTime;

namespace ItsmCore.Problems;

/// <summary>
/// A problem's known-error record (ISO/IEC 20000-1: a problem whose root cause is identified or that has a workaround):
/// the symptom by which the service desk recognises it, the problem's root cause and workaround, and whether the record
/// is in use. <see cref="RootCause"/> and <see cref="Workaround"/> are the problem's current values, so the record never
/// shows an outdated workaround. Immutable and thread-safe.
/// </summary>
/// <param name="Symptom">How the error shows itself to users and the service desk.</param>
/// <param name="RootCause">The problem's identified root cause; null when only a workaround is known.</param>
/// <param name="Workaround">The text of the problem's published workaround; null when only the root cause is known.</param>
/// <param name="Status">Whether the record is in use: <see cref="KnownErrorStatus.Retired"/> once the problem is closed or cancelled.</param>
/// <param name="RecordedAt">When the known error was (last) recorded.</param>
public sealed record KnownError(string Symptom, string? RootCause, string? Workaround, KnownErrorStatus Status, Instant RecordedAt);
