using System;
using System.Collections.Generic;
using ItsmCore.Sla;
using ItsmCore.ServiceRequests;
using static ItsmCore.Incidents.Tests.ServiceRequests.ServiceRequestTestData;

namespace ItsmCore.Incidents.Tests.ServiceRequests;

public sealed class ServiceCatalogTests
{
    [Fact]
    public void Of_SeveralTypes_KeepsThemInOrder()
    {
        Assert.Equal([AccountChange, OsConfiguration], Catalog.Types);
        Assert.Equal(["account-change", "os-config"], Catalog.Ids);
    }

    [Fact]
    public void Get_KnownId_ReturnsTheType()
    {
        Assert.Same(OsConfiguration, Catalog.Get("os-config"));
        Assert.True(Catalog.TryGet("account-change", out ServiceRequestType? type));
        Assert.Same(AccountChange, type);
        Assert.True(Catalog.Contains("os-config"));
    }

    [Fact]
    public void Get_UnknownId_ThrowsKeyNotFoundListingTheKnownIds()
    {
        KeyNotFoundException e = Assert.Throws<KeyNotFoundException>(() => Catalog.Get("Account-Change"));
        Assert.Equal("The service catalogue has no request type 'Account-Change'. Known ids: account-change, os-config.", e.Message);
        Assert.False(Catalog.TryGet("Account-Change", out ServiceRequestType? type));
        Assert.Null(type);
        Assert.False(Catalog.Contains("Account-Change"));
    }

    [Fact]
    public void Empty_Catalogue_HasNoTypes()
    {
        Assert.Empty(ServiceCatalog.Empty.Types);
        Assert.Contains("Known ids: (none)", Assert.Throws<KeyNotFoundException>(() => ServiceCatalog.Empty.Get("x")).Message, StringComparison.Ordinal);
        Assert.Empty(ServiceCatalog.Of([]).Ids);
    }

    [Fact]
    public void Of_DuplicateIds_ThrowsListingEachDuplicateOnce()
    {
        var other = new ServiceRequestType("account-change", "Another name", ServiceImpact.Minor, SlaTarget.WithinBusinessDays(2, BusinessDayEnd.SameTimeOfDay, SecondLineId));
        var again = new ServiceRequestType("os-config", "Again", ServiceImpact.Minor, OneBusinessDay);
        ArgumentException e = Assert.Throws<ArgumentException>(() => ServiceCatalog.Of([AccountChange, OsConfiguration, other, again, other]));
        Assert.Equal("types", e.ParamName);
        Assert.StartsWith("A service catalogue needs distinct request type ids; duplicated: 'account-change', 'os-config'.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ServiceCatalog.Of(null!));
        Assert.Throws<ArgumentNullException>(() => ServiceCatalog.Of([AccountChange, null!]));
        Assert.Throws<ArgumentNullException>(() => Catalog.Get(null!));
        Assert.Throws<ArgumentNullException>(() => Catalog.TryGet(null!, out _));
    }

    [Fact]
    public void Of_InputChangedLater_CatalogueKeepsItsCopy()
    {
        var list = new List<ServiceRequestType> { AccountChange };
        ServiceCatalog catalog = ServiceCatalog.Of(list);
        list.Add(OsConfiguration);
        Assert.Single(catalog.Types);
        Assert.False(catalog.Contains("os-config"));
    }
}
