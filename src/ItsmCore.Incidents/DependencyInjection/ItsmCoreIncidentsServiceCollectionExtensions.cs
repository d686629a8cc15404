using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Incidents services.</summary>
public static class ItsmCoreIncidentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers incident handling: one <see cref="IncidentOptions"/> (each call applies its <paramref name="configure"/>
    /// to the same instance, and the options are checked at once: every problem reported), the frozen
    /// <see cref="IncidentRules"/> (calendar ids are checked against the <see cref="IBusinessCalendarProvider"/> when the
    /// rules are first resolved), every command validator as <see cref="IValidator{T}"/> for reuse at the host's API edge,
    /// an <see cref="IIdGenerator"/> (<see cref="GuidIdGenerator"/>) and the <see cref="IncidentService"/>; calls
    /// <c>AddItsmCoreCalendars()</c>. Every service uses <c>TryAdd</c>, so host registrations win and calling this
    /// twice is harmless. The host registers its <see cref="IIncidentRepository"/> and <see cref="IEventPublisher"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; null for the defaults.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are not valid after <paramref name="configure"/>; the message lists every problem.</exception>
    public static IServiceCollection AddItsmCoreIncidents(this IServiceCollection services, Action<IncidentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        IncidentOptions options = services
            .Where(d => d.ServiceType == typeof(IncidentOptions) && !d.IsKeyedService)
            .Select(d => d.ImplementationInstance)
            .OfType<IncidentOptions>()
            .FirstOrDefault() ?? new IncidentOptions();
        configure?.Invoke(options);
        IncidentRules.CheckOptions(options);
        services.TryAddSingleton(options);
        services.AddItsmCoreCalendars();
        services.TryAddSingleton(sp => IncidentRules.Create(sp.GetRequiredService<IncidentOptions>(), sp.GetRequiredService<IBusinessCalendarProvider>()));
        services.TryAddSingleton<IIdGenerator>(GuidIdGenerator.Instance);
        services.TryAddSingleton<IncidentService>();
        AddValidators(services);
        return services;
    }

    private static void AddValidators(IServiceCollection services)
    {
        services.TryAddSingleton<IValidator<RecordIncident>>(sp => new RecordIncidentValidator(sp.GetRequiredService<IncidentRules>()));
        services.TryAddSingleton<IValidator<ChangeIncidentPriority>>(sp => new ChangeIncidentPriorityValidator(sp.GetRequiredService<IncidentRules>()));
        services.TryAddSingleton<IValidator<ChangeIncidentSeverity>>(sp => new ChangeIncidentSeverityValidator(sp.GetRequiredService<IncidentRules>()));
        services.TryAddSingleton<IValidator<OpenMajorIncidentTask>>(sp => new OpenMajorIncidentTaskValidator(sp.GetRequiredService<IncidentRules>()));
        services.TryAddSingleton<IValidator<UpdateIncidentDetails>, UpdateIncidentDetailsValidator>();
        services.TryAddSingleton<IValidator<AssignIncident>, AssignIncidentValidator>();
        services.TryAddSingleton<IValidator<PutIncidentOnHold>, PutIncidentOnHoldValidator>();
        services.TryAddSingleton<IValidator<EscalateIncident>, EscalateIncidentValidator>();
        services.TryAddSingleton<IValidator<AnswerEscalation>, AnswerEscalationValidator>();
        services.TryAddSingleton<IValidator<ResolveIncident>, ResolveIncidentValidator>();
        services.TryAddSingleton<IValidator<CloseIncident>, CloseIncidentValidator>();
        services.TryAddSingleton<IValidator<ReopenIncident>, ReopenIncidentValidator>();
        services.TryAddSingleton<IValidator<CancelIncident>, CancelIncidentValidator>();
        services.TryAddSingleton<IValidator<AddIncidentComment>, AddIncidentCommentValidator>();
        services.TryAddSingleton<IValidator<LinkIncident>, LinkIncidentValidator>();
        services.TryAddSingleton<IValidator<UnlinkIncident>, UnlinkIncidentValidator>();
        services.TryAddSingleton<IValidator<DeclareMajorIncident>, DeclareMajorIncidentValidator>();
        services.TryAddSingleton<IValidator<CompleteMajorIncidentTask>, CompleteMajorIncidentTaskValidator>();
        services.TryAddSingleton<IValidator<RecordStakeholderCommunication>, RecordStakeholderCommunicationValidator>();
        services.TryAddSingleton<IValidator<ExpectStakeholderCommunication>, ExpectStakeholderCommunicationValidator>();
        services.TryAddSingleton<IValidator<PrepareIncidentAction>, PrepareIncidentActionValidator>();
        services.TryAddSingleton<IValidator<DecideIncidentAction>, DecideIncidentActionValidator>();
        services.TryAddSingleton<IValidator<NoteIncidentWorkaround>, NoteIncidentWorkaroundValidator>();
    }
}
