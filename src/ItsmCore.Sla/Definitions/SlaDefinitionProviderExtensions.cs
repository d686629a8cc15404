using System;
using System.Collections.Generic;

namespace ItsmCore.Sla;

/// <summary>Convenience members for <see cref="ISlaDefinitionProvider"/>.</summary>
public static class SlaDefinitionProviderExtensions
{
    /// <summary>Gets a definition by id, or throws naming the id and the known ids.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="id">The definition id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No definition has that id.</exception>
    public static SlaDefinition GetDefinition(this ISlaDefinitionProvider provider, string id)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(id);
        if (provider.TryGetDefinition(id, out SlaDefinition? definition))
        {
            return definition;
        }

        string known = string.Join(", ", provider.DefinitionIds);
        throw new KeyNotFoundException($"No SLA definition with id '{id}'. Known ids: {(known.Length == 0 ? "(none)" : known)}.");
    }
}
