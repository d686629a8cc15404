using System;
using System.Linq;
using ItsmCore.Cmdb;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Cmdb's services.</summary>
public static class ItsmCoreCmdbServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConfigurationItemOptions"/> and the frozen <see cref="ConfigurationItemRules"/> (created at
    /// once, so bad options fail here before anything is registered), with <c>TryAdd</c>. A second call without
    /// configuration, or with the same catalogues, is harmless; a second call with other settings throws.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets the options, or null for the defaults.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or rules with other settings are already registered.</exception>
    public static IServiceCollection AddItsmCoreCmdb(this IServiceCollection services, Action<ConfigurationItemOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ConfigurationItemOptions();
        configure?.Invoke(options);
        ConfigurationItemRules rules;
        try
        {
            rules = ConfigurationItemRules.Create(options);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, nameof(configure), ex);
        }

        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(ConfigurationItemRules) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is ConfigurationItemRules existing && existing.HasSameSettings(rules)))
        {
            throw new ArgumentException(
                "ConfigurationItemRules are already registered with different settings (or by a factory); configure the Cmdb package once (calling AddItsmCoreCmdb again without a configuration, or with the same catalogues, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(rules);
        return services;
    }
}
