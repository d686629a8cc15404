using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.ServiceRequests services.</summary>
public static class ItsmCoreServiceRequestsServiceCollectionExtensions
{
    /// <summary>
    /// Registers service request handling, each with <c>TryAdd</c> as a singleton: the <see cref="ServiceRequestOptions"/>
    /// (defaults changed by <paramref name="configure"/>, checked at once), the frozen <see cref="ServiceRequestRules"/>
    /// made from them (fulfilment calendars are checked against the <see cref="IBusinessCalendarProvider"/> when the rules
    /// are first resolved), every command validator once, as <see cref="IValidator{T}"/> of its command (the same
    /// instances the requests use), and an <see cref="IIdGenerator"/> (<see cref="GuidIdGenerator"/>); calls
    /// <c>AddItsmCoreCalendars()</c>. Safe to call several times: a later call without <paramref name="configure"/>, or
    /// configuring equal settings, changes nothing; services the host registered first win. The host registers its
    /// <see cref="IServiceRequestRepository"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options (an empty catalogue); null keeps them.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options are not valid after <paramref name="configure"/>, or <paramref name="configure"/> was given while
    /// <see cref="ServiceRequestOptions"/> are already registered with different settings or by a factory. Nothing is
    /// registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreServiceRequests(this IServiceCollection services, Action<ServiceRequestOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new ServiceRequestOptions();
        configure?.Invoke(options);
        ServiceRequestRules.CheckOptions(options);
        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(ServiceRequestOptions) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is ServiceRequestOptions existing && ServiceRequestRules.HaveSameSettings(existing, options)))
        {
            throw new ArgumentException(
                "ServiceRequestOptions are already registered with different settings (or by a factory); configure the ServiceRequests part once (calling AddItsmCoreServiceRequests again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        services.TryAddSingleton(options);
        services.AddItsmCoreCalendars();
        services.TryAddSingleton(sp => ServiceRequestRules.Create(sp.GetRequiredService<ServiceRequestOptions>(), sp.GetRequiredService<IBusinessCalendarProvider>()));
        services.TryAddSingleton<IIdGenerator>(GuidIdGenerator.Instance);
        Add<SubmitServiceRequest>(services);
        Add<ApproveServiceRequest>(services);
        Add<RejectServiceRequest>(services);
        Add<AssignServiceRequest>(services);
        Add<StartServiceRequestFulfilment>(services);
        Add<PutServiceRequestOnHold>(services);
        Add<ResumeServiceRequest>(services);
        Add<FulfilServiceRequest>(services);
        Add<CloseServiceRequest>(services);
        Add<ReopenServiceRequest>(services);
        Add<CancelServiceRequest>(services);
        Add<AddServiceRequestComment>(services);
        return services;
    }

    private static void Add<TCommand>(IServiceCollection services)
        where TCommand : class =>
        services.TryAddSingleton(sp => sp.GetRequiredService<ServiceRequestRules>().Validators.Get<TCommand>());
}
