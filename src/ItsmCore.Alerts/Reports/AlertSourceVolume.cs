using ItsmCore.Primitives;

namespace ItsmCore.Alerts;

/// <summary>How many alerts one check raised on one CI (<see cref="AlertReport.ByConfigurationItemAndCheck"/>): the candidates for a threshold review.</summary>
/// <param name="ConfigurationItem">The CI; null for alerts without one.</param>
/// <param name="Check">The check.</param>
/// <param name="Count">Alerts.</param>
/// <param name="NoActionCount">Of which no action was needed (a high share points at a threshold set too low).</param>
public sealed record AlertSourceVolume(ConfigurationItemId? ConfigurationItem, string Check, int Count, int NoActionCount);
