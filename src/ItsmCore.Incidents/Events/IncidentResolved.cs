using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The incident was resolved. Journal action <c>Resolved</c>: status from and to, the hold reason cleared, the
/// resolution code and notes set. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="ResolutionCode">The resolution code.</param>
/// <param name="ResolutionNotes">The resolution notes.</param>
/// <param name="PreviousStatus">The status before (InProgress or OnHold).</param>
/// <param name="PreviousHoldReason">What the incident waited for before, or null.</param>
public sealed record IncidentResolved(
    IncidentId Incident, long Version, Instant At, Actor Actor, string ResolutionCode, string ResolutionNotes, IncidentStatus PreviousStatus, HoldReason? PreviousHoldReason)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new JournalChanges().Set("Status", PreviousStatus.ToString(), IncidentStatus.Resolved.ToString());
        if (PreviousHoldReason is not null)
        {
            changes.Set("HoldReason", PreviousHoldReason.ToString(), null);
        }

        return Entry("Resolved", changes.Set("ResolutionCode", null, ResolutionCode).Set("ResolutionNotes", null, ResolutionNotes));
    }
}
