using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Removes a relationship from this item.</summary>
/// <param name="Id">The relationship's id.</param>
public sealed record RemoveConfigurationItemRelationship(RelationshipId Id) : ConfigurationItemCommand;
