using ItsmCore.Classification;
using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: open a child task of a major incident, with its own priority, owner, escalation target and deadline.
/// Checked by <see cref="OpenMajorIncidentTaskValidator"/>.
/// </summary>
/// <param name="Title">What must be done; 1 to 200 characters.</param>
/// <param name="Priority">A priority of the rules' scale (the same type as <see cref="Incident.Priority"/>, e.g. <c>PriorityScale.Default.Get("High")</c>).</param>
/// <param name="Owner">Who does it (a group or person id); 1 to 100 characters, no white space.</param>
/// <param name="EscalationTarget">Who is told when it runs late; 1 to 100 characters, no white space.</param>
public sealed record OpenMajorIncidentTask(string Title, Priority Priority, string Owner, string EscalationTarget)
{
    /// <summary>The deadline, on the target's own calendar; null for the target <see cref="IncidentOptions.MajorIncidentTaskTargets"/> gives the priority.</summary>
    public SlaTarget? Target { get; init; }

    /// <summary>
    /// The reply deadline of the task's escalations (<see cref="EscalateMajorIncidentTask"/>), on the target's own
    /// calendar; null for <see cref="IncidentOptions.EscalationReplyTarget"/>.
    /// </summary>
    public SlaTarget? EscalationReplyWithin { get; init; }
}
