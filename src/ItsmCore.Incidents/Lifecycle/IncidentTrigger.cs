namespace ItsmCore.Incidents;

/// <summary>What moves an incident between states (see <see cref="Incident.Lifecycle"/>).</summary>
public enum IncidentTrigger
{
    /// <summary>First assignment to a group.</summary>
    Assign,

    /// <summary>Assignment to another group or person (also a functional escalation); the state stays.</summary>
    Reassign,

    /// <summary>Someone starts work.</summary>
    StartWork,

    /// <summary>Work waits for the customer, a supplier or a change; a <see cref="HoldReason"/> is required.</summary>
    PutOnHold,

    /// <summary>Work continues after a hold.</summary>
    Resume,

    /// <summary>A resolution code and notes are recorded.</summary>
    Resolve,

    /// <summary>The resolution did not hold; work continues.</summary>
    Reopen,

    /// <summary>The resolution is confirmed (or the confirmation period passed).</summary>
    Close,

    /// <summary>The incident is withdrawn; a reason is required.</summary>
    Cancel,
}
