using System;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Testing;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class ItsmCoreSlaServiceCollectionExtensionsTests
{
    private static readonly SlaDefinition Resolution = SlaDefinitionCatalogTests.Definition("resolution", 4);
    private static readonly SlaDefinition FirstResponse = SlaDefinitionCatalogTests.Definition("first-response", 1);

    [Fact]
    public void AddItsmCoreSla_RegistersDefinitionsProviderAndCalendarsButNoClock()
    {
        using ServiceProvider sp = new ServiceCollection()
            .AddItsmCoreCalendars(Office, AlwaysOpen)
            .AddItsmCoreSla(Resolution, FirstResponse)
            .BuildServiceProvider();
        ISlaDefinitionProvider definitions = sp.GetRequiredService<ISlaDefinitionProvider>();
        Assert.IsType<SlaDefinitionCatalog>(definitions);
        Assert.Same(Resolution, definitions.GetDefinition("resolution"));
        Assert.Same(FirstResponse, definitions.GetDefinition("first-response"));
        Assert.Null(sp.GetService<IClock>());
        IBusinessCalendarProvider calendars = sp.GetRequiredService<IBusinessCalendarProvider>();

        // The two ports together start a tiered clock.
        TieredSlaClock clock = TieredSlaClock.Start(definitions.GetDefinition("resolution"), "high", Jst(2026, 11, 21, 2, 0), calendars);
        Assert.Equal(Jst(2026, 11, 21, 6, 0), clock.Evaluate(Jst(2026, 11, 21, 2, 0)).Agreement!.Value.DueAt);
    }

    [Fact]
    public void AddItsmCoreSla_WithoutCalendars_StillRegistersTheCalendarServices()
    {
        using ServiceProvider sp = new ServiceCollection().AddItsmCoreSla().BuildServiceProvider();
        Assert.Empty(sp.GetRequiredService<ISlaDefinitionProvider>().DefinitionIds);
        Assert.Empty(sp.GetRequiredService<IBusinessCalendarProvider>().CalendarIds);
        Assert.Null(sp.GetService<IClock>());
    }

    [Fact]
    public void AddItsmCoreSla_CalledTwice_IsHarmlessAndAddsNewDefinitions()
    {
        var services = new ServiceCollection();
        services.AddItsmCoreSla(Resolution);
        int count = services.Count;
        services.AddItsmCoreSla(SlaDefinitionCatalogTests.Definition("resolution", 4));
        Assert.Equal(count, services.Count);
        services.AddItsmCoreSla(Resolution, FirstResponse);
        Assert.Equal(count + 1, services.Count);
        using ServiceProvider sp = services.BuildServiceProvider();
        Assert.Equal(new[] { "first-response", "resolution" }, sp.GetRequiredService<ISlaDefinitionProvider>().DefinitionIds);
        Assert.Single(sp.GetServices<ISlaDefinitionProvider>());
        Assert.Single(sp.GetServices<IBusinessCalendarProvider>());
        Assert.Empty(sp.GetServices<IClock>());
        Assert.Equal(2, sp.GetServices<SlaDefinition>().Count());
    }

    [Fact]
    public void AddItsmCoreSla_TwoDifferentDefinitionsWithOneId_ThrowsAndRegistersNothing()
    {
        var services = new ServiceCollection();
        var e = Assert.Throws<ArgumentException>(() => services.AddItsmCoreSla(FirstResponse, Resolution, SlaDefinitionCatalogTests.Definition("resolution", 8)));
        Assert.Equal("definitions", e.ParamName);
        Assert.StartsWith("Two different SLA definitions have the id 'resolution'", e.Message, StringComparison.Ordinal);
        Assert.Empty(services);
    }

    [Fact]
    public void AddItsmCoreSla_DefinitionClashingWithAnEarlierCall_Throws()
    {
        var services = new ServiceCollection().AddItsmCoreSla(Resolution);
        int count = services.Count;
        Assert.Throws<ArgumentException>(() => services.AddItsmCoreSla(SlaDefinitionCatalogTests.Definition("resolution", 8)));
        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void Provider_DefinitionRegisteredDirectlyWithAClashingId_ThrowsWhenResolved()
    {
        // A definition registered through a factory is only seen when the provider is built.
        using ServiceProvider sp = new ServiceCollection()
            .AddSingleton(_ => SlaDefinitionCatalogTests.Definition("resolution", 8))
            .AddItsmCoreSla(Resolution)
            .BuildServiceProvider();
        var e = Assert.Throws<ArgumentException>(() => sp.GetRequiredService<ISlaDefinitionProvider>());
        Assert.Contains("'resolution'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddItsmCoreSla_HostServices_AreKept()
    {
        var clock = new FakeClock(Jst(2026, 11, 19, 13, 30));
        var calendars = BusinessCalendarCatalog.Of(new[] { Office });
        var definitions = SlaDefinitionCatalog.Of(new[] { FirstResponse });
        using ServiceProvider sp = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton<IBusinessCalendarProvider>(calendars)
            .AddSingleton<ISlaDefinitionProvider>(definitions)
            .AddItsmCoreSla(Resolution)
            .BuildServiceProvider();
        Assert.Same(clock, sp.GetRequiredService<IClock>());
        Assert.Same(calendars, sp.GetRequiredService<IBusinessCalendarProvider>());
        Assert.Same(definitions, sp.GetRequiredService<ISlaDefinitionProvider>());
    }

    [Fact]
    public void AddItsmCoreSla_NullArguments_Throw()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddItsmCoreSla()).ParamName);
        Assert.Equal("definitions", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddItsmCoreSla(null!)).ParamName);
        Assert.Equal("definitions", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddItsmCoreSla(Resolution, null!)).ParamName);
    }
}
