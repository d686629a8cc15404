using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Renames the item.</summary>
/// <param name="Name">The new name.</param>
public sealed record RenameConfigurationItem(string Name) : ConfigurationItemCommand;
