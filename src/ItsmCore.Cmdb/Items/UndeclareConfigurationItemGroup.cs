using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Ends the item's redundancy group declaration.</summary>
public sealed record UndeclareConfigurationItemGroup : ConfigurationItemCommand;
