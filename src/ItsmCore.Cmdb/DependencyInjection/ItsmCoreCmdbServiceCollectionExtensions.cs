using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Cmdb;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Cmdb's services.</summary>
public static class ItsmCoreCmdbServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ConfigurationItemOptions"/>, the frozen <see cref="ConfigurationItemRules"/> (created at
    /// once, so bad options fail here before anything is registered) and each configuration item command validator once,
    /// as <see cref="IValidator{T}"/> of its command (the instances the aggregate runs), all with <c>TryAdd</c>. A second call without
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
        Add(services, v => v.RecordConfigurationItem);
        Add(services, v => v.RenameConfigurationItem);
        Add(services, v => v.UpdateConfigurationItemAttributes);
        Add(services, v => v.ChangeConfigurationItemClass);
        Add(services, v => v.DeclareConfigurationItemGroup);
        Add(services, v => v.UndeclareConfigurationItemGroup);
        Add(services, v => v.ChangeConfigurationItemStatus);
        Add(services, v => v.AddConfigurationItemRelationship);
        Add(services, v => v.RemoveConfigurationItemRelationship);
        Add(services, v => v.AddConfigurationItemContact);
        Add(services, v => v.VerifyConfigurationItemContact);
        Add(services, v => v.AddConfigurationItemDocument);
        return services;
    }

    private static void Add<TCommand>(IServiceCollection services, Func<ConfigurationItemCommandValidators, IValidator<TCommand>> validator) =>
        services.TryAddSingleton(sp => validator(sp.GetRequiredService<ConfigurationItemRules>().Validators));
}
