using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Changes the item's class (checked against the class catalogue).</summary>
/// <param name="Class">The new class name.</param>
public sealed record ChangeConfigurationItemClass(string Class) : ConfigurationItemCommand;
