using System.Collections.Generic;
using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.ServiceRequests;

/// <summary>The request was assigned (from Submitted or Approved) or reassigned (the state stays).</summary>
/// <param name="ServiceRequest">The request's id.</param>
/// <param name="Version">The request's version after this event.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who assigned it.</param>
/// <param name="PreviousStatus">The status before.</param>
/// <param name="PreviousGroup">The group before, or null.</param>
/// <param name="PreviousAssignee">The person before, or null.</param>
/// <param name="AssignmentGroup">The group now.</param>
/// <param name="Assignee">The person now, or null for the group's queue.</param>
public sealed record ServiceRequestAssigned(
    ServiceRequestId ServiceRequest,
    long Version,
    Instant At,
    Actor Actor,
    ServiceRequestStatus PreviousStatus,
    string? PreviousGroup,
    Actor? PreviousAssignee,
    string AssignmentGroup,
    Actor? Assignee)
    : ServiceRequestEvent(ServiceRequest, Version, At, Actor)
{
    /// <summary>Whether this was the first assignment (Assign) rather than a reassignment (Reassign).</summary>
    public bool IsFirstAssignment => PreviousStatus is not (ServiceRequestStatus.Assigned or ServiceRequestStatus.InFulfilment or ServiceRequestStatus.OnHold);

    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new List<FieldChange>();
        if (IsFirstAssignment)
        {
            changes.Add(ServiceRequestJournalText.StatusChange(PreviousStatus, ServiceRequestStatus.Assigned));
        }

        if (!string.Equals(PreviousGroup, AssignmentGroup, System.StringComparison.Ordinal))
        {
            changes.Add(new FieldChange("AssignmentGroup", PreviousGroup, AssignmentGroup));
        }

        if (!Equals(PreviousAssignee, Assignee))
        {
            changes.Add(new FieldChange("Assignee", ServiceRequestJournalText.Format(PreviousAssignee), ServiceRequestJournalText.Format(Assignee)));
        }

        return new JournalEntry(Version, At, Actor, IsFirstAssignment ? "Assigned" : "Reassigned", changes);
    }
}
