using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident was assigned (New to Assigned) or reassigned (the state stays). Journal action <c>Assigned</c>: group,
/// assignee and status, each from and to when changed. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Trigger"><see cref="IncidentTrigger.Assign"/> or <see cref="IncidentTrigger.Reassign"/>.</param>
/// <param name="AssignmentGroup">The group after the step.</param>
/// <param name="Assignee">The assignee after the step; null for the group's queue.</param>
/// <param name="PreviousAssignmentGroup">The group before, or null.</param>
/// <param name="PreviousAssignee">The assignee before, or null.</param>
/// <param name="PreviousStatus">The status before (the status after follows from <paramref name="Trigger"/>).</param>
public sealed record IncidentAssigned(
    IncidentId Incident,
    long Version,
    Instant At,
    Actor Actor,
    IncidentTrigger Trigger,
    string AssignmentGroup,
    Actor? Assignee,
    string? PreviousAssignmentGroup,
    Actor? PreviousAssignee,
    IncidentStatus PreviousStatus)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>The status after the step.</summary>
    public IncidentStatus Status => Trigger == IncidentTrigger.Assign ? IncidentStatus.Assigned : PreviousStatus;

    /// <inheritdoc />
    private protected override JournalEntry Journal() =>
        Entry(
            "Assigned",
            new JournalChanges()
                .Field("AssignmentGroup", PreviousAssignmentGroup, AssignmentGroup)
                .Field("Assignee", PreviousAssignee?.Id, Assignee?.Id)
                .Field("Status", PreviousStatus.ToString(), Status.ToString()));
}
