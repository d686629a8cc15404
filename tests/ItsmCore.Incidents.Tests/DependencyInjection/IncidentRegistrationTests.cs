using System;
using System.Linq;
using System.Threading.Tasks;
using ItsmCore.Calendars;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace ItsmCore.Incidents.Tests.DependencyInjection;

/// <summary>
/// A new user's first hour (issue 11, items 6, 7 and 10): a calendar the options need is reported at registration, naming
/// the option; <c>AddItsmCoreSla</c> alone gives incidents their clocks; and where the clock comes from, with one call that
/// wires the test doubles in either registration order.
/// </summary>
public sealed class IncidentRegistrationTests
{
    private static readonly DateTimeZone Tokyo = TestCalendars.Zone("Asia/Tokyo");
    private static readonly BusinessCalendar AlwaysOpen = BusinessCalendar.AlwaysOpen(Tokyo);
    private static readonly BusinessCalendar Office = TestCalendars.NineToSix(Tokyo);
    private static readonly Instant Monday10 = Instant.FromUtc(2026, 11, 16, 1, 0);

    private static readonly SlaDefinition Resolution = SlaDefinition.CreateBuilder("resolution", SlaMetric.Resolution)
        .WithPriority("High", SlaTarget.Within(Duration.FromHours(4), "nine-to-six"), SlaTarget.Within(Duration.FromHours(8), "nine-to-six"))
        .Build();

    private static readonly SlaDefinition FirstResponse = SlaDefinition.CreateBuilder("first-response", SlaMetric.FirstResponse)
        .WithPriority("High", null, SlaTarget.Within(Duration.FromHours(1), "nine-to-six"))
        .Build();

    private static readonly SlaDefinition Satisfaction = SlaDefinition.CreateBuilder("csat", SlaMetric.Custom("csat"))
        .WithPriority("any", null, SlaTarget.Within(Duration.FromHours(1), "nine-to-six"))
        .Build();

    private static RecordIncident HighIncident => RecordIncident.Titled("Mail delayed").From(Actor.Of("user"), ReportingChannel.Email).Rated("High", "Medium");

    [Fact]
    public void AlwaysOpen_Id_IsTheConstantTheDefaultMajorIncidentPolicyNames()
    {
        Assert.Equal("24x7", BusinessCalendar.AlwaysOpenId);
        Assert.Equal(BusinessCalendar.AlwaysOpenId, AlwaysOpen.Id);
        Assert.Equal(BusinessCalendar.AlwaysOpenId, MajorIncidentPolicy.Default.CalendarId);
    }

    [Fact]
    public void AddItsmCoreIncidents_DefaultPolicyWithoutThe24x7Calendar_ThrowsAtRegistrationNamingTheOption()
    {
        // Regression: this used to register without a word and fail at the first resolve.
        var services = new ServiceCollection().AddItsmCoreCalendars(Office);
        int before = services.Count;

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents());

        Assert.Contains("MajorIncidentPolicy.CalendarId: calendar '24x7' is unknown", ex.Message, StringComparison.Ordinal);
        Assert.Contains("BusinessCalendar.AlwaysOpen(zone)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(before, services.Count);
    }

    [Fact]
    public void AddItsmCoreIncidents_SlaTargetOnAnUnregisteredCalendar_ThrowsAtRegistrationNamingTheDefinition()
    {
        var services = new ServiceCollection().AddItsmCoreCalendars(AlwaysOpen);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents(o => o.SlaDefinitions.Add(Resolution)));

