using System;
using ItsmCore.Changes;
using ItsmCore.Cmdb;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Problems;
using ItsmCore.ServiceRequests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace ItsmCore.Testing;

/// <summary>Wires ItsmCore's in-memory test doubles into a service collection in one call.</summary>
public static class ItsmCoreTestDoublesServiceCollectionExtensions
{
    /// <summary>
    /// Registers the test doubles a host test needs, as singletons that <b>replace</b> any registration of the same
    /// service, so the order of this call and <c>AddItsmCoreIncidents</c>, <c>AddItsmCoreCalendars</c> and the other
    /// registrations does not matter (registrations made later with <c>TryAdd</c> are ignored; this call replaces those
    /// made before):
    /// <list type="bullet">
    /// <item><see cref="IClock"/> and <see cref="FakeClock"/>: <paramref name="clock"/>.</item>
    /// <item><see cref="IEventPublisher"/> and <see cref="EventRecorder"/>: one recorder of every published event.</item>
    /// <item><see cref="INotificationSender"/> and <see cref="NotificationRecorder"/>: one recorder of every notification.</item>
    /// <item><see cref="IIdGenerator"/> and <see cref="SequentialIdGenerator"/>: <c>INC-0001</c>, <c>INC-0002</c>, ...</item>
    /// <item>The in-memory repositories with the optimistic-concurrency rule, each also under its own type:
    /// <see cref="IIncidentRepository"/> (over the registered <see cref="IncidentRules"/>), <see cref="IServiceRequestRepository"/>
    /// (over the registered <see cref="ServiceRequestRules"/>), <see cref="IProblemRepository"/>, <see cref="IChangeRequestRepository"/>
    /// and <see cref="IConfigurationItemRepository"/> (over the registered rules, or the defaults when none are registered).
    /// A repository whose rules are not registered fails only when it is resolved.</item>
    /// </list>
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="clock">The clock every registered service reads (advance it in the test).</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="clock"/> is null.</exception>
    /// <remarks>Calling it twice replaces the first call's doubles with the second's.</remarks>
    public static IServiceCollection AddItsmCoreTestDoubles(this IServiceCollection services, FakeClock clock)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(clock);
        services.Replace(ServiceDescriptor.Singleton(clock));
        services.Replace(ServiceDescriptor.Singleton<IClock>(clock));
        Double<IEventPublisher, EventRecorder>(services, _ => new EventRecorder());
        Double<INotificationSender, NotificationRecorder>(services, _ => new NotificationRecorder());
        Double<IIdGenerator, SequentialIdGenerator>(services, _ => new SequentialIdGenerator());
        Double<IIncidentRepository, InMemoryIncidentRepository>(services, sp => new InMemoryIncidentRepository(sp.GetRequiredService<IncidentRules>()));
        Double<IServiceRequestRepository, InMemoryServiceRequestRepository>(services, sp => new InMemoryServiceRequestRepository(sp.GetRequiredService<ServiceRequestRules>()));
        Double<IProblemRepository, InMemoryProblemRepository>(services, sp => new InMemoryProblemRepository(sp.GetService<ProblemRules>()));
        Double<IChangeRequestRepository, InMemoryChangeRequestRepository>(services, sp => new InMemoryChangeRequestRepository(sp.GetService<ChangeRules>()));
        Double<IConfigurationItemRepository, InMemoryConfigurationItemRepository>(services, sp => new InMemoryConfigurationItemRepository(sp.GetService<ConfigurationItemRules>()));
        return services;
    }

    private static void Double<TService, TDouble>(IServiceCollection services, Func<IServiceProvider, TDouble> create)
        where TService : class
        where TDouble : class, TService
    {
        services.Replace(ServiceDescriptor.Singleton(create));
        services.Replace(ServiceDescriptor.Singleton<TService>(sp => sp.GetRequiredService<TDouble>()));
    }
}
