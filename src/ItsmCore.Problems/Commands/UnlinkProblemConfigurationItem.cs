using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: remove an affected configuration item (<see cref="Problem.UnlinkConfigurationItem"/>). Checked by its validator (<c>IValidator&lt;UnlinkProblemConfigurationItem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="ConfigurationItem">The linked configuration item; not the empty id.</param>
/// <param name="Reason">Why, or null; 1 to <see cref="Problem.MaxReasonLength"/> characters, not padded.</param>
public sealed record UnlinkProblemConfigurationItem(ConfigurationItemId ConfigurationItem, string? Reason = null);
