namespace ItsmCore.Problems;

/// <summary>
/// Command: publish a workaround (<see cref="Problem.PublishWorkaround"/>), replacing an earlier one; the
/// <see cref="WorkaroundPublished"/> event lists every linked incident so they can be notified. Checked by its validator (<c>IValidator&lt;PublishWorkaround&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Workaround">What to do; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
public sealed record PublishWorkaround(string Workaround);
