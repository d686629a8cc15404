using ItsmCore.Classification;
using ItsmCore.Sla;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>A child task of a major incident: its own priority, owner, escalation target and deadline (an SLA clock).</summary>
/// <param name="Number">1 for the first task, then 2, 3, ...</param>
/// <param name="Title">What must be done.</param>
/// <param name="Priority">The task's priority.</param>
/// <param name="Owner">Who does it.</param>
/// <param name="EscalationTarget">Who is told when it runs late.</param>
/// <param name="OpenedAt">When it was opened.</param>
/// <param name="DueAt">The deadline: the target's deadline from <paramref name="OpenedAt"/> on its calendar.</param>
/// <param name="Clock">The task's clock: stopped at completion (met or breached).</param>
public sealed record MajorIncidentTask(int Number, string Title, Priority Priority, string Owner, string EscalationTarget, Instant OpenedAt, Instant DueAt, SlaClock Clock)
{
    /// <summary>The reply deadline of the task's escalations; null for the rules' escalation reply target.</summary>
    public SlaTarget? EscalationReplyWithin { get; init; }

    /// <summary>When it was completed; null while open.</summary>
    public Instant? CompletedAt { get; init; }

    /// <summary>What was achieved; null while open.</summary>
    public string? Outcome { get; init; }

    /// <summary>Whether the task is done.</summary>
    public bool IsCompleted => CompletedAt is not null;
}
