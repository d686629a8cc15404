using System;
using System.Collections.Generic;
using NodaTime;

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

    /// <summary>Gets the version of a definition in force at an instant, or throws naming the id and the known ids.</summary>
    /// <param name="provider">The provider.</param>
    /// <param name="id">The definition id.</param>
    /// <param name="effectiveAt">The instant whose version is wanted (e.g. when the cycle starts).</param>
    /// <returns>The version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or <paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No definition has that id, or none of its versions was in force then.</exception>
    public static SlaDefinitionVersion GetVersion(this ISlaDefinitionProvider provider, string id, Instant effectiveAt)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(id);
        if (provider.TryGetVersion(id, effectiveAt, out SlaDefinitionVersion? version))
        {
            return version;
        }

        string known = string.Join(", ", provider.DefinitionIds);
        throw new KeyNotFoundException(
            $"No version of SLA definition '{id}' was in force at {effectiveAt}. Known ids: {(known.Length == 0 ? "(none)" : known)}.");
    }
}
