using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Moves the item in its lifecycle.</summary>
/// <param name="Trigger">The trigger to fire.</param>
public sealed record ChangeConfigurationItemStatus(ConfigurationItemTrigger Trigger) : ConfigurationItemCommand;
