using System;
using System.Collections.Generic;
using System.Linq;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents.Tests.Incidents;

/// <summary>The incident lifecycle as a whole: the table, every state x trigger pair through the aggregate, the Mermaid export.</summary>
public sealed class IncidentLifecycleTests
{
    /// <summary>The lifecycle the domain brief asks for, written out independently of the implementation.</summary>
    private static readonly Dictionary<(IncidentStatus, IncidentTrigger), IncidentStatus> Expected = new()
    {
        [(IncidentStatus.New, IncidentTrigger.Assign)] = IncidentStatus.Assigned,
        [(IncidentStatus.New, IncidentTrigger.Cancel)] = IncidentStatus.Cancelled,
        [(IncidentStatus.Assigned, IncidentTrigger.Reassign)] = IncidentStatus.Assigned,
        [(IncidentStatus.Assigned, IncidentTrigger.StartWork)] = IncidentStatus.InProgress,
        [(IncidentStatus.Assigned, IncidentTrigger.Cancel)] = IncidentStatus.Cancelled,
        [(IncidentStatus.InProgress, IncidentTrigger.Reassign)] = IncidentStatus.InProgress,
        [(IncidentStatus.InProgress, IncidentTrigger.PutOnHold)] = IncidentStatus.OnHold,
        [(IncidentStatus.InProgress, IncidentTrigger.Resolve)] = IncidentStatus.Resolved,
        [(IncidentStatus.InProgress, IncidentTrigger.Cancel)] = IncidentStatus.Cancelled,
        [(IncidentStatus.OnHold, IncidentTrigger.Reassign)] = IncidentStatus.OnHold,
        [(IncidentStatus.OnHold, IncidentTrigger.Resume)] = IncidentStatus.InProgress,
        [(IncidentStatus.OnHold, IncidentTrigger.Resolve)] = IncidentStatus.Resolved,
        [(IncidentStatus.OnHold, IncidentTrigger.Cancel)] = IncidentStatus.Cancelled,
        [(IncidentStatus.Resolved, IncidentTrigger.Reopen)] = IncidentStatus.InProgress,
        [(IncidentStatus.Resolved, IncidentTrigger.Close)] = IncidentStatus.Closed,
    };

    public static TheoryData<IncidentStatus, IncidentTrigger> AllPairs()
    {
        var data = new TheoryData<IncidentStatus, IncidentTrigger>();
        foreach (IncidentStatus state in Enum.GetValues<IncidentStatus>())
        {
            foreach (IncidentTrigger trigger in Enum.GetValues<IncidentTrigger>())
            {
                data.Add(state, trigger);
            }
        }

        return data;
    }

    [Fact]
    public void Lifecycle_Table_IsExactlyTheExpectedTransitions()
    {
        Dictionary<(IncidentStatus, IncidentTrigger), IncidentStatus> actual = Incident.Lifecycle.Transitions.ToDictionary(t => (t.From, t.Trigger), t => t.To);

        Assert.Equal(Expected.OrderBy(p => p.Key).ToArray(), actual.OrderBy(p => p.Key).ToArray());
        Assert.Equal(IncidentStatus.New, Incident.Lifecycle.InitialState);
        Assert.Equal([IncidentStatus.Closed, IncidentStatus.Cancelled], Incident.Lifecycle.FinalStates);
        Assert.Equal("Incident", Incident.Lifecycle.RecordType);
    }

