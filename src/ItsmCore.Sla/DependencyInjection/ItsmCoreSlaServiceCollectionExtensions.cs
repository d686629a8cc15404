using System;
using System.Linq;
using ItsmCore.Sla;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Sla services.</summary>
public static class ItsmCoreSlaServiceCollectionExtensions
{
    /// <summary>
    /// Registers the given SLA definitions and an <see cref="ISlaDefinitionProvider"/> over every definition registered
    /// as a <see cref="SlaDefinition"/> service (a <see cref="SlaDefinitionCatalog"/>; register your own provider first
    /// to replace it), and calls <c>AddItsmCoreCalendars()</c> (a calendar provider unless the host registered one; no
    /// clock). Incidents measure these definitions without further configuration (<c>AddItsmCoreIncidents</c> takes the
    /// registered definitions whose metric the incident lifecycle drives). Safe to call several times: an equal definition is registered once and each service uses
    /// <c>TryAdd</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="definitions">Definitions to register.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/>, <paramref name="definitions"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">
    /// A definition has the id of a different definition already registered (by this method or directly) or given
    /// earlier in <paramref name="definitions"/>; nothing from this call is registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreSla(this IServiceCollection services, params SlaDefinition[] definitions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(definitions);
        SlaDefinitionCatalog registered = SlaDefinitionCatalog.Of(
            services.Where(d => d.ServiceType == typeof(SlaDefinition) && !d.IsKeyedService)
                .Select(d => d.ImplementationInstance)
                .OfType<SlaDefinition>());
        SlaDefinitionCatalog all = registered;
        foreach (SlaDefinition definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (all.TryGetDefinition(definition.Id, out SlaDefinition? existing) && !existing.Equals(definition))
            {
                throw new ArgumentException(
                    $"Two different SLA definitions have the id '{definition.Id}'; give each definition its own id (registering an equal definition again is harmless).",
                    nameof(definitions));
            }

            all = all.Add(definition);
        }

        foreach (SlaDefinition definition in definitions)
        {
            if (registered.TryGetDefinition(definition.Id, out _))
            {
                continue;
            }

            services.AddSingleton(definition);
            registered = registered.Add(definition);
        }

        services.AddItsmCoreCalendars();
        services.TryAddSingleton<ISlaDefinitionProvider>(sp => SlaDefinitionCatalog.Of(sp.GetServices<SlaDefinition>()));
        return services;
    }
}
