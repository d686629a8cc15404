using System;
using System.Collections.Generic;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaDefinitionProviderExtensionsTests
{
    [Fact]
    public void GetDefinition_KnownId_ReturnsIt()
    {
        SlaDefinition d = SlaDefinitionCatalogTests.Definition("resolution", 4);
        Assert.Same(d, SlaDefinitionCatalog.Of(new[] { d }).GetDefinition("resolution"));
    }

    [Fact]
    public void GetDefinition_UnknownId_ThrowsNamingTheKnownIds()
    {
        ISlaDefinitionProvider provider = SlaDefinitionCatalog.Of(new[] { SlaDefinitionCatalogTests.Definition("resolution", 4), SlaDefinitionCatalogTests.Definition("first-response", 1) });
        var e = Assert.Throws<KeyNotFoundException>(() => provider.GetDefinition("notify"));
        Assert.Equal("No SLA definition with id 'notify'. Known ids: first-response, resolution.", e.Message);
        Assert.Equal("No SLA definition with id 'notify'. Known ids: (none).", Assert.Throws<KeyNotFoundException>(() => SlaDefinitionCatalog.Empty.GetDefinition("notify")).Message);
        Assert.Throws<ArgumentNullException>(() => ((ISlaDefinitionProvider)null!).GetDefinition("x"));
        Assert.Throws<ArgumentNullException>(() => provider.GetDefinition(null!));
    }
}
