using ItsmCore.Primitives;
using NodaTime;

namespace ItsmCore.Incidents;

/// <summary>
/// The status changed by a lifecycle trigger (all but assignment and resolution, which have their own events). Journal
/// action <c>Status changed</c>: status from and to, the hold reason set or cleared, the resolution code cleared by a
/// reopen; the entry's reason is <see cref="Reason"/>. Immutable and thread-safe.
/// </summary>
/// <param name="Incident">The incident.</param>
/// <param name="Version">The incident's version after the event.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who caused it.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="HoldReason">What the incident waits for when put on hold; otherwise null.</param>
/// <param name="Reason">The hold note, reopen or cancel reason, or close note; null when none.</param>
/// <param name="PreviousHoldReason">What the incident waited for before the step, or null.</param>
/// <param name="PreviousResolutionCode">For a reopen, the resolution code it clears; otherwise null.</param>
public sealed record IncidentStatusChanged(
    IncidentId Incident,
    long Version,
    Instant At,
    Actor Actor,
    IncidentTrigger Trigger,
    IncidentStatus From,
    IncidentStatus To,
    HoldReason? HoldReason,
    string? Reason,
    HoldReason? PreviousHoldReason,
    string? PreviousResolutionCode)
    : IncidentEvent(Incident, Version, At, Actor)
{
    /// <summary>
    /// For a reopen: each attached SLA definition in the version in force at the reopen, which the new cycles measure
    /// against (the target rules chosen at recording stay). Empty for other transitions, and when the versions did not
    /// change since the incident was recorded.
    /// </summary>
    /// <value>The default value is empty.</value>
    public EquatableArray<IncidentSlaAttachment> SlaVersions { get; init; } = EquatableArray<IncidentSlaAttachment>.Empty;

    /// <inheritdoc />
    private protected override JournalEntry Journal()
    {
        var changes = new JournalChanges().Set("Status", From.ToString(), To.ToString());
        if (HoldReason is not null)
        {
            changes.Set("HoldReason", null, HoldReason.ToString());
        }
        else if (PreviousHoldReason is not null)
        {
            changes.Set("HoldReason", PreviousHoldReason.ToString(), null);
        }

        if (PreviousResolutionCode is not null)
        {
            changes.Set("ResolutionCode", PreviousResolutionCode, null);
        }

        return Entry("Status changed", changes, Reason);
    }
}
