using System;
using System.Collections.Generic;
using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Testing;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Regression: the incident's lists were its internal List/array objects, so a caller could cast and change the aggregate without an event.</summary>
public sealed class IncidentReadOnlyListsRegressionTests
{
    [Fact]
    public void Lists_CastToMutable_CannotChangeTheIncident()
    {
        Incident incident = Build.Incident().AffectingConfigurationItems("db-01").InProgress().Build();
        incident.AddComment(new AddIncidentComment(CommentVisibility.Internal, "Checking."), Actor.Of("agent"), incident.LastEventAt);

        Assert.Throws<NotSupportedException>(() => ((IList<IncidentComment>)incident.Comments).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<ConfigurationItemId>)incident.ConfigurationItems)[0] = new ConfigurationItemId("db-02"));
        Assert.Throws<NotSupportedException>(() => ((IList<IncidentLink>)incident.Links).Add(new IncidentLink(IncidentLinkKind.Change, "CHG-1")));
        Assert.Equal("db-01", incident.ConfigurationItems[0].Value);
        Assert.Single(incident.Comments);
    }
}
