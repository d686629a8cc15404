namespace ItsmCore.Incidents;

/// <summary>Where an incident is in its lifecycle (see <see cref="Incident.Lifecycle"/>).</summary>
public enum IncidentStatus
{
    /// <summary>Recorded, not yet assigned.</summary>
    New,

    /// <summary>Assigned to a group (and maybe a person); work has not started.</summary>
    Assigned,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Waiting for something outside the assignee's control; a <see cref="HoldReason"/> says what.</summary>
    OnHold,

    /// <summary>A resolution is recorded; the customer can still reopen.</summary>
    Resolved,

    /// <summary>Finished; final.</summary>
    Closed,

    /// <summary>Withdrawn (e.g. raised in error, a duplicate); final.</summary>
    Cancelled,
}
