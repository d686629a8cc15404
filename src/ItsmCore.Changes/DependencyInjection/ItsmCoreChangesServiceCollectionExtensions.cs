using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Changes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Changes.</summary>
public static class ItsmCoreChangesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ChangeOptions"/>, the frozen <see cref="ChangeRules"/> and each command validator as
    /// <see cref="IValidator{T}"/>, all with TryAdd. A second call without configuration, or with equal settings, is
    /// harmless; a second, different configuration is refused.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns><paramref name="services"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid, or different rules are already registered.</exception>
    public static IServiceCollection AddItsmCoreChanges(this IServiceCollection services, Action<ChangeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ChangeOptions();
        configure?.Invoke(options);
        ChangeRules rules;
        try
        {
            rules = ChangeRules.Create(options);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, nameof(configure), ex);
        }

        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(ChangeRules) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is ChangeRules existing && existing.HasSameSettings(rules)))
        {
            throw new ArgumentException(
                "ChangeRules are already registered with different settings (or by a factory); configure the Changes package once (calling AddItsmCoreChanges again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(rules);
        Add(services, v => v.SubmitChangeRequest);
        Add(services, v => v.ClassifyChange);
        Add(services, v => v.AssessChangeRisk);
        Add(services, v => v.RecordChangeVote);
        Add(services, v => v.DecideChangeAtCab);
        Add(services, v => v.AuthorizeEmergencyChange);
        Add(services, v => v.ScheduleChange);
        Add(services, v => v.EvaluateChangeGate);
        Add(services, v => v.StartChangeImplementation);
        Add(services, v => v.CompleteChangeImplementation);
        Add(services, v => v.FailChangeImplementation);
        Add(services, v => v.RollBackChange);
        Add(services, v => v.ReleaseChangeConfigurationUpdates);
        Add(services, v => v.ReviewChange);
        Add(services, v => v.CloseChange);
        Add(services, v => v.CancelChange);
        Add(services, v => v.LinkChangeRecord);
        return services;
    }

    private static void Add<TCommand>(IServiceCollection services, Func<ChangeCommandValidators, IValidator<TCommand>> validator) =>
        services.TryAddSingleton(sp => validator(sp.GetRequiredService<ChangeRules>().Validators));
}