    [Fact]
    public void Lifecycle_Conditions_NameWhatTheStepNeeds()
    {
        Dictionary<(IncidentStatus, IncidentTrigger), string?> conditions = Incident.Lifecycle.Transitions.ToDictionary(t => (t.From, t.Trigger), t => t.Condition);

        Assert.Equal("hold reason required", conditions[(IncidentStatus.InProgress, IncidentTrigger.PutOnHold)]);
        Assert.Equal("resolution code and notes required", conditions[(IncidentStatus.OnHold, IncidentTrigger.Resolve)]);
        Assert.Equal("reason required", conditions[(IncidentStatus.Resolved, IncidentTrigger.Reopen)]);
        Assert.All(Enum.GetValues<IncidentStatus>().Where(s => conditions.ContainsKey((s, IncidentTrigger.Cancel))), s => Assert.Equal("reason required", conditions[(s, IncidentTrigger.Cancel)]));
        Assert.Null(conditions[(IncidentStatus.New, IncidentTrigger.Assign)]);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Command_EveryStateAndTrigger_FollowsTheTable(IncidentStatus state, IncidentTrigger trigger)
    {
        Incident incident = Kit.InState(state);
        Assert.Equal(state, incident.Status);
        Instant at = incident.LastEventAt + Kit.M(5);

        // The aggregate picks Assign for a New incident and Reassign otherwise: one public method drives both triggers.
        IncidentTrigger attempted = trigger is IncidentTrigger.Assign or IncidentTrigger.Reassign
            ? (state == IncidentStatus.New ? IncidentTrigger.Assign : IncidentTrigger.Reassign)
            : trigger;
        long version = incident.Version;

        if (Expected.TryGetValue((state, attempted), out IncidentStatus to))
        {
            Fire(incident, trigger, at);

            Assert.Equal(to, incident.Status);
            Assert.Equal(version + 1, incident.Version);
            Assert.True(Incident.Lifecycle.CanFire(state, attempted));
        }
        else
        {
            IncidentState before = IncidentState.Of(incident);

            InvalidTransitionException ex = Assert.Throws<InvalidTransitionException>(() => Fire(incident, trigger, at));

            Assert.Equal("Incident", ex.RecordType);
            Assert.Equal(Kit.Id.Value, ex.RecordId);
            Assert.Equal(state.ToString(), ex.State);
            Assert.Equal(attempted.ToString(), ex.Attempted);
            Assert.Equal(ExpectedReason(state, attempted), ex.Reason);
            Assert.Equal($"Incident {Kit.Id.Value}: cannot {attempted} while {state}: {ex.Reason}", ex.Message);
            IncidentState.AssertSame(before, IncidentState.Of(incident));
            Assert.False(Incident.Lifecycle.CanFire(state, attempted));
        }
    }

    [Theory]
    [InlineData(IncidentStatus.New, IncidentTrigger.Assign)]
    [InlineData(IncidentStatus.Assigned, IncidentTrigger.Reassign)]
    [InlineData(IncidentStatus.InProgress, IncidentTrigger.Reassign)]
    [InlineData(IncidentStatus.OnHold, IncidentTrigger.Reassign)]
    public void Assign_PicksAssignForNewAndReassignOtherwise(IncidentStatus state, IncidentTrigger expected)
    {
        Incident incident = Kit.InState(state);

        incident.Assign(new AssignIncident("network-l2"), Kit.Desk, incident.LastEventAt + Kit.M(1));

        IncidentAssigned assigned = Assert.IsType<IncidentAssigned>(incident.UncommittedEvents[^1]);
        Assert.Equal(expected, assigned.Trigger);
        Assert.Equal(state == IncidentStatus.New ? IncidentStatus.Assigned : state, incident.Status);
    }

    [Fact]
    public void ToMermaid_Incident_MatchesApprovedDiagram()
    {
        Snapshot.Verify(Incident.Lifecycle.ToMermaid(), "IncidentLifecycleTests.ToMermaid_Incident_MatchesApprovedDiagram");
    }

    [Theory]
    [InlineData(IncidentStatus.New, new[] { IncidentTrigger.Assign, IncidentTrigger.Cancel })]
    [InlineData(IncidentStatus.OnHold, new[] { IncidentTrigger.Reassign, IncidentTrigger.Resume, IncidentTrigger.Resolve, IncidentTrigger.Cancel })]
    [InlineData(IncidentStatus.Closed, new IncidentTrigger[0])]
    public void TransitionsFrom_State_ListsTheButtonsToShow(IncidentStatus state, IncidentTrigger[] triggers)
    {
        Assert.Equal(triggers, Incident.Lifecycle.TransitionsFrom(state).Select(t => t.Trigger));
    }

    private static string ExpectedReason(IncidentStatus state, IncidentTrigger trigger)
    {
        if (state is IncidentStatus.Closed or IncidentStatus.Cancelled)
        {
            return $"{state} is a final state; no transition leaves it";
        }

        string allowed = string.Join(", ", Expected.Where(p => p.Key.Item1 == state).Select(p => $"{p.Key.Item2} (to {p.Value})"));
        return $"the Incident lifecycle has no {trigger} transition from {state}; allowed from {state}: {allowed}";
    }

    private static void Fire(Incident incident, IncidentTrigger trigger, Instant at)
    {
        switch (trigger)
        {
            case IncidentTrigger.Assign:
            case IncidentTrigger.Reassign:
                incident.Assign(new AssignIncident("network-l2"), Kit.Desk, at);
                break;
            case IncidentTrigger.StartWork:
                incident.StartWork(Kit.Engineer, at);
                break;
            case IncidentTrigger.PutOnHold:
                incident.PutOnHold(new PutIncidentOnHold(HoldReason.AwaitingSupplier), Kit.Engineer, at);
                break;
            case IncidentTrigger.Resume:
                incident.Resume(Kit.Engineer, at);
                break;
            case IncidentTrigger.Resolve:
                incident.Resolve(new ResolveIncident("workaround", "Routed traffic to the standby gateway."), Kit.Engineer, at);
                break;
            case IncidentTrigger.Reopen:
                incident.Reopen(new ReopenIncident("Errors are back"), Kit.Reporter, at);
                break;
            case IncidentTrigger.Close:
                incident.Close(new CloseIncident(), Kit.Desk, at);
                break;
            case IncidentTrigger.Cancel:
                incident.Cancel(new CancelIncident("Duplicate of INC-0000"), Kit.Desk, at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null);
        }
    }
}
