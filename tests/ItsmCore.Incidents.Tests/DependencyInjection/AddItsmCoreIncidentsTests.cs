using System;
using System.Linq;
using System.Threading.Tasks;
using FluentValidation;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace ItsmCore.Incidents.Tests.DependencyInjection;

public sealed class AddItsmCoreIncidentsTests
{
    private static readonly BusinessCalendar AlwaysOpen = TestCalendars.AlwaysOpen(TestCalendars.Zone("Asia/Tokyo"));

    [Fact]
    public void AddItsmCoreIncidents_Defaults_RegistersRulesValidatorsIdsAndService()
    {
        ServiceProvider provider = Host(services => services.AddItsmCoreIncidents());

        Assert.Equal(PriorityMatrix.Default, provider.GetRequiredService<IncidentRules>().PriorityMatrix);
        Assert.IsType<RecordIncidentValidator>(provider.GetRequiredService<IValidator<RecordIncident>>());
        Assert.IsType<EscalateIncidentValidator>(provider.GetRequiredService<IValidator<EscalateIncident>>());
        Assert.Same(GuidIdGenerator.Instance, provider.GetRequiredService<IIdGenerator>());
        InvalidOperationException missing = Assert.Throws<InvalidOperationException>(() => provider.GetRequiredService<IncidentService>());
        Assert.Contains(nameof(IIncidentRepository), missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_TwiceWithEqualSettingsOrWithoutConfiguration_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(AlwaysOpen);
        services.AddItsmCoreIncidents(o => o.DefaultSeverity = 1);
        services.AddItsmCoreIncidents(o => o.DefaultSeverity = 1);
        services.AddItsmCoreIncidents();

        Assert.Single(services, d => d.ServiceType == typeof(IncidentOptions));
        Assert.Single(services, d => d.ServiceType == typeof(IncidentRules));
        Assert.Single(services, d => d.ServiceType == typeof(IValidator<RecordIncident>));
        IncidentRules rules = services.BuildServiceProvider().GetRequiredService<IncidentRules>();
        Assert.Equal(1, rules.DefaultSeverity.Level);
    }

    [Fact]
    public void AddItsmCoreIncidents_TwiceWithConflictingSettings_ThrowsAndKeepsTheFirst()
    {
        // Regression: a second configuration used to be applied on top of the first without a word.
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(AlwaysOpen);
        services.AddItsmCoreIncidents(o => o.DefaultSeverity = 1);
        int registered = services.Count;

        ArgumentException ex = Assert.Throws<ArgumentException>(
            "configure", () => services.AddItsmCoreIncidents(o => o.MajorIncidentPolicy = new MajorIncidentPolicy(4, "24x7")));

        Assert.Contains("already registered with different settings", ex.Message, StringComparison.Ordinal);
        Assert.Equal(registered, services.Count);
        IncidentRules rules = services.BuildServiceProvider().GetRequiredService<IncidentRules>();
        Assert.Equal(1, rules.DefaultSeverity.Level);
        Assert.Equal(MajorIncidentPolicy.Default, rules.MajorIncidentPolicy);
    }

    [Fact]
    public void AddItsmCoreIncidents_Validators_AreTheInstancesTheRulesUse()
    {
        ServiceProvider provider = Host(services => services.AddItsmCoreIncidents());
        IncidentRules rules = provider.GetRequiredService<IncidentRules>();

        Assert.Same(rules.Validators.Get<RecordIncident>(), provider.GetRequiredService<IValidator<RecordIncident>>());
        Assert.Same(rules.Validators.Get<NoteIncidentWorkaround>(), provider.GetRequiredService<IValidator<NoteIncidentWorkaround>>());
        Assert.All(rules.Validators.CommandTypes, t => Assert.NotNull(provider.GetService(typeof(IValidator<>).MakeGenericType(t))));
    }

    [Fact]
    public void AddItsmCoreIncidents_InvalidOptions_ThrowsAtRegistrationListingEveryProblem()
    {
        var services = new ServiceCollection();
        SlaDefinition partial = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
            .WithPriority("Critical", null, SlaTarget.Within(Duration.FromHours(4), "24x7")).Build();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents(o =>
        {
            o.DefaultSeverity = 9;
            o.SlaDefinitions.Add(partial);
            o.SlaDefinitions.Add(partial);
            o.SlaDefinitions.Add(SlaDefinition.CreateBuilder("custom", SlaMetric.Custom("csat")).WithPriority("Critical", null, SlaTarget.Within(Duration.FromHours(1), "24x7")).Build());
        }));

        Assert.Contains("DefaultSeverity: 9", ex.Message, StringComparison.Ordinal);
        Assert.Contains("metric 'csat'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the id 'resolution' is given twice", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_SlaKeyedByUnknownPriority_ThrowsAtRegistrationNamingKeyAndKnownNames()
    {
        var services = new ServiceCollection();
        SlaDefinition keyed = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
            .WithPriority("P2", null, SlaTarget.Within(Duration.FromHours(4), "24x7"))
            .WithPriority("2 (High)", null, SlaTarget.Within(Duration.FromHours(8), "24x7"))
            .WithPriority("High", null, SlaTarget.Within(Duration.FromHours(8), "24x7")).Build();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents(o => o.SlaDefinitions.Add(keyed)));

        const string known = "(known: Critical, High, Medium, Low, Planning)";
        Assert.Contains($"SlaDefinitions[0] ('resolution'): priority 'P2' is not a name of the priority scale {known}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"priority '2 (High)' is not a name of the priority scale {known}", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("priority 'High'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddItsmCoreIncidents_UnknownCalendar_ThrowsAtRegistration()
    {
        // The calendars are registered first (Host), so a policy naming another calendar is reported at once (it used to
        // be reported only when IncidentRules was first resolved).
        ArgumentException ex = Assert.Throws<ArgumentException>(
            () => Host(services => services.AddItsmCoreIncidents(o => o.MajorIncidentPolicy = new MajorIncidentPolicy(3, "follow-the-sun"))));

        Assert.Contains("MajorIncidentPolicy.CalendarId: calendar 'follow-the-sun' is unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_HostRegisteredFirst_HostRegistrationsWin()
    {
        var ids = new SequentialIdGenerator();
        ServiceProvider provider = Host(services =>
        {
            services.AddSingleton<IIdGenerator>(ids);
            services.AddItsmCoreIncidents();
        });

        Assert.Same(ids, provider.GetRequiredService<IIdGenerator>());
    }

    [Fact]
    public async Task IncidentService_RecordThenChange_StoresPublishesAndChanges()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 20, 5, 0));
        var recorder = new EventRecorder();
        ServiceProvider provider = Host(services =>
        {
            services.AddSingleton<NodaTime.IClock>(clock);
            services.AddSingleton<IIdGenerator>(new SequentialIdGenerator());
            services.AddSingleton<IEventPublisher>(recorder);
            services.AddSingleton<IIncidentRepository>(sp => new InMemoryIncidentRepository(sp.GetRequiredService<IncidentRules>()));
            services.AddItsmCoreIncidents();
        });
        IncidentService service = provider.GetRequiredService<IncidentService>();
        Actor agent = Actor.Of("agent");

        Incident recorded = await service.RecordAsync(new RecordIncident("Mail delayed", "Queue backlog.", Actor.Of("user"), ReportingChannel.Email, "Low", "High"), agent);
        clock.Advance(Duration.FromMinutes(7));
        Incident changed = await service.ChangeAsync(recorded.Id, (i, now) => i.Assign(new AssignIncident("messaging"), agent, now));

        Assert.Equal("INC-0001", recorded.Id.Value);
        Assert.Equal(IncidentStatus.Assigned, changed.Status);
        Assert.Equal(Instant.FromUtc(2026, 11, 20, 5, 7), changed.LastEventAt);
        Assert.Equal([typeof(IncidentRecorded), typeof(IncidentAssigned)], recorder.Events.Select(e => e.GetType()));
        Assert.Empty(changed.UncommittedEvents);
        await Assert.ThrowsAsync<System.Collections.Generic.KeyNotFoundException>(() => service.ChangeAsync(new IncidentId("INC-9"), (_, _) => { }));
    }

    private static ServiceProvider Host(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(AlwaysOpen);
        configure(services);
        return services.BuildServiceProvider();
    }
}
