using System;
using static ItsmCore.Sla.Tests.Sla;

namespace ItsmCore.Sla.Tests.Definitions;

public sealed class SlaDefinitionCatalogTests
{
    [Fact]
    public void Of_Definitions_FindsEachByIdOrdinally()
    {
        SlaDefinitionCatalog catalog = SlaDefinitionCatalog.Of(new[] { Definition("resolution", 4), Definition("first-response", 1) });
        Assert.Equal(new[] { "first-response", "resolution" }, catalog.DefinitionIds);
        Assert.Equal(2, catalog.Definitions.Count);
        Assert.True(catalog.TryGetDefinition("resolution", out SlaDefinition? found));
        Assert.Equal(Definition("resolution", 4), found);
        Assert.False(catalog.TryGetDefinition("Resolution", out SlaDefinition? none));
        Assert.Null(none);
    }

    [Fact]
    public void Add_EqualDefinition_ReturnsTheSameCatalog()
    {
        SlaDefinitionCatalog catalog = SlaDefinitionCatalog.Empty.Add(Definition("resolution", 4));
        Assert.Same(catalog, catalog.Add(Definition("resolution", 4)));
        Assert.Empty(SlaDefinitionCatalog.Empty.DefinitionIds);
    }

    [Fact]
    public void Add_DifferentDefinitionWithTheSameId_Throws()
    {
        SlaDefinitionCatalog catalog = SlaDefinitionCatalog.Empty.Add(Definition("resolution", 4));
        var e = Assert.Throws<ArgumentException>(() => catalog.Add(Definition("resolution", 8)));
        Assert.Equal("definition", e.ParamName);
        Assert.StartsWith("Two different SLA definitions have the id 'resolution' effective from", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SlaDefinitionCatalog.Of(new[] { Definition("resolution", 4), Definition("resolution", 8) }));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SlaDefinitionCatalog.Of(null!));
        Assert.Equal("definitions", Assert.Throws<ArgumentNullException>(() => SlaDefinitionCatalog.Of(new SlaDefinition[] { null! })).ParamName);
        Assert.Throws<ArgumentNullException>(() => SlaDefinitionCatalog.Empty.Add(null!));
        Assert.Throws<ArgumentNullException>(() => SlaDefinitionCatalog.Empty.TryGetDefinition(null!, out _));
    }

    internal static SlaDefinition Definition(string id, double hours) =>
        SlaDefinition.CreateBuilder(id, SlaMetric.Resolution).WithPriority("high", null, SlaTarget.Within(H(hours), "24x7")).Build();
}
