namespace ItsmCore.Problems;

/// <summary>
/// Command: add a note to the root-cause analysis (<see cref="Problem.AddRootCauseNote"/>). Checked by its validator (<c>IValidator&lt;AddRootCauseNote&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Text">The note; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
public sealed record AddRootCauseNote(string Text);
