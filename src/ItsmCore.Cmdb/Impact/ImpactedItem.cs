using ItsmCore.Primitives;

namespace ItsmCore.Cmdb;

/// <summary>An impaired item in an <see cref="ImpactResult"/>.</summary>
/// <param name="Id">The item.</param>
/// <param name="State">Its state: Degraded or Down.</param>
/// <param name="IsBusinessService">Whether it is a business service (its <see cref="ServiceId"/> has the same value as its id).</param>
public readonly record struct ImpactedItem(ConfigurationItemId Id, ImpactState State, bool IsBusinessService);
