using System;
using FluentValidation;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.DependencyInjection;

public sealed class AddItsmCoreServiceRequestsTests
{
    [Fact]
    public void AddItsmCoreServiceRequests_Catalogue_RegistersRulesValidatorsAndIds()
    {
        ServiceProvider provider = Host(services => services.AddItsmCoreServiceRequests(o => o.Catalog = Catalog));
        ServiceRequestRules rules = provider.GetRequiredService<ServiceRequestRules>();

        Assert.Same(Catalog, rules.Catalog);
        Assert.Same(rules.Validators.Get<SubmitServiceRequest>(), provider.GetRequiredService<IValidator<SubmitServiceRequest>>());
        Assert.All(rules.Validators.CommandTypes, t => Assert.NotNull(provider.GetService(typeof(IValidator<>).MakeGenericType(t))));
        Assert.Same(GuidIdGenerator.Instance, provider.GetRequiredService<IIdGenerator>());
        Assert.False(provider.GetRequiredService<IValidator<SubmitServiceRequest>>().Validate(new SubmitServiceRequest("nope", "T", string.Empty, Requester)).IsValid);
    }

    [Fact]
    public void AddItsmCoreServiceRequests_TwiceWithEqualSettingsOrWithoutConfiguration_RegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(SecondLine);
        services.AddItsmCoreServiceRequests(o => o.Catalog = Catalog);
        services.AddItsmCoreServiceRequests(o => o.Catalog = ServiceCatalog.Of([AccountChange, OsConfiguration]));
        services.AddItsmCoreServiceRequests();

        Assert.Single(services, d => d.ServiceType == typeof(ServiceRequestOptions));
        Assert.Single(services, d => d.ServiceType == typeof(ServiceRequestRules));
        Assert.Single(services, d => d.ServiceType == typeof(IValidator<ApproveServiceRequest>));
    }

    [Fact]
    public void AddItsmCoreServiceRequests_TwiceWithConflictingSettings_ThrowsAndKeepsTheFirst()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(SecondLine);
        services.AddItsmCoreServiceRequests(o => o.Catalog = Catalog);
        int registered = services.Count;

        ArgumentException ex = Assert.Throws<ArgumentException>(
            "configure", () => services.AddItsmCoreServiceRequests(o => o.Catalog = ServiceCatalog.Of([OsConfiguration, AccountChange])));

        Assert.Contains("already registered with different settings", ex.Message, StringComparison.Ordinal);
        Assert.Equal(registered, services.Count);
        Assert.Same(Catalog, services.BuildServiceProvider().GetRequiredService<ServiceRequestRules>().Catalog);
    }

    [Fact]
    public void AddItsmCoreServiceRequests_InvalidOptionsOrUnknownCalendar_ThrowsListingTheProblem()
    {
        Assert.Contains("Catalog: must be set.", Assert.Throws<ArgumentException>(() => new ServiceCollection().AddItsmCoreServiceRequests(o => o.Catalog = null!)).Message, StringComparison.Ordinal);
        var elsewhere = new ServiceRequestType("x", "X", ServiceImpact.Minor, SlaTarget.Within(Duration.FromHours(1), "osaka"));
        ServiceProvider provider = Host(services => services.AddItsmCoreServiceRequests(o => o.Catalog = ServiceCatalog.Of([elsewhere])));

        ArgumentException ex = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<ServiceRequestRules>());
        Assert.Contains("calendar 'osaka' is unknown", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreServiceRequests_WithIncidents_BothRegisteredAndTheSharedIdGeneratorOnce()
    {
        ServiceProvider provider = Host(services =>
        {
            services.AddItsmCoreIncidents();
            services.AddItsmCoreServiceRequests(o => o.Catalog = Catalog);
        });

        Assert.NotNull(provider.GetRequiredService<ItsmCore.Incidents.IncidentRules>());
        Assert.NotNull(provider.GetRequiredService<ServiceRequestRules>());
        Assert.Same(GuidIdGenerator.Instance, provider.GetRequiredService<IIdGenerator>());
    }

    private static ServiceProvider Host(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        services.AddItsmCoreCalendars(SecondLine, TestCalendars.AlwaysOpen(TestCalendars.Zone("Asia/Tokyo")));
        configure(services);
        return services.BuildServiceProvider();
    }
}
