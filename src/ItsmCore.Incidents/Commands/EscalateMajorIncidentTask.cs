using ItsmCore.Sla;

namespace ItsmCore.Incidents;

/// <summary>
/// Command: escalate a major-incident task to its own escalation target (case 2: each sub-task has its own escalation
/// target and reply deadline). Checked by <see cref="EscalateMajorIncidentTaskValidator"/>.
/// </summary>
/// <param name="Task">The task's number (1 for the first task).</param>
/// <param name="Reason">Why; 1 to 1,000 characters.</param>
public sealed record EscalateMajorIncidentTask(int Task, string Reason)
{
    /// <summary>
    /// When the answer is due, on the target's own calendar; null for the task's
    /// <see cref="MajorIncidentTask.EscalationReplyWithin"/>, else <see cref="IncidentOptions.EscalationReplyTarget"/>.
    /// </summary>
    public SlaTarget? ReplyWithin { get; init; }
}
