using System.Globalization;
using System.Linq;
using ItsmCore.Classification;
using ItsmCore.Primitives;
using NodaTime;
using NodaTime.Text;

namespace ItsmCore.Changes;

/// <summary>The change was scheduled in its planned window; for a template change the lead-time check applied is written here.</summary>
/// <param name="Change">The change's id.</param>
/// <param name="Version">The event's version.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who scheduled it.</param>
/// <param name="Start">Start of the window.</param>
/// <param name="End">End of the window (exclusive).</param>
/// <param name="EarliestAllowed">The earliest start the template's lead time allowed, or null when no lead time applied.</param>
/// <param name="PreviousStatus">The status before.</param>
public sealed record ChangeScheduled(ChangeId Change, long Version, Instant At, Actor Actor, Instant Start, Instant End, Instant? EarliestAllowed, ChangeStatus PreviousStatus)
    : ChangeEvent(Change, Version, At, Actor)
{
    private protected override JournalEntry Journal() =>
        Entry("Scheduled", null, (ChangeFields.PlannedWindow, null, ChangeFields.Window(Start, End)), (ChangeFields.Status, PreviousStatus.ToString(), ChangeStatus.Scheduled.ToString()));
}
