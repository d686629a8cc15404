using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Cmdb;

/// <summary>Adds a contact (one per role).</summary>
/// <param name="Contact">The contact.</param>
public sealed record AddConfigurationItemContact(Contact Contact) : ConfigurationItemCommand;
