using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident was escalated with an answer deadline (computed when it was escalated and kept here). Journal action
/// <c>Escalated</c>: the escalation and, for a functional one, group, assignee and status from and to; the entry's
/// reason is the escalation's. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Escalation">The escalation, with its answer deadline.</param>
/// <param name="PreviousAssignmentGroup">The group before, or null.</param>
/// <param name="PreviousAssignee">The assignee before, or null.</param>
/// <param name="PreviousStatus">The status before (a functional escalation assigns a new incident).</param>
public sealed record IncidentEscalated(
    IncidentId Incident, long Version, Instant At, Actor Actor, Escalation Escalation, string? PreviousAssignmentGroup, Actor? PreviousAssignee, IncidentStatus PreviousStatus)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>Whether the escalation reassigns the incident to <see cref="Escalation.To"/> (a functional escalation).</summary>
    public bool Reassigns => Escalation.Kind == EscalationKind.Functional;

    /// <summary>The status after the step: a functional escalation of a new incident assigns it; otherwise unchanged.</summary>
    public IncidentStatus Status => Reassigns && PreviousStatus == IncidentStatus.New ? IncidentStatus.Assigned : PreviousStatus;

    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new JournalChanges().Set("Escalation", null, $"#{Escalation.Number} {Escalation.Kind}{(Escalation.Task is { } task ? JournalChanges.Invariant($" of task #{task}") : string.Empty)} to {Escalation.To}, answer due {(Escalation.ReplyZone is { } zone ? JournalEntry.FormatLocal(Escalation.ReplyDueAt, zone) : Escalation.ReplyDueAt.ToString())}{(Escalation.ReplyWithin is { } within ? " (within " + within.Describe() + ")" : string.Empty)}");
        if (Reassigns)
        {
            changes.Field("AssignmentGroup", PreviousAssignmentGroup, Escalation.To)
                .Field("Assignee", PreviousAssignee?.Id, null)
                .Field("Status", PreviousStatus.ToString(), Status.ToString());
        }

        return Entry("Escalated", changes, Escalation.Reason);
    }
}
