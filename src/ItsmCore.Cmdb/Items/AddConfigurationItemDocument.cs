using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Adds a document or licence; an equal one already held changes nothing.</summary>
/// <param name="Document">The document.</param>
public sealed record AddConfigurationItemDocument(ItemDocument Document) : ConfigurationItemCommand;
