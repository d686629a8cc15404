using ItsmCore.Classification;

namespace ItsmCore.Problems;

/// <summary>
/// Command: change a problem's title, description or category (<see cref="Problem.UpdateDetails"/>); a null field
/// keeps its value, at least one must be given. Checked by its validator (<c>IValidator&lt;UpdateProblemDetails&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="Title">The new title, or null to keep it; 1 to <see cref="Problem.MaxTitleLength"/> characters, not padded.</param>
/// <param name="Description">The new description, or null to keep it; 1 to <see cref="Problem.MaxTextLength"/> characters, not padded.</param>
/// <param name="Category">The new category (the empty path to unclassify), or null to keep it.</param>
public sealed record UpdateProblemDetails(string? Title = null, string? Description = null, CategoryPath? Category = null);
