namespace ItsmCore.Problems;

/// <summary>
/// Command: state the problem's root cause (<see cref="Problem.IdentifyRootCause"/>), replacing an earlier statement.
/// Checked by its validator (<c>IValidator&lt;IdentifyRootCause&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="RootCause">The root cause; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
public sealed record IdentifyRootCause(string RootCause);