        Assert.Contains("SlaDefinitions[0] ('resolution', priority 'High'): calendar 'nine-to-six' is unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_CalendarRegisteredAsAProviderInstance_CheckedAgainstIt()
    {
        var services = new ServiceCollection().AddSingleton<IBusinessCalendarProvider>(BusinessCalendarCatalog.Of([Office]));

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents());

        Assert.Contains("MajorIncidentPolicy.CalendarId: calendar '24x7' is unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_HostProviderFactory_CheckedWhenTheRulesAreResolved()
    {
        // A provider the host builds in a factory cannot be asked at registration: its check comes at the first resolve.
        var services = new ServiceCollection().AddSingleton<IBusinessCalendarProvider>(_ => BusinessCalendarCatalog.Of([Office]));
        services.AddItsmCoreIncidents();
        ServiceProvider provider = services.BuildServiceProvider();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IncidentRules>());
        Assert.Contains("MajorIncidentPolicy.CalendarId: calendar '24x7' is unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreSla_Alone_GivesIncidentsTheirClocks()
    {
        // Regression: the definitions also had to be put into IncidentOptions.SlaDefinitions, or incidents measured nothing.
        ServiceProvider provider = new ServiceCollection()
            .AddItsmCoreCalendars(AlwaysOpen, Office)
            .AddItsmCoreSla(Resolution, FirstResponse, Satisfaction)
            .AddItsmCoreIncidents()
            .BuildServiceProvider();
        IncidentRules rules = provider.GetRequiredService<IncidentRules>();

        Incident incident = Incident.Record(HighIncident, new IncidentId("INC-1"), Actor.Of("agent"), Monday10, rules);

        Assert.Equal(["first-response", "resolution"], rules.SlaDefinitions.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, incident.SlaClocks.Count);
        Assert.Equal(Monday10 + Duration.FromHours(8), incident.SlaClocksFor(SlaMetric.Resolution)[0].Evaluate(Monday10).Require(SlaTier.Agreement).DueAt);
    }

    [Fact]
    public void AddItsmCoreSla_AfterIncidents_AlsoGivesIncidentsTheirClocks()
    {
        ServiceProvider provider = new ServiceCollection()
            .AddItsmCoreCalendars(AlwaysOpen, Office)
            .AddItsmCoreIncidents()
            .AddItsmCoreSla(Resolution)
            .BuildServiceProvider();

        Assert.Equal([Resolution], provider.GetRequiredService<IncidentRules>().SlaDefinitions);
    }

    [Fact]
    public void AddItsmCoreIncidents_SameDefinitionsInBothPlaces_Accepted()
    {
        ServiceProvider provider = new ServiceCollection()
            .AddItsmCoreCalendars(AlwaysOpen, Office)
            .AddItsmCoreSla(Resolution)
            .AddItsmCoreIncidents(o => o.SlaDefinitions.Add(Resolution))
            .BuildServiceProvider();

        Assert.Equal([Resolution], provider.GetRequiredService<IncidentRules>().SlaDefinitions);
    }

    [Fact]
    public void AddItsmCoreIncidents_DifferentDefinitionsInBothPlaces_RefusedAtRegistration()
    {
        var services = new ServiceCollection().AddItsmCoreCalendars(AlwaysOpen, Office).AddItsmCoreSla(Resolution);

        ArgumentException ex = Assert.Throws<ArgumentException>(() => services.AddItsmCoreIncidents(o => o.SlaDefinitions.Add(FirstResponse)));

        Assert.Contains("IncidentOptions.SlaDefinitions ('first-response') and the SLA definitions registered with AddItsmCoreSla whose metric incidents measure ('resolution') differ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreSla_DifferentDefinitionsRegisteredAfterTheOptions_RefusedWhenTheRulesAreResolved()
    {
        ServiceProvider provider = new ServiceCollection()
            .AddItsmCoreCalendars(AlwaysOpen, Office)
            .AddItsmCoreIncidents(o => o.SlaDefinitions.Add(FirstResponse))
            .AddItsmCoreSla(Resolution)
            .BuildServiceProvider();

        ArgumentException ex = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<IncidentRules>());
        Assert.Contains("differ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreIncidents_FakeClockTryAddedAfterCalendars_IsTheClockUsed()
    {
        // Regression: AddItsmCoreCalendars used to add the system clock, so a TryAdd of a fake clock after it was lost.
        var clock = new FakeClock(Monday10);
        var services = new ServiceCollection().AddItsmCoreCalendars(AlwaysOpen);
        services.TryAddSingleton<IClock>(clock);
        services.AddItsmCoreIncidents();

        Assert.Same(clock, services.BuildServiceProvider().GetRequiredService<IClock>());
    }

    [Fact]
    public void AddItsmCoreIncidents_NoClockRegistered_UsesTheSystemClock()
    {
        ServiceProvider provider = new ServiceCollection().AddItsmCoreCalendars(AlwaysOpen).AddItsmCoreIncidents().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddItsmCoreTestDoubles_EitherOrder_WiresTheFakesIntoTheIncidentService(bool doublesFirst)
    {
        var clock = new FakeClock(Monday10);
        var services = new ServiceCollection();
        if (doublesFirst)
        {
            services.AddItsmCoreTestDoubles(clock);
        }

        services.AddItsmCoreCalendars(AlwaysOpen, Office).AddItsmCoreSla(Resolution).AddItsmCoreIncidents();
        if (!doublesFirst)
        {
            services.AddItsmCoreTestDoubles(clock);
        }

        ServiceProvider provider = services.BuildServiceProvider();
        IncidentService service = provider.GetRequiredService<IncidentService>();

        Incident recorded = await service.RecordAsync(HighIncident, Actor.Of("agent"));
        clock.AdvanceMinutes(5);
        await service.ChangeAsync(recorded.Id, (i, now) => i.Assign(new AssignIncident("messaging"), Actor.Of("agent"), now));

        Assert.Same(clock, provider.GetRequiredService<IClock>());
        Assert.Equal("INC-0001", recorded.Id.Value);
        Assert.Equal(Monday10, recorded.RecordedAt);
        EventRecorder events = provider.GetRequiredService<EventRecorder>();
        Assert.Same(events, provider.GetRequiredService<IEventPublisher>());
        Assert.Equal([typeof(IncidentRecorded), typeof(IncidentAssigned)], events.Events.Select(e => e.GetType()));
        InMemoryIncidentRepository repository = provider.GetRequiredService<InMemoryIncidentRepository>();
        Assert.Same(repository, provider.GetRequiredService<IIncidentRepository>());
        Assert.Equal(2, (await repository.FindAsync(recorded.Id))!.Version);
        Assert.Same(provider.GetRequiredService<NotificationRecorder>(), provider.GetRequiredService<INotificationSender>());
        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(IIdGenerator));
    }
}
