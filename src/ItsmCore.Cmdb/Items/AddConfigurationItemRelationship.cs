using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Adds a relationship from this item (its source).</summary>
/// <param name="Id">The relationship's own id.</param>
/// <param name="Type">The relationship type's name.</param>
/// <param name="Target">The target item.</param>
public sealed record AddConfigurationItemRelationship(RelationshipId Id, string Type, ConfigurationItemId Target) : ConfigurationItemCommand;
