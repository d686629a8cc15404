using System;
using System.Linq;
using ItsmCore.Calendars;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Calendars services.</summary>
public static class ItsmCoreCalendarsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the given calendars and an <see cref="IBusinessCalendarProvider"/> over every calendar
    /// registered this way (a <see cref="BusinessCalendarCatalog"/>; register your own provider first to use
    /// versioned calendars). It registers no <see cref="IClock"/>: calendars do not read the time; the packages whose
    /// services do (ItsmCore.Incidents' <c>IncidentService</c>) add <see cref="SystemClock.Instance"/> with <c>TryAdd</c>,
    /// so a clock the host or a test registers, before or after (with <c>AddSingleton</c> or ItsmCore.Testing's
    /// <c>AddItsmCoreTestDoubles</c>), is the one used. Safe to call several times (an equal calendar is registered once;
    /// each service uses <c>TryAdd</c>); two different calendars with one id are reported when the provider is
    /// first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="calendars">Calendars to register.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddItsmCoreCalendars(this IServiceCollection services, params BusinessCalendar[] calendars)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(calendars);
        foreach (BusinessCalendar calendar in calendars)
        {
            ArgumentNullException.ThrowIfNull(calendar, nameof(calendars));
            bool registered = services.Any(d => d.ServiceType == typeof(BusinessCalendar) && !d.IsKeyedService && calendar.Equals(d.ImplementationInstance));
            if (!registered)
            {
                services.AddSingleton(calendar);
            }
        }

        services.TryAddSingleton<IBusinessCalendarProvider>(sp => BusinessCalendarCatalog.Of(sp.GetServices<BusinessCalendar>()));
        return services;
    }

    /// <summary>
    /// Makes ItsmCore's <see cref="IClock"/> follow a <see cref="TimeProvider"/> (the host's, or a test's
    /// <c>FakeTimeProvider</c>): registers <see cref="IClock"/> as a <see cref="TimeProviderClock"/> over it, replacing
    /// a clock registered before (such as the system clock <c>AddItsmCoreIncidents</c> adds), and
    /// <see cref="TimeProvider"/> as <paramref name="timeProvider"/> unless the host registered one. Safe to call
    /// several times; the last call wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="timeProvider">The provider the clock reads.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddItsmCoreTimeProvider(this IServiceCollection services, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(timeProvider);
        services.TryAddSingleton(timeProvider);
        services.Replace(ServiceDescriptor.Singleton<IClock>(new TimeProviderClock(timeProvider)));
        return services;
    }
}
