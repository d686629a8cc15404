using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Declares the item a redundancy group with a quorum, or changes its quorum.</summary>
/// <param name="Quorum">The quorum.</param>
public sealed record DeclareConfigurationItemGroup(Quorum Quorum) : ConfigurationItemCommand;
