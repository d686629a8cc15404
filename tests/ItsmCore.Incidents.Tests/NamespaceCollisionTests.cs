using System;
using System.Linq;
using ItsmCore.Calendars;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using ItsmCore.ServiceRequests;
using ItsmCore.Sla;

namespace ItsmCore.Incidents.Tests;

/// <summary>A host imports ItsmCore.Incidents and ItsmCore.ServiceRequests with the namespaces below them without CS0104 ambiguities.</summary>
public sealed class NamespaceCollisionTests
{
    [Fact]
    public void PublicTypes_IncidentsServiceRequestsAndTheirDependencies_NoSimpleNameIsInTwoNamespaces()
    {
        Type[] types = new[] { typeof(Incident), typeof(Actor), typeof(PriorityMatrix), typeof(SlaDefinition), typeof(BusinessCalendar) }
            .Select(t => t.Assembly)
            .Distinct()
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.Namespace is "ItsmCore.Incidents" or "ItsmCore.ServiceRequests" or "ItsmCore.Primitives" or "ItsmCore.Classification" or "ItsmCore.Sla" or "ItsmCore.Calendars")
            .ToArray();

        string[] clashes = types.GroupBy(t => t.Name).Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1).Select(g => g.Key).ToArray();

        Assert.Contains(types, t => t.Namespace == "ItsmCore.ServiceRequests" && t.Name == nameof(ServiceRequest));
        Assert.Empty(clashes);
    }
}
