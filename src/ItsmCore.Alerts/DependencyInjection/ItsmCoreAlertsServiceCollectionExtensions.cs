using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Alerts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Alerts services.</summary>
public static class ItsmCoreAlertsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, each with <c>TryAdd</c> as a singleton: the <see cref="AlertOptions"/> (defaults changed by
    /// <paramref name="configure"/>), the frozen <see cref="AlertRules"/> made from them (checked at once, every problem
    /// reported), the compiled <see cref="AlertTriage"/>, the <see cref="AlertClockPolicy"/>, an <see cref="AlertIntake"/>
    /// over the host's <see cref="IAlertIncidentGateway"/>, and the options validator as <see cref="IValidator{T}"/>.
    /// Safe to call several times: a later call without <paramref name="configure"/>, or configuring equal settings,
    /// changes nothing; services the host registered first win. The host registers its <see cref="IAlertIncidentGateway"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options; null keeps them.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The configured options are invalid (the message lists every problem), or <paramref name="configure"/> was given
    /// while <see cref="AlertRules"/> are already registered with different settings or by a factory. Nothing is
    /// registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreAlerts(this IServiceCollection services, Action<AlertOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new AlertOptions();
        configure?.Invoke(options);
        AlertRules rules;
        try
        {
            rules = AlertRules.Create(options);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, nameof(configure), ex);
        }

        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(AlertRules) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is AlertRules existing && existing.HasSameSettings(rules)))
        {
            throw new ArgumentException(
                "AlertRules are already registered with different settings (or by a factory); configure the Alerts package once (calling AddItsmCoreAlerts again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(rules);
        services.TryAddSingleton(sp => sp.GetRequiredService<AlertRules>().Triage);
        services.TryAddSingleton(sp => sp.GetRequiredService<AlertRules>().ClockPolicy);
        services.TryAddSingleton(sp => new AlertIntake(
            sp.GetRequiredService<AlertTriage>(), sp.GetRequiredService<IAlertIncidentGateway>(), sp.GetRequiredService<AlertClockPolicy>()));
        services.TryAddSingleton<IValidator<AlertOptions>>(new AlertOptionsValidator());
        return services;
    }
}
