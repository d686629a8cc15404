using ItsmCore.Primitives;

namespace ItsmCore.Problems;

/// <summary>
/// Command: record a configuration item as affected by the problem (<see cref="Problem.LinkConfigurationItem"/>);
/// linking a linked item again changes nothing. Checked by its validator (<c>IValidator&lt;LinkProblemConfigurationItem&gt;</c>). Immutable and thread-safe.
/// </summary>
/// <param name="ConfigurationItem">The configuration item; not the empty id.</param>
public sealed record LinkProblemConfigurationItem(ConfigurationItemId ConfigurationItem);
