using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Records a new configuration item with the whole record (status as given: an import may record an item already in production).</summary>
/// <param name="Record">The record.</param>
public sealed record RecordConfigurationItem(ConfigurationItemRecord Record) : ConfigurationItemCommand;
