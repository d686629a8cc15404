using System;
using System.Linq;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using NodaTime;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers ItsmCore.Incidents services.</summary>
public static class ItsmCoreIncidentsServiceCollectionExtensions
{
    /// <summary>
    /// Registers incident handling, each with <c>TryAdd</c> as a singleton: the <see cref="IncidentOptions"/> (defaults
    /// changed by <paramref name="configure"/>, checked at once: every problem reported), the frozen
    /// <see cref="IncidentRules"/> made from them (calendar ids are checked against the
    /// <see cref="IBusinessCalendarProvider"/> when the rules are first resolved), every command validator once, as
    /// <see cref="IValidator{T}"/> of its command (the same instances the incidents use; the validator classes are
    /// internal), an <see cref="IIdGenerator"/> (<see cref="GuidIdGenerator"/>) and the <see cref="IncidentService"/>;
    /// calls <c>AddItsmCoreCalendars()</c>; and <c>IClock</c> as <see cref="SystemClock.Instance"/> unless a clock is
    /// registered (the host's, registered before; ItsmCore.Testing's <c>AddItsmCoreTestDoubles</c> replaces it in either
    /// order; see docs/incidents.md). Safe to call several times: a later call without
    /// <paramref name="configure"/>, or configuring equal settings, changes nothing; services the host registered first
    /// win. The host registers its <see cref="IIncidentRepository"/> and <see cref="IEventPublisher"/>.
    /// <para><b>Calendars.</b> Every calendar the options name (the major-incident policy's, <c>"24x7"</c> by default;
    /// the SLA targets', the task and escalation targets') is checked here against the calendars registered so far with
    /// <c>AddItsmCoreCalendars</c>, naming the option that needs a missing one: register calendars first. A host that
    /// registered its own <see cref="IBusinessCalendarProvider"/> is checked when <see cref="IncidentRules"/> is first
    /// resolved.</para>
    /// <para><b>SLA definitions.</b> When <see cref="IncidentOptions.SlaDefinitions"/> is empty, incidents measure the
    /// definitions registered with <c>AddItsmCoreSla</c> whose metric the lifecycle drives (one registration is
    /// enough), in the versions the registered <see cref="ISlaDefinitionProvider"/> keeps. Setting both to different
    /// definitions is refused (here when <c>AddItsmCoreSla</c> came first, otherwise when the rules are resolved).</para>
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes the default options; null keeps them.</param>
    /// <returns>The same service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The options are not valid after <paramref name="configure"/> (the message lists every problem), or
    /// <paramref name="configure"/> was given while <see cref="IncidentOptions"/> are already registered with different
    /// settings or by a factory (a second configuration is never silently merged or ignored). Nothing is registered then.
    /// </exception>
    public static IServiceCollection AddItsmCoreIncidents(this IServiceCollection services, Action<IncidentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new IncidentOptions();
        configure?.Invoke(options);
        IncidentRules.CheckOptions(options);
        ServiceDescriptor? registered = services.LastOrDefault(d => d.ServiceType == typeof(IncidentOptions) && !d.IsKeyedService);
        if (configure is not null && registered is not null
            && !(registered.ImplementationInstance is IncidentOptions existing && IncidentRules.HaveSameSettings(existing, options)))
        {
            throw new ArgumentException(
                "IncidentOptions are already registered with different settings (or by a factory); configure the Incidents package once (calling AddItsmCoreIncidents again without a configuration, or with equal settings, is harmless).",
                nameof(configure));
        }

        IncidentRules.CheckRegistered(registered?.ImplementationInstance as IncidentOptions ?? options, services);
        services.TryAddSingleton(options);
        services.AddItsmCoreCalendars();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(sp => IncidentRules.Create(
            IncidentRules.WithRegisteredSla(sp.GetRequiredService<IncidentOptions>(), sp.GetService<ISlaDefinitionProvider>()),
            sp.GetRequiredService<IBusinessCalendarProvider>()));
        services.TryAddSingleton<IIdGenerator>(GuidIdGenerator.Instance);
        services.TryAddSingleton<IncidentService>();
        Add<RecordIncident>(services);
        Add<UpdateIncidentDetails>(services);
        Add<ChangeIncidentPriority>(services);
        Add<ChangeIncidentSeverity>(services);
        Add<AssignIncident>(services);
        Add<PutIncidentOnHold>(services);
        Add<EscalateIncident>(services);
        Add<EscalateMajorIncidentTask>(services);
        Add<AnswerEscalation>(services);
        Add<ResolveIncident>(services);
        Add<CloseIncident>(services);
        Add<ReopenIncident>(services);
        Add<CancelIncident>(services);
        Add<AddIncidentComment>(services);
        Add<LinkIncident>(services);
        Add<UnlinkIncident>(services);
        Add<DeclareMajorIncident>(services);
        Add<OpenMajorIncidentTask>(services);
        Add<CompleteMajorIncidentTask>(services);
        Add<RecordStakeholderCommunication>(services);
        Add<ExpectStakeholderCommunication>(services);
        Add<PrepareIncidentAction>(services);
        Add<DecideIncidentAction>(services);
        Add<NoteIncidentWorkaround>(services);
        return services;
    }

    private static void Add<TCommand>(IServiceCollection services)
        where TCommand : class =>
        services.TryAddSingleton(sp => sp.GetRequiredService<IncidentRules>().Validators.Get<TCommand>());
}
