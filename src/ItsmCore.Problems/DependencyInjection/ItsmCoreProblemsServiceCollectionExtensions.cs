using System;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using ItsmCore.Classification;
using ItsmCore.Problems;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Problems services.</summary>
public static class ItsmCoreProblemsServiceCollectionExtensions
{
    /// <summary>
    /// Registers, each with <c>TryAdd</c> as a singleton: the <see cref="ProblemOptions"/> (defaults changed by
    /// <paramref name="configure"/>, checked at once), a <see cref="ProblemTrendDetector"/> over
    /// <see cref="ProblemOptions.TrendDetection"/>, and every command validator both as its own type and as
    /// <see cref="IValidator{T}"/> of its command (the priority validators use <see cref="ProblemOptions.PriorityMatrix"/>).
    /// Safe to call several times: a later call without <paramref name="configure"/>, or configuring equal options,
    /// changes nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options; null keeps them.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The configured options are invalid (the message lists every error), or <paramref name="configure"/> was given
    /// while <see cref="ProblemOptions"/> are already registered with different settings or by a factory (a second
    /// configuration is never silently ignored). Nothing is registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreProblems(this IServiceCollection services, Action<ProblemOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ProblemOptions();
        configure?.Invoke(options);
        ValidationResult result = new ProblemOptionsValidator().Validate(options);
        if (!result.IsValid)
        {
            throw new ArgumentException(
                "Invalid problem options: " + string.Join(" ", result.Errors.Select(e => e.ErrorMessage)),
                nameof(configure));
        }

        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(ProblemOptions) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is ProblemOptions existing && existing.HasSameSettings(options)))
        {
            throw new ArgumentException(
                "ProblemOptions are already registered with different settings (or by a factory); configure the Problems package once (calling AddItsmCoreProblems again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.TryAddSingleton(sp => new ProblemTrendDetector(sp.GetRequiredService<ProblemOptions>().TrendDetection));
        services.TryAddSingleton(sp => new RecordProblemValidator(sp.GetRequiredService<ProblemOptions>().PriorityMatrix));
        services.TryAddSingleton<IValidator<RecordProblem>>(sp => sp.GetRequiredService<RecordProblemValidator>());
        services.TryAddSingleton(sp => new ChangeProblemPriorityValidator(sp.GetRequiredService<ProblemOptions>().PriorityMatrix));
        services.TryAddSingleton<IValidator<ChangeProblemPriority>>(sp => sp.GetRequiredService<ChangeProblemPriorityValidator>());
        Add<UpdateProblemDetails, UpdateProblemDetailsValidator>(services);
        Add<AssignProblem, AssignProblemValidator>(services);
        Add<LinkIncident, LinkIncidentValidator>(services);
        Add<UnlinkIncident, UnlinkIncidentValidator>(services);
        Add<LinkConfigurationItem, LinkConfigurationItemValidator>(services);
        Add<UnlinkConfigurationItem, UnlinkConfigurationItemValidator>(services);
        Add<AddRootCauseNote, AddRootCauseNoteValidator>(services);
        Add<IdentifyRootCause, IdentifyRootCauseValidator>(services);
        Add<PublishWorkaround, PublishWorkaroundValidator>(services);
        Add<RecordKnownError, RecordKnownErrorValidator>(services);
        Add<InvestigateProblem, InvestigateProblemValidator>(services);
        Add<ResolveProblem, ResolveProblemValidator>(services);
        Add<CloseProblem, CloseProblemValidator>(services);
        Add<ReopenProblem, ReopenProblemValidator>(services);
        Add<CancelProblem, CancelProblemValidator>(services);
        Add<ProblemOptions, ProblemOptionsValidator>(services);
        Add<TrendDetectionOptions, TrendDetectionOptionsValidator>(services);
        return services;
    }

    private static void Add<TCommand, TValidator>(IServiceCollection services)
        where TValidator : class, IValidator<TCommand>, new()
    {
        services.TryAddSingleton<TValidator>(_ => new TValidator());
        services.TryAddSingleton<IValidator<TCommand>>(sp => sp.GetRequiredService<TValidator>());
    }
}
