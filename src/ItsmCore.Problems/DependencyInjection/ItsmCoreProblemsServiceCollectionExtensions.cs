using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Problems;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Problems services.</summary>
public static class ItsmCoreProblemsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, each with <c>TryAdd</c> as a singleton: the <see cref="ProblemOptions"/> (defaults changed by
    /// <paramref name="configure"/>) and the frozen <see cref="ProblemRules"/> made from them (checked at once, every
    /// problem reported), a <see cref="ProblemTrendDetector"/> over <see cref="ProblemRules.TrendDetection"/>, and every
    /// command validator once, as <see cref="IValidator{T}"/> of its command (the validators are internal; the priority
    /// validators use <see cref="ProblemRules.PriorityMatrix"/>). Safe to call several times: a later call without
    /// <paramref name="configure"/>, or configuring equal settings, changes nothing; services the host registered first
    /// win. The host registers its <see cref="IProblemRepository"/> (and, for workaround propagation, its
    /// <see cref="IIncidentWorkaroundGateway"/>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options; null keeps them.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The configured options are invalid (the message lists every problem), or <paramref name="configure"/> was given
    /// while <see cref="ProblemRules"/> are already registered with different settings or by a factory (a second
    /// configuration is never silently ignored). Nothing is registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreProblems(this IServiceCollection services, Action<ProblemOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ProblemOptions();
        configure?.Invoke(options);
        ProblemRules rules;
        try
        {
            rules = ProblemRules.Create(options);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException(ex.Message, nameof(configure), ex);
        }

        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(ProblemRules) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is ProblemRules existing && existing.HasSameSettings(rules)))
        {
            throw new ArgumentException(
                "ProblemRules are already registered with different settings (or by a factory); configure the Problems package once (calling AddItsmCoreProblems again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(rules);
        services.TryAddSingleton(sp => new ProblemTrendDetector(sp.GetRequiredService<ProblemRules>().TrendDetection));
        Add(services, v => v.RecordProblem);
        Add(services, v => v.ChangeProblemPriority);
        Add(services, v => v.UpdateProblemDetails);
        Add(services, v => v.AssignProblem);
        Add(services, v => v.LinkProblemIncident);
        Add(services, v => v.UnlinkProblemIncident);
        Add(services, v => v.LinkProblemConfigurationItem);
        Add(services, v => v.UnlinkProblemConfigurationItem);
        Add(services, v => v.AddRootCauseNote);
        Add(services, v => v.IdentifyRootCause);
        Add(services, v => v.PublishWorkaround);
        Add(services, v => v.RecordKnownError);
        Add(services, v => v.InvestigateProblem);
        Add(services, v => v.ResolveProblem);
        Add(services, v => v.CloseProblem);
        Add(services, v => v.ReopenProblem);
        Add(services, v => v.CancelProblem);
        services.TryAddSingleton<IValidator<ProblemOptions>>(new ProblemOptionsValidator());
        services.TryAddSingleton<IValidator<TrendDetectionOptions>>(new TrendDetectionOptionsValidator());
        return services;
    }

    private static void Add<TCommand>(IServiceCollection services, Func<ProblemCommandValidators, IValidator<TCommand>> validator) =>
        services.TryAddSingleton(sp => validator(sp.GetRequiredService<ProblemRules>().Validators));
}
