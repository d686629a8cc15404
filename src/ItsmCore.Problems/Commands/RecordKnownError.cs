namespace ItsmCore.Problems;

/// <summary>
/// Command: record the problem as a known error (<see cref="Problem.RecordKnownError"/>). The known-error record takes
/// the root cause and workaround from the problem; at least one of them must exist. Checked by its validator (<c>IValidator&lt;RecordKnownError&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Symptom">How the error shows itself, for matching new incidents; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
public sealed record RecordKnownError(string Symptom);
