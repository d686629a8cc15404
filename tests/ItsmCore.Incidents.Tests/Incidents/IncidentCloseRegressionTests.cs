using ItsmCore.Incidents;
using ItsmCore.Primitives;
using ItsmCore.Sla;
using ItsmCore.Testing;
using NodaTime;
using ItsmCore.Classification;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>Regression: closing an incident left open task and expectation clocks running, and NextChangeAt kept reporting them.</summary>
public sealed class IncidentCloseRegressionTests
{
    private static readonly Actor Agent = Actor.Of("agent");

    [Fact]
    public void Close_OpenTaskAndExpectationClocks_EndsThem()
    {
        Incident incident = Build.Incident().WithSeverity(3).InProgress().Build();
        Instant at = incident.LastEventAt;
        incident.OpenTask(new OpenMajorIncidentTask("Patch", PriorityScale.Default.Get("High"), "payments", "ops-manager") { Target = SlaTarget.Within(Duration.FromHours(1), "24x7") }, Agent, at);
        incident.OpenTask(new OpenMajorIncidentTask("Report", PriorityScale.Default.Get("Low"), "payments", "ops-manager") { Target = SlaTarget.Within(Duration.FromHours(48), "24x7") }, Agent, at);
        incident.ExpectCommunication(new ExpectStakeholderCommunication("supplier report", StakeholderAudience.Supplier, CommunicationDirection.Inbound, SlaTarget.Within(Duration.FromHours(24), "24x7")), Agent, at);
        incident.Resolve(new ResolveIncident("fixed", "Restored."), Agent, at + Duration.FromHours(2));

        incident.Close(new CloseIncident(), Agent, at + Duration.FromHours(3));

        Assert.Equal(SlaClockState.Breached, incident.Tasks[0].Clock.Evaluate(at + Duration.FromHours(3)).State);
        Assert.False(incident.Tasks[0].Clock.IsActive);
        Assert.Equal(SlaClockState.Cancelled, incident.Tasks[1].Clock.Evaluate(at + Duration.FromHours(3)).State);
        Assert.Equal(SlaClockState.Cancelled, incident.CommunicationExpectations[0].Clock.Evaluate(at + Duration.FromHours(3)).State);
        Assert.Null(incident.NextChangeAt(at + Duration.FromHours(3)));
    }
}
